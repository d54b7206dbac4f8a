#!/bin/sh
# Injection–recovery: the share of injected planets (box and limb-darkened, SNR 5–30, periods 0.9–8.3 d) that
# radio's hunt search (radio.vetting.PlanetSearch, default options) finds at their period (within 1 %), next to
# astropy's BoxLeastSquares on the same injected data and the same base grid (see bench/recovery_astropy.py for
# how astropy is run). Real fixture light curves: three TESS sectors (WASP-126, WASP-100, WASP-4) and Kepler-90 Q5.
# Usage, from the repository root (needs Java 17, Maven, Debian's python3-astropy and python3-scipy):
#   bench/recovery.sh
# Prints the Markdown table recorded in docs/benchmarks.md; raw files land in bench/out/recovery/.
# Builds radio-core from the reactor and takes its classpath from there: nothing is installed into ~/.m2.
set -eu
cd "$(dirname "$0")/.."
fits="${RADIO_FIXTURES:-../shared/fixtures}/fits"
out=bench/out/recovery
rm -rf "$out"
mkdir -p "$out/classes"

mvn -B -q -o -pl radio-core -am -DskipTests package dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
cp="radio-core/target/classes:$(cat radio-core/target/classpath.txt)"
javac -d "$out/classes" -cp "$cp" bench/RecoveryBench.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$out/classes:$cp" RecoveryBench "$fits" "$out"
/usr/bin/python3 bench/recovery_astropy.py "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
