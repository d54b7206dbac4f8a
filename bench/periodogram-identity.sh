#!/bin/sh
# Proves that `radio periodogram` prints the same bytes as a reference revision: stdout (JSON and text), stderr and
# the exit code of BLS and Lomb–Scargle runs, with and without --spectrum, on every FITS fixture one by one and all
# together, Kepler-90's quarters stitched, option variants, plots (PNG bytes too) and failures; and the transit
# search lines and PNGs of `radio demo`.
# Usage: bench/periodogram-identity.sh [REV]   (from the checkout; REV defaults to the merge base with main)
# Builds REV from `git archive` into bench/out/periodogram-identity/before-src and a copy of this checkout as it is
# (tracked and untracked files, uncommitted changes included) into after-src (no worktree, no install), runs every
# case with both, and diffs. Exit 0 when identical, 1 when anything differs.
# REV's outputs are kept and reused while REV and this script are unchanged.
set -eu
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."
root=$(pwd)
rev=${1:-$(git merge-base HEAD main)}
fits=$(cd "${RADIO_FIXTURES:-../shared/fixtures}/fits" && pwd)
out=$root/bench/out/periodogram-identity
scratch=${TMPDIR:-/tmp}/radio-periodogram-identity   # plot paths are printed: the same folder for both runs
key="$rev $(md5sum <"$script" | cut -c1-32)"

# build DIR: the jar and its libraries, the log in DIR.log
build() {
    (cd "$1" && mvn -B -o -DskipTests package >"$1.log" 2>&1) || { tail -30 "$1.log"; exit 2; }
}

echo "reference: $rev ($(git log -1 --format=%s "$rev" | cut -c1-70))"
if [ "$(cat "$out/before.key" 2>/dev/null)" != "$key" ]; then
    rm -rf "$out/before" "$out/before-src" "$out/before.key"
    mkdir -p "$out/before-src" "$out/before"
    git archive "$rev" | tar -x -C "$out/before-src"
    build "$out/before-src"
    fresh=yes
else
    echo "reusing the reference's outputs in $out/before"
    fresh=no
fi
rm -rf "$out/after" "$out/after-src"
mkdir -p "$out/after" "$out/after-src"
git ls-files -co --exclude-standard | while read -r f; do [ -e "$f" ] && echo "$f"; done | tar -cf - -T - \
    | tar -x -C "$out/after-src"
build "$out/after-src"

# run DIR NAME ARGS...: one case; stdout, stderr and exit code into DIR/NAME.{out,err,rc}, PNGs' md5 into .png
run() {
    dir=$1 name=$2
    shift 2
    rm -rf "$scratch"
    mkdir -p "$scratch/home"
    rc=0
    (cd "$scratch" && RADIO_HOME="$scratch/home" "$launcher" periodogram "$@") >"$dir/$name.out" 2>"$dir/$name.err" \
        || rc=$?
    echo "$rc" >"$dir/$name.rc"
    if ls "$scratch"/*.png >/dev/null 2>&1; then
        (cd "$scratch" && md5sum ./*.png) >"$dir/$name.png"
    fi
}

cases() {
    dir=$1
    all=$(ls "$fits"/*.fits)
    q3="$fits/kplr011442793-2009350155506_llc.fits"
    k90="$q3 $fits/kplr011442793-2010009091648_llc.fits $fits/kplr011442793-2010174085026_llc.fits"
    wasp126="$fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
    k2="$fits/ktwo211436265-c05_llc.fits"
    # shellcheck disable=SC2086  # file lists are word lists
    {
        for f in $all; do
            b=$(basename "$f" .fits)
            run "$dir" "bls-json-$b" --format json "$f"
            run "$dir" "ls-json-$b" --method ls --format json "$f"
        done
        run "$dir" bls-json-all --format json $all
        run "$dir" bls-spectrum-all --format json --spectrum $all
        run "$dir" bls-text-all $all
        run "$dir" ls-json-all --method ls --format json $all
        run "$dir" ls-spectrum-all --method ls --format json --spectrum $all
        run "$dir" ls-text-all --method ls $all
        for m in bls ls; do
            run "$dir" "$m-json-stitch" --method $m --format json --stitch $k90
            run "$dir" "$m-spectrum-stitch" --method $m --format json --spectrum --stitch $k90
            run "$dir" "$m-text-stitch" --method $m --stitch $k90
        done
        run "$dir" stitch-two-targets --stitch --format json $q3 $wasp126
        run "$dir" bls-snr --format json --objective snr $wasp126 $k2 $q3
        run "$dir" bls-grid --format json --durations 0.08,0.12 --frequency-factor 5 --min-period 1 --max-period 5 \
            $wasp126 $k2 $q3
        run "$dir" bls-no-flatten --no-flatten $wasp126 $k2 $q3
        run "$dir" bls-window --format json --flatten-window 2 $wasp126 $k2 $q3
        run "$dir" bls-sap-hard --format json --flux sap --quality hard $wasp126 $k2 $q3
        run "$dir" bls-exact --format json --exact --threads 1 --min-period 2 --max-period 4 $wasp126
        run "$dir" bls-few-transits --min-period 45 --max-period 85 $q3
        run "$dir" bls-few-transits-json --format json --min-period 45 --max-period 85 $q3
        run "$dir" ls-flatten --method ls --format json --flatten --flatten-window 0.5 $wasp126 $k2 $q3
        run "$dir" ls-range --method ls --min-period 0.5 --max-period 10 --exact $wasp126 $k2
        run "$dir" bls-plot --plot bls.png --plot-axis log_period $wasp126 $k2
        run "$dir" ls-plot --method ls --format json --plot ls.png $k2
        run "$dir" bls-plot-stitch --stitch --plot k90.png $k90
        printf 'not a FITS file' >"$out/broken.fits"
        run "$dir" broken --method ls "$out/broken.fits" $k2
        run "$dir" empty-range --min-period 30 $wasp126
        run "$dir" ls-beyond-nyquist --method ls --max-period 0.03 $k2 $wasp126
        run "$dir" usage --min-period 5 --max-period 2 $k2
    }
    # the demo searches two simulated K2 files with the same service: its BLS lines and PNGs, not its timings
    rm -rf "$scratch"
    mkdir -p "$scratch/home"
    (cd "$scratch" && RADIO_HOME="$scratch/home" "$launcher" demo --out demo) >"$scratch/demo.txt" 2>"$dir/demo.err" \
        || echo "exit $?" >>"$dir/demo.err"
    grep -E "^ +(BLS|plots): " "$scratch/demo.txt" >"$dir/demo.out" || true
    (cd "$scratch/demo/plots" && md5sum ./*.png) >"$dir/demo.png" 2>&1 || true
}

if [ "$fresh" = yes ]; then
    launcher="$out/before-src/radio"
    cases "$out/before"
    echo "$key" >"$out/before.key"
fi
launcher="$out/after-src/radio"
cases "$out/after"
rm -rf "$scratch"

n=$(ls "$out/after" | wc -l)
bytes=$(cat "$out/after"/*.out | wc -c)
if diff -r "$out/before" "$out/after" >"$out/diff.txt"; then
    echo "identical: $n files ($bytes bytes of stdout) from $(ls "$out/after"/*.rc | wc -l) runs"
else
    echo "DIFFERENT: see $out/diff.txt"
    head -40 "$out/diff.txt"
    exit 1
fi
