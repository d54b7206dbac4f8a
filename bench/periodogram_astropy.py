"""Times astropy's BoxLeastSquares and LombScargle on the cases PeriodogramBenchmark wrote (same data, same grid).

Usage: /usr/bin/python3 periodogram_astropy.py OUT_DIR REPEATS
Each case runs once untimed, then REPEATS times (timeit-style, number=1); median and minimum are reported.
"""
import json
import sys
import timeit

import numpy as np
from astropy.timeseries import BoxLeastSquares, LombScargle


def main():
    out, repeats = sys.argv[1], int(sys.argv[2])
    with open(f"{out}/cases.json") as f:
        cases = json.load(f)
    results = []
    for c in cases:
        t, y, dy = (np.asarray(c[k], dtype=float) for k in ("t", "y", "dy"))
        if "periods" in c:
            periods = np.asarray(c["periods"], dtype=float)
            durations = np.asarray(c["durations"], dtype=float)

            def run():
                r = BoxLeastSquares(t, y, dy).power(periods, durations, method=c["method"])
                return r.period[np.argmax(r.power)]
        else:
            frequency = c["f0"] + c["df"] * np.arange(c["n"])

            def run():
                power = LombScargle(t, y, dy).power(frequency, method=c["method"], assume_regular_frequency=True)
                return 1 / frequency[np.argmax(power)]
        best = run()
        seconds = sorted(timeit.repeat(run, number=1, repeat=repeats))
        results.append({"name": c["name"], "median_s": seconds[len(seconds) // 2], "min_s": seconds[0],
                        "best_period_days": float(best)})
        print(f"astropy {c['name']:<24} median {seconds[len(seconds) // 2]:.4f} s  min {seconds[0]:.4f} s  "
              f"P={best:.6f} d", flush=True)
    with open(f"{out}/astropy.json", "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
