#!/bin/sh
# radio hunt over the 31 seed targets (spacekit's K2 list, bench/seed-targets.txt) against the simulated archive,
# end to end: search, download (S3, MAST fallback), stitch, flatten, BLS with masking and re-search, vetting sheets.
# Measures wall time and peak memory (GNU time's maximum resident set size) of a cold run (empty RADIO_HOME and
# output folder) and of a warm rerun (files present: no download). Usage, from the repository root:
#   bench/hunt-seed.sh
# Then compares the candidates with the simulator's planets (bench/hunt_truth.py, the archive's pscomppars).
# Output: bench/out/hunt-seed/ (candidates.csv, the sheets, time logs). Nothing is installed into ~/.m2.
set -eu
cd "$(dirname "$0")/.."
out=bench/out/hunt-seed
rm -rf "$out"
mkdir -p "$out/home"
mvn -B -q -o -pl radio-cli -am -DskipTests package   # radio-cli/target/radio.jar, with the simulator in sim/
export RADIO_HOME="$PWD/$out/home"
eval "$(./radio sim --detach)"
trap 'kill $RADIO_SIM_PID 2>/dev/null' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors"
for run in cold warm; do
    /usr/bin/time -v -o "$out/time-$run.txt" ./radio hunt \
        --targets-file bench/seed-targets.txt --mission K2 --exptime 1800 --out "$out/data" --format csv \
        > "$out/candidates-$run.csv" 2> "$out/stderr-$run.txt" || echo "exit $? ($run)"
    tail -1 "$out/stderr-$run.txt"
    echo "$run: wall $(grep 'Elapsed (wall' "$out/time-$run.txt" | awk '{print $NF}'), peak RSS" \
        "$(grep 'Maximum resident' "$out/time-$run.txt" | awk '{print $NF}') KiB," \
        "user $(grep 'User time' "$out/time-$run.txt" | awk '{print $NF}') s"
done
echo "candidates: $(($(wc -l < "$out/candidates-cold.csv") - 1)) rows; verdicts:"
cut -d, -f16 "$out/candidates-cold.csv" | tail -n +2 | sort | uniq -c
./radio targets --table pscomppars --columns hostname,pl_orbper --format csv > "$out/truth.csv"
/usr/bin/python3 bench/hunt_truth.py "$out/candidates-cold.csv" "$out/truth.csv" bench/seed-targets.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
