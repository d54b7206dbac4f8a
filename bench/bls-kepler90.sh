#!/bin/sh
# radio's fast BLS alone on the sparse case (Kepler-90 Q3–Q5 long-cadence stitch, lightkurve's grid), one thread:
# CPU seconds per round and a checksum of the result columns, to compare two builds of the BLS code (run it at
# each commit; equal checksums = the same bins). With PROFILE=1 the rounds run under Java Flight Recorder and the
# hottest source lines are printed (where the time goes).
# Usage, from the repository root: bench/bls-kepler90.sh [ROUNDS [STRIDE]]   (defaults 3 and 2: every 2nd period)
set -eu
cd "$(dirname "$0")/.."
rounds="${1:-3}"
stride="${2:-2}"
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/bls-kepler90
. bench/core-bench.sh
compile_core_bench "$out/classes" bench/BlsKepler90.java
echo "commit $(git rev-parse --short HEAD); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${PROFILE:-0}" = 1 ]; then
    java -XX:StartFlightRecording=filename="$out/bls.jfr",settings=profile -Xmx2g -cp "$out/classes:$cp" \
        BlsKepler90 "$fits" "$rounds" "$stride" 2>/dev/null
    echo "hottest lines (JFR execution samples, top frame):"
    jfr print --events jdk.ExecutionSample "$out/bls.jfr" | grep -A1 'stackTrace = \[' \
        | grep -v -e 'stackTrace' -e '^--' | sort | uniq -c | sort -rn | head -8
else
    java -Xmx2g -cp "$out/classes:$cp" BlsKepler90 "$fits" "$rounds" "$stride"
fi
