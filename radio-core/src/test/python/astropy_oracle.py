"""Reference numbers from astropy for radio's periodogram tests (test-time oracle, never a runtime dependency).

Usage: python3 astropy_oracle.py REQUEST.json RESPONSE.json

The request holds one time series ("t", "y", optional "dy") and a list of operations ("ops"); the
response holds one result object per operation, in order. Numbers travel as JSON (repr of float64, so they
round-trip exactly). Operations:

  bls_power       periods, durations, objective, method, oversample -> the BoxLeastSquaresResults arrays
  bls_fast_full_wrap  same arguments -> the same arrays from astropy's fast algorithm (bls.c) with the phase
                  circle wrapped completely (radio's documented change; see full_wrap_fast below)
  bls_autoperiod  durations, minimum_period, maximum_period, minimum_n_transit, frequency_factor -> period
  bls_stats       period, duration, transit_time -> compute_stats
  bls_model       t_model, period, duration, transit_time -> model
  ls_power        f0, df, n, method, normalization, fit_mean, center_data -> power
  ls_autofrequency samples_per_peak, nyquist_factor, minimum_frequency, maximum_frequency -> frequency
  ls_fap          power, maximum_frequency, method, normalization -> false_alarm_probability
"""
import json
import sys

import numpy as np
from astropy.timeseries import BoxLeastSquares, LombScargle


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def bls_power(bls, op):
    r = bls.power(np.asarray(op["periods"], dtype=float), np.asarray(op["durations"], dtype=float),
                  objective=op.get("objective", "likelihood"), method=op.get("method", "fast"),
                  oversample=op.get("oversample", 10))
    keys = ("period", "power", "depth", "depth_err", "duration", "transit_time", "depth_snr", "log_likelihood")
    return {k: floats(r[k]) for k in keys}


def bls_fast_full_wrap(data, op):
    """astropy 5.2's bls.c in numpy, except that every phase bin is kept and every window may wrap around.

    bls.c copies the first `oversample` bins after bin ceil(P/b) - 1 (so the last partial bin is lost) and
    scores start bins up to ceil(P/b) + oversample - duration. Here the first max(duration) bins are appended
    after the last bin and every start bin 0 .. ceil(P/b) - 1 is scored; everything else is bls.c's: bins of
    min(duration) / oversample from the earliest time, durations rounded to whole bins, the first best
    window kept (durations in the given order, then start bins), depth >= 0.
    """
    t, y = data["t"], data["y"]
    ivar = np.ones_like(y) if data["dy"] is None else 1.0 / data["dy"] ** 2
    durations = np.asarray(op["durations"], dtype=float)
    likelihood = op.get("objective", "likelihood") == "likelihood"
    t_ref = t.min()
    u = t - t_ref
    wy = (y - np.median(y)) * ivar
    sum_w, sum_wy = ivar.sum(), wy.sum()
    floor = max(np.finfo(float).eps, 1e-12 * sum_w)
    b = durations.min() / op.get("oversample", 10)
    bins_of = np.floor(durations / b + 0.5).astype(int)
    keys = ("power", "depth", "depth_err", "duration", "transit_time", "depth_snr", "log_likelihood")
    out = {k: [] for k in keys}
    for period in np.asarray(op["periods"], dtype=float):
        m = int(np.ceil(period / b))
        q = u * (1.0 / period)
        j = np.minimum(((q - np.floor(q)) * (period / b)).astype(int), m - 1)
        pad = min(bins_of.max(), m)
        cw = np.concatenate(([0.0], np.cumsum(np.concatenate([np.bincount(j, ivar, m)] * 2)[:m + pad])))
        cy = np.concatenate(([0.0], np.cumsum(np.concatenate([np.bincount(j, wy, m)] * 2)[:m + pad])))
        best = None
        for dk in bins_of:
            if dk >= m:
                continue
            n = np.arange(m)
            w_in = cw[n + dk] - cw[n]
            s_in = cy[n + dk] - cy[n]
            w_out = sum_w - w_in
            ok = (w_in >= floor) & (w_out >= floor)
            with np.errstate(divide="ignore", invalid="ignore"):
                y_in = s_in / w_in
                y_out = (sum_wy - s_in) / w_out
                depth = y_out - y_in
                ok &= y_out >= y_in
                objective = 0.5 * w_in * depth ** 2 if likelihood else depth / np.sqrt(1 / w_in + 1 / w_out)
            objective = np.where(ok, objective, -np.inf)
            k = int(np.argmax(objective))
            if ok[k] and (best is None or objective[k] > best[0]):
                best = (objective[k], y_in[k], y_out[k], w_in[k], w_out[k], dk, k)
        if best is None:
            for key in keys:
                out[key].append(float("nan"))
            continue
        objective, y_in, y_out, w_in, w_out, dk, k = best
        depth = y_out - y_in
        err = np.sqrt(1 / w_in + 1 / w_out)
        duration = dk * b
        out["power"].append(float(objective))
        out["depth"].append(float(depth))
        out["depth_err"].append(float(err))
        out["duration"].append(float(duration))
        out["transit_time"].append(float(np.fmod(k * b + 0.5 * duration, period) + t_ref))
        out["depth_snr"].append(float(depth / err))
        out["log_likelihood"].append(float(0.5 * w_in * depth ** 2))
    out["period"] = floats(op["periods"])
    return out


def bls_autoperiod(bls, op):
    return {"period": floats(bls.autoperiod(np.asarray(op["durations"], dtype=float),
                                            minimum_period=op.get("minimum_period"),
                                            maximum_period=op.get("maximum_period"),
                                            minimum_n_transit=op.get("minimum_n_transit", 3),
                                            frequency_factor=op.get("frequency_factor", 1.0)))}


def bls_stats(bls, op):
    s = bls.compute_stats(op["period"], op["duration"], op["transit_time"])
    out = {}
    for k in ("depth", "depth_odd", "depth_even", "depth_half", "depth_phased"):
        out[k] = floats(s[k])
    out["harmonic_amplitude"] = float(s["harmonic_amplitude"])
    out["harmonic_delta_log_likelihood"] = float(s["harmonic_delta_log_likelihood"])
    out["transit_times"] = floats(s["transit_times"])
    out["per_transit_count"] = [int(v) for v in s["per_transit_count"]]
    out["per_transit_log_likelihood"] = floats(s["per_transit_log_likelihood"])
    return out


def bls_model(bls, op):
    return {"model": floats(bls.model(np.asarray(op["t_model"], dtype=float), op["period"], op["duration"],
                                      op["transit_time"]))}


def lombscargle(data, op):
    return LombScargle(data["t"], data["y"], data["dy"], fit_mean=op.get("fit_mean", True),
                       center_data=op.get("center_data", True),
                       normalization=op.get("normalization", "standard"))


def ls_power(data, op):
    frequency = op["f0"] + op["df"] * np.arange(op["n"])
    ls = lombscargle(data, op)
    return {"power": floats(ls.power(frequency, method=op["method"], assume_regular_frequency=True))}


def ls_autofrequency(data, op):
    ls = lombscargle(data, op)
    return {"frequency": floats(ls.autofrequency(samples_per_peak=op.get("samples_per_peak", 5),
                                                 nyquist_factor=op.get("nyquist_factor", 5),
                                                 minimum_frequency=op.get("minimum_frequency"),
                                                 maximum_frequency=op.get("maximum_frequency")))}


def ls_fap(data, op):
    ls = lombscargle(data, op)
    fap = ls.false_alarm_probability(np.asarray(op["power"], dtype=float), method=op.get("method", "baluev"),
                                     maximum_frequency=op["maximum_frequency"])
    return {"false_alarm_probability": floats(fap)}


def main():
    with open(sys.argv[1]) as f:
        request = json.load(f)
    data = {"t": np.asarray(request["t"], dtype=float), "y": np.asarray(request["y"], dtype=float),
            "dy": None if request.get("dy") is None else np.asarray(request["dy"], dtype=float)}
    bls = BoxLeastSquares(data["t"], data["y"], data["dy"])
    handlers = {"bls_power": lambda op: bls_power(bls, op),
                "bls_fast_full_wrap": lambda op: bls_fast_full_wrap(data, op),
                "bls_autoperiod": lambda op: bls_autoperiod(bls, op),
                "bls_stats": lambda op: bls_stats(bls, op), "bls_model": lambda op: bls_model(bls, op),
                "ls_power": lambda op: ls_power(data, op), "ls_autofrequency": lambda op: ls_autofrequency(data, op),
                "ls_fap": lambda op: ls_fap(data, op)}
    results = [handlers[op["op"]](op) for op in request["ops"]]
    with open(sys.argv[2], "w") as f:
        json.dump({"results": results}, f)


if __name__ == "__main__":
    main()
