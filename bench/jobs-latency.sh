#!/bin/sh
# Tunes `radio download --jobs` where it matters: many small files behind per-request latency (real S3 from outside
# AWS has 20-100 ms). Serves FILES K2 light curves from the simulated archive's S3 bucket with LATENCY_MS added to
# every response and times `radio download --uri-file --source s3` at several --jobs, each run into an empty folder
# with an empty catalog. See docs/benchmarks.md. Needs `mvn -B -q -DskipTests package` first.
# Usage: bench/jobs-latency.sh [LATENCY_MS=50] [FILES=1000] [ROUNDS=2] [JOBS="8 16 32 64"]
set -eu
cd "$(dirname "$0")/.."
latency=${1:-50}
files=${2:-1000}
rounds=${3:-2}
jobs=${4:-"8 16 32 64"}
[ -f radio-cli/target/radio.jar ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)

# radio-cli/target/lib holds radio and its libraries, radio-cli/target/sim the simulator (apart, as radio demo runs it)
java -cp "radio-cli/target/lib/*:radio-cli/target/sim/*" radio.sim.SimMain --extra-k2-targets "$files" \
    --no-cloud-gaps --latency-ms "$latency" >"$work/sim.env" 2>"$work/sim.log" &
sim=$!
trap 'kill $sim 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
while ! grep -q RADIO_SIM_READY=1 "$work/sim.env" 2>/dev/null; do
    kill -0 $sim 2>/dev/null || { cat "$work/sim.log" >&2; exit 1; }
    sleep 0.2
done
set -a
. "$work/sim.env"
set +a

./radio targets --table k2names --format text >"$work/targets.txt"
./radio search --targets-file "$work/targets.txt" --mission K2 --exptime 1800 --product LLC --format csv \
    --radio-home "$work/search-home" 2>/dev/null |
    awk -F, -v n="$files" 'NR > 1 && $9 != "" && c < n { print "s3://stpubdata/" $9; c++ }' >"$work/uris.txt"
echo "$(wc -l <"$work/uris.txt") files, ${latency} ms added to every response"

# one untimed run: the simulator renders each FITS file on its first request
./radio download --uri-file "$work/uris.txt" --source s3 --out "$work/out" --radio-home "$work/home" --quiet
round=1
while [ "$round" -le "$rounds" ]; do
    for j in $jobs; do
        rm -rf "$work/out" "$work/home"
        sync
        start=$(date +%s.%N)
        ./radio download --uri-file "$work/uris.txt" --source s3 --jobs "$j" --out "$work/out" \
            --radio-home "$work/home" --quiet
        end=$(date +%s.%N)
        echo "round $round: --jobs $j: $(echo "$start $end" | awk '{printf "%.2f", $2 - $1}') s"
    done
    round=$((round + 1))
done
