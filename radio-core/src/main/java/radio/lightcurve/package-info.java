/**
 * Kepler, K2 and TESS light curves: reading the archive's FITS files ({@link radio.lightcurve.FitsLightCurveReader}),
 * the {@link radio.lightcurve.LightCurve} value and the operations a light-curve user expects (quality masks,
 * normalising, outlier removal, flattening, folding, binning, stitching).
 *
 * <p>This package imports nothing from the archive, transfer, catalog, plot or cli packages. Every type here is
 * immutable and safe to share between threads unless its documentation says otherwise.
 */
package radio.lightcurve;
