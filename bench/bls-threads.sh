#!/bin/sh
# Where a short BLS search on two threads loses against one: the Kepler short-cadence light curve on lightkurve's
# grid (515 periods, a few milliseconds), per batch the median of CALLS searches on one thread and on two, and of
# the same call on two periods (about its serial part), and what the two cores give at the time (two one-thread
# calls at once against one alone: the ceiling of any two-thread speed-up). Batches show how steady the second
# core is.
# Usage, from the repository root: bench/bls-threads.sh [CALLS [BATCHES]]   (defaults 400 and 5)
set -eu
cd "$(dirname "$0")/.."
calls="${1:-400}"
batches="${2:-5}"
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/bls-threads
. bench/core-bench.sh
compile_core_bench "$out/classes" bench/BlsThreads.java
echo "commit $(git rev-parse --short HEAD); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$out/classes:$cp" BlsThreads "$fits" "$calls" "$batches" 2>/dev/null
