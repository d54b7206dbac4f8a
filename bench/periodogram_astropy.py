"""astropy's side of bench/periodogram.sh: times BoxLeastSquares and LombScargle on the cases that
PeriodogramBenchmark wrote to OUT_DIR/cases.json (the same data and the same grid radio uses).

Usage: /usr/bin/python3 periodogram_astropy.py OUT_DIR
Reads lines "CASE CALLS" on stdin, runs that case CALLS times and answers "WALL_SECONDS CPU_SECONDS BEST_PERIOD"
per call on stdout (CPU seconds of this thread), so that the benchmark can interleave astropy's runs with radio's (the
machine is shared; interleaving exposes both to the same load).

A line "reference CASE" (Lomb-Scargle cases) answers the best period of the direct sums, astropy's
method="cython", on the case's grid: the periodogram both fast methods approximate. It takes minutes on the large
grids, so it is kept in OUT_DIR/reference.json under a hash of the case's data and grid.
"""
import hashlib
import json
import os
import sys
import time

import numpy as np
from astropy.timeseries import BoxLeastSquares, LombScargle


def runner(c):
    t, y, dy = (np.asarray(c[k], dtype=float) for k in ("t", "y", "dy"))
    if "periods" in c:
        periods = np.asarray(c["periods"], dtype=float)
        durations = np.asarray(c["durations"], dtype=float)

        def run():
            r = BoxLeastSquares(t, y, dy).power(periods, durations, method=c["method"])
            return r.period[np.argmax(r.power)]
        return run
    frequency = c["f0"] + c["df"] * np.arange(c["n"])

    def run():
        power = LombScargle(t, y, dy).power(frequency, method=c["method"], assume_regular_frequency=True)
        return 1 / frequency[np.argmax(power)]
    return run


def reference(c, out):
    key = hashlib.sha256(json.dumps([c[k] for k in ("t", "y", "dy", "f0", "df", "n")]).encode()).hexdigest()
    path = f"{out}/reference.json"
    known = {}
    if os.path.exists(path):
        with open(path) as f:
            known = json.load(f)
    if key not in known:
        t, y, dy = (np.asarray(c[k], dtype=float) for k in ("t", "y", "dy"))
        frequency = c["f0"] + c["df"] * np.arange(c["n"])
        power = LombScargle(t, y, dy).power(frequency, method="cython", assume_regular_frequency=True)
        known[key] = float(1 / frequency[np.argmax(power)])
        with open(path, "w") as f:
            json.dump(known, f)
    return known[key]


def main():
    with open(f"{sys.argv[1]}/cases.json") as f:
        cases = {c["name"]: c for c in json.load(f)}
    runs = {name: runner(c) for name, c in cases.items()}
    print("ready", flush=True)
    for line in sys.stdin:
        name, calls = line.split()
        if name == "reference":
            print(repr(reference(cases[calls], sys.argv[1])), flush=True)
            continue
        run, calls = runs[name], int(calls)
        cpu = time.thread_time()
        start = time.perf_counter()
        for _ in range(calls):
            best = run()
        wall = (time.perf_counter() - start) / calls
        print(f"{wall!r} {(time.thread_time() - cpu) / calls!r} {float(best)!r}", flush=True)


if __name__ == "__main__":
    main()
