"""Reads radio's exported FITS and CSV light curves with astropy; prints what it read as JSON (an oracle for tests)."""
import json
import sys

from astropy.io import ascii as astropy_ascii
from astropy.io import fits
from astropy.table import Table


def main():
    fits_path, csv_path = sys.argv[1], sys.argv[2]
    t = Table.read(fits_path, hdu="LIGHTCURVE")
    header = fits.getheader(fits_path, "LIGHTCURVE")
    primary = fits.getheader(fits_path, 0)
    c = astropy_ascii.read(csv_path, format="csv", comment="#")
    print(json.dumps({
        "fits_rows": len(t),
        "fits_columns": list(t.colnames),
        "fits_time_sum": float(sum(t["TIME"])),
        "fits_flux_first": float(t["FLUX"][0]),
        "fits_quality_sum": int(sum(t["QUALITY"])),
        "bjdrefi": int(header["BJDREFI"]),
        "timesys": header["TIMESYS"],
        "object": primary["OBJECT"],
        "origin": primary["ORIGIN"],
        "csv_rows": len(c),
        "csv_columns": list(c.colnames),
        "csv_time_sum": float(sum(c["time"])),
    }))


if __name__ == "__main__":
    main()
