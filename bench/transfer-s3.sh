#!/bin/sh
# `radio download --uri-file` vs `aws s3 cp --recursive --no-sign-request` on K2-sized files served by s3proxy on
# loopback (same files, same machine, one session). See docs/benchmarks.md. Needs `mvn -B -q -DskipTests package`
# first (./radio, with its class-data archive).
#
#   bench/transfer-s3.sh                 # 1,000 files of ~400 KB; radio at several --jobs values, aws once per round
#   FILES=200 ROUNDS=1 JOBS="16" bench/transfer-s3.sh
#
# Environment: FILES (1000), SIZE (400000 bytes, +0..10 %), JOBS ("8 16 32"), ROUNDS (3), AWS (/usr/bin/aws,
# Debian's awscli), RADIO_JAVA_OPTS (extra JVM options, passed on by ./radio), WORK (bench/out/transfer-s3; the
# s3proxy store there is reused between runs).
set -eu
cd "$(dirname "$0")/.."

FILES=${FILES:-1000}
SIZE=${SIZE:-400000}
JOBS=${JOBS:-"8 16 32"}
ROUNDS=${ROUNDS:-3}
RADIO_JAVA_OPTS=${RADIO_JAVA_OPTS:-}
AWS=${AWS:-/usr/bin/aws}
WORK=${WORK:-bench/out/transfer-s3}

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)  # s3proxy's filesystem store lists keys only under an absolute root
[ -f radio-cli/target/radio.jar ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
echo "building the s3proxy server's classpath (test classes)..."
mvn -B -q -pl radio-sim,radio-core test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="radio-core/target/test-classes:radio-core/target/classes:$(cat "$WORK/cp.txt")"

rm -f "$WORK/port"
java -cp "$CP" radio.transfer.TransferBench serve "$WORK/store" "$FILES" "$SIZE" "$WORK/port" "$WORK/uris.txt" \
    >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
while [ ! -s "$WORK/port" ]; do
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.2
done
ENDPOINT="http://127.0.0.1:$(cat "$WORK/port")"
echo "s3proxy at $ENDPOINT with $(wc -l <"$WORK/uris.txt") objects; $($AWS --version 2>&1)"

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }
mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }

round=1
while [ "$round" -le "$ROUNDS" ]; do
    rm -rf "$WORK/aws-out" "$WORK/radio-out"
    sync
    t0=$(now)
    AWS_EC2_METADATA_DISABLED=true "$AWS" s3 cp --recursive --no-sign-request --only-show-errors \
        --region us-east-1 --endpoint-url "$ENDPOINT" "s3://stpubdata/k2/" "$WORK/aws-out/k2/"
    t1=$(now)
    echo "round $round: aws s3 cp --recursive: $(elapsed "$t0" "$t1") s, $(mb "$WORK/aws-out") MB, $(find "$WORK/aws-out" -type f | wc -l) files"
    for j in $JOBS; do
        rm -rf "$WORK/radio-out" "$WORK/radio-home" "$WORK/aws-out"
        sync
        t0=$(now)
        RADIO_JAVA_OPTS="$RADIO_JAVA_OPTS" ./radio download --uri-file "$WORK/uris.txt" --source s3 --jobs "$j" \
            --out "$WORK/radio-out" --radio-home "$WORK/radio-home" --s3-endpoint "$ENDPOINT" 2>&1 | tail -1 | sed 's/^/    /'
        t1=$(now)
        echo "round $round: radio --jobs $j (whole process): $(elapsed "$t0" "$t1") s, $(mb "$WORK/radio-out") MB"
    done
    round=$((round + 1))
done

# same files, same bytes (one more aws copy beside radio's last one)
AWS_EC2_METADATA_DISABLED=true "$AWS" s3 cp --recursive --no-sign-request --only-show-errors --region us-east-1 --endpoint-url "$ENDPOINT" \
    "s3://stpubdata/k2/" "$WORK/aws-out/k2/"
diff -r -q "$WORK/aws-out/k2" "$WORK/radio-out/k2" && echo "radio's and aws's copies are identical"
