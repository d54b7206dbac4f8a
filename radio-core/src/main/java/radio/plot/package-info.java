/**
 * PNG plots of light curves, folded light curves and periodograms, drawn headless with XChart (the only package
 * that uses it). {@link radio.plot.PlotStyle} gives every plot the same look and {@link radio.plot.PngFiles}
 * writes them; plot classes read domain records and never the other way round.
 */
package radio.plot;
