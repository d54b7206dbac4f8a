#!/bin/sh
# Makes ./radio's class-data archives in the current folder (radio-cli/target), best effort: a training run that
# fails leaves no archive and the build goes on (./radio works without them, starting a little slower).
#   radio.jsa          the classes `radio demo` loads (search, download, read, periodograms, plots)
#   radio-dataset.jsa  the classes `radio dataset build` loads (radio-ml, Parquet), trained on the demo's light curves
# Usage: class-data-archives.sh JAVA
java=$1
opts="-Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true -XX:TieredStopAtLevel=1"
rm -rf radio.jsa radio-dataset.jsa cds-training
note() {
    echo "radio: no class-data archive $1 made (see radio-cli/target/cds-training.log); ./radio works without it, starting a little slower" >&2
}
# shellcheck disable=SC2086
if "$java" -XX:ArchiveClassesAtExit=radio.jsa $opts -jar "$PWD/radio.jar" demo --out cds-training --quiet \
        >cds-training.log 2>&1 && test -s radio.jsa; then
    # a dozen of the demo's K2 light curves, half with an ephemeris and half without (so the BLS path runs too)
    files=$(find cds-training -name 'ktwo*_llc.fits' | sort | head -12)
    {
        echo "target,label,period_days,epoch_bjd,duration_hours"
        i=0
        for f in $files; do
            epic=$(basename "$f" | sed 's/^ktwo0*\([0-9]*\)-.*/\1/')
            if [ $((i % 2)) = 0 ]; then echo "EPIC $epic,1,3.0,2457000.5,3.0"; else echo "EPIC $epic,0,,,"; fi
            i=$((i + 1))
        done
    } >cds-training/labels.csv
    # shellcheck disable=SC2086
    "$java" -XX:ArchiveClassesAtExit=radio-dataset.jsa $opts -jar "$PWD/radio.jar" dataset build -q \
            --labels cds-training/labels.csv --out cds-training/dataset $files >>cds-training.log 2>&1
    # exit 1 only says some star was skipped; the archive is what matters
    test -s radio-dataset.jsa || { rm -f radio-dataset.jsa; note radio-dataset.jsa; }
else
    rm -f radio.jsa
    note radio.jsa
fi
rm -rf cds-training
exit 0
