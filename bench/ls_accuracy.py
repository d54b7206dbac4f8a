"""astropy's side of bench/ls-accuracy.sh: for every fast Lomb-Scargle case in OUT_DIR/cases.json, the largest
difference of astropy's method="fast" and of radio's fast powers (OUT_DIR/NAME.radio-fast.bin) from the direct
sums (astropy's method="cython"), and the three best periods.

Usage: /usr/bin/python3 ls_accuracy.py OUT_DIR
"""
import json
import sys

import numpy as np
from astropy.timeseries import LombScargle


def main():
    out = sys.argv[1]
    with open(f"{out}/cases.json") as f:
        cases = json.load(f)
    for c in cases:
        if "periods" in c or c["method"] != "fast":
            continue
        t, y, dy = (np.asarray(c[k], dtype=float) for k in ("t", "y", "dy"))
        frequency = c["f0"] + c["df"] * np.arange(c["n"])
        ls = LombScargle(t, y, dy)
        direct = ls.power(frequency, method="cython", assume_regular_frequency=True)
        fast = ls.power(frequency, method="fast", assume_regular_frequency=True)
        radio = np.fromfile(f"{out}/{c['name']}.radio-fast.bin", dtype="<f8")
        peak = direct.max()
        best = {k: 1 / frequency[np.argmax(v)] for k, v in (("direct", direct), ("astropy", fast), ("radio", radio))}
        print(f"{c['name']}: highest power {peak:.6f}; largest difference from the direct sums: astropy fast "
              f"{np.abs(fast - direct).max() / peak:.1e} of it, radio fast {np.abs(radio - direct).max() / peak:.1e}; "
              f"best period direct {best['direct']:.8f} d, astropy fast {best['astropy']:.8f} d, "
              f"radio fast {best['radio']:.8f} d", flush=True)


if __name__ == "__main__":
    main()
