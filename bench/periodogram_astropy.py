"""astropy's side of bench/periodogram.sh: times BoxLeastSquares and LombScargle on the cases that
PeriodogramBenchmark wrote to OUT_DIR/cases.json (the same data and the same grid radio uses).

Usage: /usr/bin/python3 periodogram_astropy.py OUT_DIR
Reads lines "CASE CALLS" on stdin, runs that case CALLS times and answers "WALL_SECONDS CPU_SECONDS BEST_PERIOD"
per call on stdout (CPU seconds of this thread), so that the benchmark can interleave astropy's runs with radio's (the
machine is shared; interleaving exposes both to the same load).
"""
import json
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


def main():
    with open(f"{sys.argv[1]}/cases.json") as f:
        runs = {c["name"]: runner(c) for c in json.load(f)}
    print("ready", flush=True)
    for line in sys.stdin:
        name, calls = line.split()
        run, calls = runs[name], int(calls)
        cpu = time.thread_time()
        start = time.perf_counter()
        for _ in range(calls):
            best = run()
        wall = (time.perf_counter() - start) / calls
        print(f"{wall!r} {(time.thread_time() - cpu) / calls!r} {float(best)!r}", flush=True)


if __name__ == "__main__":
    main()
