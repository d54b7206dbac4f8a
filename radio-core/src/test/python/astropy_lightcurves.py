"""Reads light-curve FITS files with astropy, the way lightkurve does, for radio's cross-check test.

Usage: astropy_lightcurves.py OUT_DIR FILE...

For each FILE and each variant it writes OUT_DIR/<file name>.<variant>.<column>.f64, the column as
little-endian float64 after lightkurve's rules: drop rows with NaN time, then rows with
(quality & bitmask) != 0. Variants: "default" (PDCSAP-equivalent flux, default bitmask) and
"sap_none" (SAP-equivalent flux, no bitmask). Columns absent from a layout are written as NaN
(quality 0). Run by radio's tests at test time; the output is never committed.
"""
import os
import sys

import numpy as np
from astropy.io import fits

DEFAULT_BITMASK = {"Kepler": 1130799, "K2": 1130799, "TESS": 175}


def mission(primary):
    if primary.get("TELESCOP", "").strip() == "TESS" or "TICID" in primary or "SECTOR" in primary:
        return "TESS"
    if primary.get("MISSION", "").strip() == "K2" or "CAMPAIGN" in primary:
        return "K2"
    return "Kepler"


def table_and_columns(hdul, sap):
    names = [h.name for h in hdul]
    if "LIGHTCURVE" in names:
        data = hdul["LIGHTCURVE"].data
        flux = "SAP_FLUX" if sap else "PDCSAP_FLUX"
        quality = "QUALITY" if "QUALITY" in data.columns.names else "SAP_QUALITY"
        return data, {"time": "TIME", "flux": flux, "flux_err": flux + "_ERR", "quality": quality,
                      "cadenceno": "CADENCENO", "centroid_col": "MOM_CENTR1", "centroid_row": "MOM_CENTR2"}
    if "BESTAPER" in names:
        data = hdul["BESTAPER"].data
        return data, {"time": "T", "flux": "FRAW" if sap else "FCOR", "cadenceno": "CADENCENO"}
    data = hdul["SAP" if sap else "PDC"].data
    return data, {"time": "time", "flux": "flux", "flux_err": "error", "quality": "quality",
                  "cadenceno": "cadence"}


def write(out_dir, path, variant, sap, use_mask):
    with fits.open(path) as hdul:
        data, cols = table_and_columns(hdul, sap)
        n = len(data)
        time = np.asarray(data[cols["time"]], dtype=np.float64)
        quality = (np.asarray(data[cols["quality"]], dtype=np.int64) if "quality" in cols
                   else np.zeros(n, dtype=np.int64))
        keep = ~np.isnan(time)
        if use_mask:
            keep &= (quality & DEFAULT_BITMASK[mission(hdul[0].header)]) == 0
        for name in ("time", "flux", "flux_err", "quality", "cadenceno", "centroid_col", "centroid_row"):
            if name in cols:
                values = np.asarray(data[cols[name]], dtype=np.float64)
            elif name == "quality":
                values = np.zeros(n)
            else:
                values = np.full(n, np.nan)
            target = os.path.join(out_dir, "%s.%s.%s.f64" % (os.path.basename(path), variant, name))
            values[keep].astype("<f8").tofile(target)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        write(out_dir, path, "default", sap=False, use_mask=True)
        write(out_dir, path, "sap_none", sap=True, use_mask=False)


if __name__ == "__main__":
    main()
