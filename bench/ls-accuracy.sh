#!/bin/sh
# How close the fast Lomb–Scargle powers of radio (a NUFFT) and of astropy (method="fast", Press & Rybicki) come to
# the direct sums (astropy's method="cython") on the benchmark's automatic grids, and where each puts the best period.
# Usage: bench/ls-accuracy.sh   (from the checkout; after bench/periodogram.sh has written the fast Lomb–Scargle
# cases to bench/out/periodogram/cases.json, e.g. bench/periodogram.sh 1 kepler90-ls tess-ls kepler-sc-ls)
# Needs Java 17, Maven and Debian's python3-astropy; astropy's direct sums take about 5 minutes for the three grids.
set -eu
cd "$(dirname "$0")/.."
out=bench/out/periodogram
. bench/core-bench.sh
compile_core_bench "$out/classes" bench/LsAccuracy.java
java -cp "$out/classes:$cp" LsAccuracy "$out" 2>/dev/null
/usr/bin/python3 bench/ls_accuracy.py "$out"
