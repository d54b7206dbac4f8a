#!/bin/sh
# Benchmark: `radio search` for the 31 seed targets against the simulated archive with latency added to every
# response, batched (default) vs --sequential, for radio's selection and spacekit's exact invocation
# (--radius 0s). Prints a Markdown table (see docs/benchmarks.md).
# Usage: bench/search.sh [LATENCY_MS=50] [RUNS=3]
set -eu
cd "$(dirname "$0")/.."
latency=${1:-50}
runs=${2:-3}
mvn -B -q -DskipTests package
# radio-cli/target/lib holds radio and its libraries, radio-cli/target/sim the simulator (apart, as radio demo runs it)
exec java -cp "radio-cli/target/lib/*:radio-cli/target/sim/*" bench/SearchBench.java . "$latency" "$runs"
