#!/bin/sh
# BLS and Lomb–Scargle, radio vs astropy, on the Kepler-90 Q3–Q5 stitch and a TESS sector, same data and grid.
# Usage: bench/periodogram.sh [REPEATS]   (from the repository root; needs Java 17, Maven, Debian's python3-astropy)
# Prints the Markdown table recorded in docs/benchmarks.md; raw numbers land in bench/out/.
set -eu
cd "$(dirname "$0")/.."
repeats="${1:-5}"
threads="$(nproc)"
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/periodogram
mkdir -p "$out/classes"

mvn -B -q -pl radio-core -am install -DskipTests
mvn -B -q -pl radio-core dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt" >/dev/null
cp="radio-core/target/classes:$(cat "$out/classpath.txt")"
javac -d "$out/classes" -cp "$cp" bench/PeriodogramBenchmark.java
run_java() {
    java -Xmx2g -cp "$out/classes:$cp" PeriodogramBenchmark "$fits" "$out" "$repeats" "$@"
}

run_java 1
run_java "$threads"
/usr/bin/python3 bench/periodogram_astropy.py "$out" "$repeats"
echo
/usr/bin/python3 bench/periodogram_table.py "$out" "$threads"
