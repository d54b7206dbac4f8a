"""Times astropy.io.fits reading the same light-curve columns radio reads, N passes in one session.

Usage: read_fixtures_astropy.py FITS_DIR N [WARMUP]

Each read mirrors radio's default read (and lightkurve's): open the file, find the light-curve table
(LIGHTCURVE, BESTAPER or PDC), copy TIME, flux, flux error, quality, cadence number and the centroids
into numpy arrays, look up the identity keywords, drop rows with NaN time and rows hit by the default
quality bitmask. Run through bench/read_fixtures.sh.
"""
import glob
import os
import statistics
import sys
import time

import numpy as np
from astropy.io import fits

DEFAULT_BITMASK = {"Kepler": 1130799, "K2": 1130799, "TESS": 175}


def mission(h):
    if h.get("TELESCOP", "").strip() == "TESS" or "TICID" in h or "SECTOR" in h:
        return "TESS"
    if h.get("MISSION", "").strip() == "K2" or "CAMPAIGN" in h:
        return "K2"
    return "Kepler"


def read(path):
    with fits.open(path) as hdul:
        primary = hdul[0].header
        names = [h.name for h in hdul]
        if "LIGHTCURVE" in names:
            hdu = hdul["LIGHTCURVE"]
            q = "QUALITY" if "QUALITY" in hdu.columns.names else "SAP_QUALITY"
            cols = ["TIME", "PDCSAP_FLUX", "PDCSAP_FLUX_ERR", q, "CADENCENO", "MOM_CENTR1", "MOM_CENTR2"]
        elif "BESTAPER" in names:
            hdu = hdul["BESTAPER"]
            cols = ["T", "FCOR", "CADENCENO"]
            q = None
        else:
            hdu = hdul["PDC"]
            q = "quality"
            cols = ["time", "flux", "error", "quality", "cadence"]
        data = hdu.data
        arrays = {c: np.array(data[c]) for c in cols}
        meta = (primary.get("OBJECT"), primary.get("KEPLERID", primary.get("TICID")), primary.get("RA_OBJ"),
                primary.get("DEC_OBJ"), hdu.header.get("BJDREFI"), hdu.header.get("BJDREFF"),
                hdu.header.get("TIMEDEL"))
        t = arrays[cols[0]]
        keep = ~np.isnan(t)
        if q is not None:
            keep &= (arrays[q] & DEFAULT_BITMASK[mission(primary)]) == 0
        kept = {c: a[keep] for c, a in arrays.items()}
        return len(kept[cols[0]]) + 0 * len(meta)


def one_pass(files):
    return sum(read(f) for f in files)


def main():
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.fits")))
    passes = int(sys.argv[2])
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    start = time.perf_counter()
    rows = one_pass(files)
    first_ms = (time.perf_counter() - start) * 1000
    for _ in range(warmup - 1):
        rows += one_pass(files)
    ms = []
    for _ in range(passes):
        start = time.perf_counter()
        rows += one_pass(files)
        ms.append((time.perf_counter() - start) * 1000)
    print("astropy: %d files, %d passes: median %.2f ms/pass, mean %.2f ms/pass, best %.2f ms; "
          "first pass in a fresh session %.1f ms (rows read %d)"
          % (len(files), passes, statistics.median(ms), statistics.mean(ms), min(ms), first_ms, rows))


if __name__ == "__main__":
    main()
