"""Reference numbers for radio's light-curve operations, from scipy and astropy.

Reads a JSON list of tasks on stdin and writes a JSON list of results on stdout (NaN as the
bare token NaN). Tasks:
  {"op": "savgol", "x": [...], "window": W, "polyorder": P}
      -> scipy.signal.savgol_filter(x, W, P) (mode "interp")
  {"op": "sigma_clip", "x": [...], "lower": L, "upper": U, "maxiters": M, "stdfunc": "std"|"mad_std"}
      -> the mask of astropy.stats.sigma_clip (cenfunc median), as a list of booleans
  {"op": "flatten", "time": [...], "flux": [...], "window": W, "polyorder": P,
   "break_tolerance": B, "niters": N, "sigma": S, "exclude": [bool...] or null}
      -> the trend that lightkurve's LightCurve.flatten (v2) divides by, computed here from
         the same steps with numpy/scipy (lightkurve itself is not installable here), except that
         segments are split only at gaps between unmasked cadences with flux, as radio does
Run by radio's tests at test time; nothing it writes is committed.
"""
import json
import sys
import warnings

import numpy as np
from astropy.stats import sigma_clip
from scipy.interpolate import interp1d
from scipy.signal import savgol_filter


def flatten_trend(time, flux, window, polyorder, break_tolerance, niters, sigma, exclude):
    use = np.ones(len(time), dtype=bool) if exclude is None else ~np.asarray(exclude, dtype=bool)
    use &= np.isfinite(flux)
    # segments from the gaps between unmasked cadences with flux, before any clipping (radio's documented
    # difference from lightkurve, which looks for gaps among the points still used after clipping)
    base = use.copy()
    tb = time[base]
    segment = np.full(len(time), -1)
    segment[base] = np.concatenate([[0], np.cumsum(np.diff(tb) > break_tolerance * np.median(np.diff(tb)))])
    use &= np.nan_to_num(np.abs(flux - np.nanmedian(flux))) <= np.nanstd(flux) * sigma
    trend = None
    for _ in range(niters):
        t, f, s = time[use], flux[use], segment[use]
        gaps = np.where(np.diff(s) != 0)[0] + 1
        starts = np.concatenate([[0], gaps])
        ends = np.concatenate([gaps, [len(t)]])
        fit = np.zeros(len(t))
        for lo, hi in zip(starts, ends):
            if window > hi - lo or hi - lo < break_tolerance:
                fit[lo:hi] = np.nanmedian(f[lo:hi])
            else:
                fit[lo:hi] = savgol_filter(f[lo:hi], window, polyorder)
        good = np.nan_to_num(np.abs(f - fit)) < np.nanstd(f - fit) * sigma + 1e-14
        trend = interp1d(t[good], fit[good], fill_value="extrapolate")(time)
        use[use] &= good
    return trend


def run(task):
    op = task["op"]
    if op == "savgol":
        return savgol_filter(np.array(task["x"], dtype=float), task["window"], task["polyorder"]).tolist()
    if op == "sigma_clip":
        clipped = sigma_clip(np.array(task["x"], dtype=float), sigma_lower=task["lower"], sigma_upper=task["upper"],
                             maxiters=task["maxiters"], cenfunc="median", stdfunc=task["stdfunc"], masked=True)
        return np.ma.getmaskarray(clipped).tolist()
    if op == "flatten":
        return flatten_trend(np.array(task["time"], dtype=float), np.array(task["flux"], dtype=float),
                             task["window"], task["polyorder"], task["break_tolerance"], task["niters"],
                             task["sigma"], task["exclude"]).tolist()
    raise ValueError("unknown op " + op)


def main():
    warnings.simplefilter("ignore")  # astropy warns that NaNs were clipped, which is what is asked
    tasks = json.load(sys.stdin)
    json.dump([run(t) for t in tasks], sys.stdout)


if __name__ == "__main__":
    main()
