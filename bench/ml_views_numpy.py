"""Baseline for bench/ml.sh (a): what a Python user writes to make AstroNet views (lightkurve style, without
lightkurve, which Debian lacks): astropy reads each file (PDCSAP flux, lightkurve's default quality bitmask, NaNs
dropped), the flux is normalised, flattened with scipy's Savitzky-Golay filter (window 1 day, order 2, lightkurve's
flatten without its iterations) and folded; numpy median-bins the global (2001 bins) and local (201 bins over +-2
durations, 0.16-duration bins) views and normalises them (median 0, minimum -1).
Usage: ml_views_numpy.py LABELS_CSV FILE... ; prints the number of light curves per second."""
import csv
import sys
import time

import numpy as np
from astropy.io import fits
from scipy.signal import savgol_filter

DEFAULT_BITMASK = 1130799  # lightkurve's default for Kepler and K2


def read(path):
    with fits.open(path) as f:
        d = f[1].data
        t = np.array(d["TIME"], dtype=float)
        y = np.array(d["PDCSAP_FLUX"], dtype=float)
        q = np.array(d["SAP_QUALITY"])
    ok = np.isfinite(t) & np.isfinite(y) & ((q & DEFAULT_BITMASK) == 0)
    return t[ok], y[ok] / np.nanmedian(y[ok])


def flatten(t, y):
    window = int(round(1.0 / np.median(np.diff(t))))
    window += 1 - window % 2
    return y / savgol_filter(y, window, 2)


def median_bins(phase, y, centres, width):
    order = np.argsort(phase)
    phase, y = phase[order], y[order]
    lo = np.searchsorted(phase, centres - width / 2)
    hi = np.searchsorted(phase, centres + width / 2)
    out = np.array([np.median(y[a:b]) if b > a else np.nan for a, b in zip(lo, hi)])
    good = np.isfinite(out)
    out[~good] = np.interp(centres[~good], centres[good], out[good])
    out -= np.median(out)
    return out / abs(out.min())


def views(t, y, period, epoch, duration):
    phase = (t - epoch + period / 2) % period - period / 2
    width = period / 2001
    g = median_bins(phase, y, -period / 2 + (np.arange(2001) + 0.5) * width, width)
    half = min(2 * duration, period / 2)
    l = median_bins(phase, y, np.linspace(-half, half, 201), 0.16 * duration)
    return g, l


def main():
    eph = {}
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            eph[row["target"].replace(" ", "").upper()] = (float(row["period_days"]), float(row["epoch_bjd"]),
                                                           float(row["duration_hours"]) / 24)
    files = sys.argv[2:]
    start = time.perf_counter()
    for path in files:
        epic = "EPIC" + path.split("ktwo")[1][:9].lstrip("0")
        period, epoch, duration = eph[epic]
        t, y = read(path)
        views(t, flatten(t, y), period, epoch - 2454833, duration)
    elapsed = time.perf_counter() - start
    print("%d light curves in %.2f s: %.1f per second" % (len(files), elapsed, len(files) / elapsed))


main()
