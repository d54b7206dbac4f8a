#!/bin/sh
# Benchmark: `radio search` for 5,000 targets (a TESS TIC list; Kepler hosts from keplernames) against the
# simulated archive with latency added to every response: requests, wall time, peak memory, batched vs the seed's
# one-target-at-a-time chain (--sequential on the first SAMPLE targets, extrapolated). Prints Markdown tables
# (see docs/benchmarks.md).
# Usage: bench/search-scale.sh [LATENCY_MS=50] [TARGETS=5000] [SAMPLE=100]
set -eu
cd "$(dirname "$0")/.."
latency=${1:-50}
targets=${2:-5000}
sample=${3:-100}
[ -x /usr/bin/time ] || { echo "bench/search-scale.sh needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
mvn -B -q -DskipTests package
# radio-cli/target/lib holds radio and its libraries, radio-cli/target/sim the simulator (apart, as radio demo runs it)
exec java -cp "radio-cli/target/lib/*:radio-cli/target/sim/*" bench/SearchScaleBench.java . "$latency" "$targets" "$sample"
