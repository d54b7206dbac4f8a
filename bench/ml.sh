#!/bin/sh
# Machine learning, radio next to what a Python user would run, on the same simulated light curves:
#  (a) data set building, light curves per second: radio dataset build vs astropy + numpy + scipy (same views);
#  (b) training: seconds per epoch and test ROC-AUC, radio train --arch spacekit vs the same network in PyTorch;
#  (c) radio's CNN (astronet) vs gradient boosting on the scalars (radio's gbm and scikit-learn's), on the same
#      split; and all of them on stars of a differently parameterised simulator (the shifted population) never seen.
# Usage: bench/ml.sh [STARS [PARTS]]   (from the repository root; PARTS is any of a, b, c, default abc; needs Java 17,
#        Maven, and Debian's python3-astropy, python3-scipy, python3-sklearn, python3-torch). Output: bench/out/ml/.
set -eu
cd "$(dirname "$0")/.."
stars="${1:-300}"
parts="${2:-abc}"
out=bench/out/ml
py=/usr/bin/python3
[ "$parts" = abc ] && rm -rf "$out"
mkdir -p "$out/classes"
export RADIO_HOME="$PWD/$out/home"

# with the class-data archives, as a user builds radio (README): ./radio dataset starts from radio-dataset.jsa
mvn -B -q -DskipTests package
# radio-cli/target/sim holds the simulator (apart from radio's class path, as radio demo runs it)
cp="radio-cli/target/radio.jar:radio-cli/target/lib/*:radio-cli/target/sim/*"
javac -d "$out/classes" -cp "$cp" bench/MlBench.java
# light curves made for another star count are made again
[ "$(ls "$out/standard/lc" 2>/dev/null | wc -l)" = "$stars" ] || { rm -rf "$out/standard" "$out/dataset";
    java -cp "$out/classes:$cp" MlBench export "$out/standard" "$stars" 3 standard; }
[ -d "$out/shifted/lc" ] || java -cp "$out/classes:$cp" MlBench export "$out/shifted" 150 4 shifted
files=$(ls "$out"/standard/lc/*.fits)
seconds() { python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
now() { date +%s.%N; }

case "$parts" in *a*)
runs="${ML_BENCH_RUNS:-3}"
echo "## (a) data set building: $stars light curves, global and local views, every star folded on a given ephemeris"
echo "   ($runs runs each, alternated; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg))"
cpu() { $py -c "import sys; u, s = open(sys.argv[1]).read().split(); print('%.2f' % (float(u) + float(s)))" "$1"; }
for run in $(seq "$runs"); do
    t0=$(now)
    # shellcheck disable=SC2086
    /usr/bin/time -f "%U %S" -o "$out/cpu" ./radio dataset build -q --overwrite --labels "$out/standard/labels-all.csv" \
        --views global,local --no-prewhiten --out "$out/views-radio" $files >/dev/null
    t1=$(now)
    echo "run $run: radio (read, hash, clip, flatten, fold, bin, Parquet; all cores, JVM start included): $(seconds "$t0" "$t1") s, CPU $(cpu "$out/cpu") s (load $(cut -d' ' -f1 /proc/loadavg))"
    t0=$(now)
    # shellcheck disable=SC2086
    /usr/bin/time -f "%U %S" -o "$out/cpu" $py bench/ml_views_numpy.py "$out/standard/labels-all.csv" $files \
        | sed "s/^/run $run: astropy + numpy + scipy, the loop alone: /"
    t1=$(now)
    echo "run $run: astropy + numpy + scipy, the whole process (interpreter start and imports included): $(seconds "$t0" "$t1") s, CPU $(cpu "$out/cpu") s"
done
# the same per-star work on one thread in one JVM, pass after pass: what the JIT's warm-up costs, and the steady state
# shellcheck disable=SC2086
java -cp "$out/classes:$cp" MlBench warm "$out/standard/labels-all.csv" 4 $files 2>/dev/null \
    | sed 's/^/radio, one thread, one JVM, /'
t0=$(now)
# shellcheck disable=SC2086
./radio dataset build -q --overwrite --labels "$out/standard/labels-all.csv" --out "$out/views-radio-full" $files \
    >/dev/null
t1=$(now)
echo "radio, every view and Lomb-Scargle prewhitening: $(seconds "$t0" "$t1") s"
  ;; esac
# a larger test split than the default, so that the held-out comparison of (c) has ~70 stars
case "$parts" in *b*|*c*)
# shellcheck disable=SC2086
./radio dataset build -q --overwrite --labels "$out/standard/labels.csv" --split 0.6,0.1,0.3 --out "$out/dataset" $files \
    >/dev/null || true
  ;; esac
case "$parts" in *b*)
echo "## (b) training spacekit's CNN (width 0.5, 10 epochs, batch 32) on the exoTrain CSVs of the same data set"
./radio train -q --overwrite --dataset "$out/dataset" --model "$out/spacekit" --arch spacekit --width 0.5 --epochs 10 \
    --patience 10 --seed 7 | head -1
$py -c "import json,sys,statistics; c=json.load(open(sys.argv[1])); h=c['history']; \
print('radio (DJL %s, %s): %.2f s per epoch (median of %d), test ROC-AUC %.3f at the best validation epoch' % \
(c['djl_version'], c['engine'], statistics.median(e['seconds'] for e in h), len(h), c['metrics']['test']['roc_auc']))" \
    "$out/spacekit/model-card.json"
$py bench/ml_torch.py "$out/dataset" 10 32 0.5
  ;; esac
case "$parts" in *c*)
echo "## (c) CNN vs gradient boosting on the scalars, same split; then the same models on the shifted simulator"
# shellcheck disable=SC2086
./radio dataset build -q --overwrite --labels "$out/shifted/labels.csv" --split 0,0,1 --views global,local,scalars \
    --out "$out/shifted-dataset" $(ls "$out"/shifted/lc/*.fits) >/dev/null || true
evaluate() {  # MODEL DATASET WHAT
    ./radio evaluate --model "$1" --dataset "$2" --format json | $py -c "import json,sys; m=json.load(sys.stdin); \
print('%s: ROC-AUC %.3f, PR-AUC %.3f (%d stars)' % (sys.argv[1], m['roc_auc'], m['pr_auc'], m['examples']))" "$3"
}
t0=$(now)
./radio train -q --overwrite --dataset "$out/dataset" --model "$out/astronet" --arch astronet --width 0.25 --epochs 40 \
    --patience 8 --seed 7 >/dev/null
t1=$(now)
echo "radio astronet (width 0.25): trained in $(seconds "$t0" "$t1") s"
evaluate "$out/astronet" "$out/dataset" "radio astronet (width 0.25), test split"
evaluate "$out/astronet" "$out/shifted-dataset" "radio astronet (width 0.25), shifted simulator"
t0=$(now)
./radio train -q --overwrite --dataset "$out/dataset" --model "$out/gbm" --arch gbm --seed 7 >/dev/null
t1=$(now)
echo "radio gbm (defaults): trained in $(seconds "$t0" "$t1") s (JVM start included)"
evaluate "$out/gbm" "$out/dataset" "radio gbm, test split"
evaluate "$out/gbm" "$out/shifted-dataset" "radio gbm, shifted simulator"
mkdir -p "$out/scalars" "$out/shifted-scalars"
java -cp "$out/classes:$cp" MlBench scalars "$out/dataset" "$out/scalars"
$py bench/ml_gbm.py "$out/scalars" "$out/scalars" | sed 's/^/test split: /'
java -cp "$out/classes:$cp" MlBench scalars "$out/shifted-dataset" "$out/shifted-scalars"
$py bench/ml_gbm.py "$out/scalars" "$out/shifted-scalars" | sed 's/^/shifted simulator: /'
  ;; esac
