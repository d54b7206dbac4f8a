#!/bin/sh
# Benchmark (a) of issue 4: `radio download` of the 31 seed targets' K2 long-cadence light curves against the
# simulated archive with latency added to every response, radio's default vs one job, one MAST connection and a
# sequential search. Prints a Markdown table (see docs/benchmarks.md).
# Usage: bench/download.sh [LATENCY_MS=50] [RUNS=5]
set -eu
cd "$(dirname "$0")/.."
latency=${1:-50}
runs=${2:-5}
mvn -B -q -DskipTests package
# radio-cli/target/lib holds radio and its libraries, radio-cli/target/sim the simulator (apart, as radio demo runs it)
exec java -cp "radio-cli/target/lib/*:radio-cli/target/sim/*" bench/DownloadBench.java . "$latency" "$runs"
