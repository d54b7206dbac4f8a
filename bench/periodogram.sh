#!/bin/sh
# BLS and Lomb–Scargle, radio vs astropy, on the Kepler-90 Q3–Q5 stitch, a TESS sector and a Kepler short-cadence
# quarter, same data and grid. Usage, from the repository root (needs Java 17, Maven, Debian's python3-astropy):
#   bench/periodogram.sh [REPEATS [CASE...]]      e.g. bench/periodogram.sh 3 'tess*' kepler90-bls
# Cases: kepler90-, tess-, kepler-sc- each with bls, bls-astropy-grid, ls; tess-ls-exact. The Kepler-90 astropy
# grid row (2.3 million periods) takes astropy minutes per round: leave it out with names when in a hurry.
# Prints each round, the Markdown table recorded in docs/benchmarks.md, then per row its ratio against its goal
# (BLS and fast Lomb–Scargle 3× astropy on one thread, exact Lomb–Scargle 8×, BLS on two threads 1.8× one thread);
# exits 1 after "FAIL <case>: ..." lines when a row falls short. Raw files land in bench/out/periodogram/.
# Builds radio-core from the reactor and takes its classpath from there: nothing is installed into ~/.m2.
set -eu
cd "$(dirname "$0")/.."
repeats="${1:-3}"
if [ $# -gt 0 ]; then shift; fi
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/periodogram
. bench/core-bench.sh
compile_core_bench "$out/classes" bench/PeriodogramBenchmark.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$out/classes:$cp" PeriodogramBenchmark "$fits" "$out" "$repeats" /usr/bin/python3 "$@"
