#!/bin/sh
# Transit search over many light curves: radio's command line on one JVM against the radio-spark job at local[1]
# and local[2], on the same N files (half Kepler long cadence, half TESS 2-minute) of radio's simulated archive.
# The command line reads the files from disk (BLS pass, then Lomb-Scargle pass, each mission on its own so that CPU
# seconds per light curve can be told by mission); the job fetches the same objects from the simulated S3 on
# 127.0.0.1 (size and MD5 checked) and runs BLS, Lomb-Scargle and the noise figure on each. Reported: wall seconds,
# light curves per second, CPU seconds (user + system) and peak resident memory (GNU time's %M) of each run.
# Usage: bench/spark.sh [N [SEARCH OPTIONS]]   (from the repository root; default 2000 files and the grid of the CI
#        test, "--min-period 0.5 --max-period 5 --frequency-factor 50"; give "" for lightkurve's full default grid).
#        Output: bench/out/spark/.
set -eu
cd "$(dirname "$0")/.."
n="${1:-2000}"
search="${2---min-period 0.5 --max-period 5 --frequency-factor 50}"
out=bench/out/spark
rm -rf "$out"
mkdir -p "$out/classes"
export RADIO_HOME="$PWD/$out/home"

mvn -B -q -DskipTests -Dradio.cds.skip=true package
cp="radio-cli/target/radio.jar:radio-cli/target/lib/*"
# the simulator is not on radio's class path; the build puts it in radio-cli/target/sim
cp="$cp:radio-cli/target/sim/*"
javac -d "$out/classes" -cp "$cp" bench/SparkBench.java

# the simulated archive serves until its standard input (this fifo) closes
mkfifo "$out/hold"
java -cp "$out/classes:$cp" SparkBench serve "$out" "$n" < "$out/hold" &
sim=$!
exec 3> "$out/hold"
trap 'exec 3>&-; wait $sim 2>/dev/null' EXIT
while [ ! -f "$out/endpoint" ]; do
    kill -0 $sim || exit 1
    sleep 1
done
endpoint=$(cat "$out/endpoint")

echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores; search options: ${search:-(lightkurve's default grid)}"
echo "load before: $(uptime)"
echo "files: Kepler $(ls "$out/kepler" | wc -l) ($(du -sb "$out/kepler" | cut -f1) bytes), TESS $(ls "$out/tess" | wc -l) ($(du -sb "$out/tess" | cut -f1) bytes)"
# one line per run: what, light curves, wall s, CPU s, peak RSS
run() {
    label=$1
    count=$2
    shift 2
    code=0
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" > "$out/stdout" 2> "$out/stderr" || code=$?
    if [ "$code" -ne 0 ]; then
        echo "$label: exit $code" >&2
        cat "$out/stderr" >&2
        exit 1
    fi
    read -r wall user sys rss < "$out/time"
    awk -v l="$label" -v n="$count" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {
        printf "| %s | %d | %.1f | %.1f | %.1f | %.3f | %.0f |\n", l, n, w, n / w, u + s, (u + s) / n, m / 1024 }'
}
echo "| run | light curves | wall s | light curves/s | CPU s | CPU s per light curve | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
# Lomb-Scargle takes the period range only
ls_search=$(echo "$search" | sed -e 's/--frequency-factor [^ ]*//' -e 's/--durations [^ ]*//')
kn=$(ls "$out/kepler" | wc -l)
tn=$(ls "$out/tess" | wc -l)
# shellcheck disable=SC2086  # option and file lists are word lists
run "radio periodogram (BLS), Kepler files" "$kn" ./radio periodogram --format json $search "$out"/kepler/*.fits
# shellcheck disable=SC2086
run "radio periodogram (BLS), TESS files" "$tn" ./radio periodogram --format json $search "$out"/tess/*.fits
# shellcheck disable=SC2086
run "radio periodogram --method ls, Kepler files" "$kn" ./radio periodogram --method ls --format json \
    $ls_search "$out"/kepler/*.fits
# shellcheck disable=SC2086
run "radio periodogram --method ls, TESS files" "$tn" ./radio periodogram --method ls --format json \
    $ls_search "$out"/tess/*.fits
for master in 'local[1]' 'local[2]'; do
    # shellcheck disable=SC2086
    run "radio-spark --master $master (BLS + LS + noise, from S3)" "$n" java @radio-spark/target/radio-spark.args \
        --master "$master" --manifest "$out/keys.txt" --out "$out/job-$master" --s3-endpoint "$endpoint" \
        --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false $search
    tail -1 "$out/stdout" | sed 's/^/    /'
done
echo "load after: $(uptime)"
echo "commands: ./radio periodogram --format json $search FILES; ./radio periodogram --method ls --format json $ls_search FILES;" \
    "java @radio-spark/target/radio-spark.args --master local[N] --manifest keys.txt --out DIR --s3-endpoint URL" \
    "--conf spark.ui.enabled=false $search"
