#!/bin/sh
# Reading every light-curve fixture N times: radio versus astropy, same files, same machine, one session.
# Usage: bench/read_fixtures.sh [N] [FITS_DIR]   (defaults: 50 passes, ../shared/fixtures/fits)
# Needs a build (mvn -B -q -DskipTests package) and Debian's python3-astropy (/usr/bin/python3).
set -eu
cd "$(dirname "$0")/.."
n=${1:-50}
dir=${2:-../shared/fixtures/fits}
if [ ! -f radio-cli/target/radio.jar ]; then
    mvn -B -q -DskipTests package
fi
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "python:  $(/usr/bin/python3 -c 'import astropy, numpy, sys; print("Python", sys.version.split()[0], "astropy", astropy.__version__, "numpy", numpy.__version__)')"
echo "files:   $(ls "$dir"/*.fits | wc -l) files, $(cat "$dir"/*.fits | wc -c) bytes in $dir"
java -Djava.awt.headless=true -cp "radio-cli/target/radio.jar:radio-cli/target/lib/*" bench/ReadBench.java "$dir" "$n"
/usr/bin/python3 bench/read_fixtures_astropy.py "$dir" "$n"
# for reference: the same work with nom-tam-fits 1.21.2, the FITS library radio's reader does without
java -cp "radio-cli/target/radio.jar:radio-cli/target/lib/*:radio-cli/target/sim/*" bench/ReadBench.java "$dir" "$n" nom-tam-fits
