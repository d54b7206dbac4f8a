#!/bin/sh
# BLS and Lomb–Scargle, radio vs astropy, on the Kepler-90 Q3–Q5 stitch and a TESS sector, same data and grid.
# Usage: bench/periodogram.sh [REPEATS]   (from the repository root; needs Java 17, Maven, Debian's python3-astropy)
# Prints the Markdown table recorded in docs/benchmarks.md; raw timings land in bench/out/periodogram/.
set -eu
cd "$(dirname "$0")/.."
repeats="${1:-5}"
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/periodogram
mkdir -p "$out/classes"

mvn -B -q -pl radio-core -am install -DskipTests
mvn -B -q -pl radio-core dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt" >/dev/null
cp="radio-core/target/classes:$(cat "$out/classpath.txt")"
javac -d "$out/classes" -cp "$cp" bench/PeriodogramBenchmark.java
java -Xmx2g -cp "$out/classes:$cp" PeriodogramBenchmark "$fits" "$out" "$repeats" /usr/bin/python3
