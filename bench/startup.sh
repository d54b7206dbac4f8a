#!/bin/bash
# Start-up of `radio --version`: this checkout's ./radio against another build's launcher (e.g. a worktree of an
# older commit, built with `mvn -B -q -DskipTests package`), alternated so both see the same load.
# Prints wall-clock medians (ms) over RUNS runs each, then CPU (user+system, s) medians over RUNS runs each.
# Usage: bench/startup.sh OTHER/radio [RUNS=15]
set -eu
cd "$(dirname "$0")/.."
other=$1
runs=${2:-15}
RADIO_HOME=$(mktemp -d)
export RADIO_HOME RADIO_DAEMON=off   # RADIO_DAEMON: older builds ran commands in a resident daemon unless off
trap 'rm -rf "$RADIO_HOME"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { local s e; s=$(date +%s%N); "$1" --version >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
cpu() { /usr/bin/time -f '%U %S' "$1" --version 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
: >"$RADIO_HOME/a" && : >"$RADIO_HOME/b"
for _ in $(seq "$runs"); do wall "$other" >>"$RADIO_HOME/a"; wall ./radio >>"$RADIO_HOME/b"; done
echo "uptime: $(uptime)"
echo "wall ms, median of $runs: $other $(median <"$RADIO_HOME/a"), ./radio $(median <"$RADIO_HOME/b")"
: >"$RADIO_HOME/a" && : >"$RADIO_HOME/b"
for _ in $(seq "$runs"); do cpu "$other" >>"$RADIO_HOME/a"; cpu ./radio >>"$RADIO_HOME/b"; done
echo "cpu s, median of $runs: $other $(median <"$RADIO_HOME/a"), ./radio $(median <"$RADIO_HOME/b")"
