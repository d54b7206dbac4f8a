/**
 * Period searches of light curves as a service: a BLS transit search ({@link radio.periodsearch.TransitSearch}) and
 * a Lomb–Scargle search for periodic variability ({@link radio.periodsearch.LombScargleSearch}), each taking files or
 * {@link radio.lightcurve.LightCurve}s and validated options, and returning a result record: what was searched, the
 * grid used, the best peak, statistics, warnings and, when asked, the whole periodogram. This is what
 * {@code radio periodogram} and {@code radio demo} run, and what other modules call.
 *
 * <p>Why a package of its own: {@link radio.periodogram} holds the algorithms, on plain arrays and with no notion of
 * files; this package holds the workflow around them (read, normalise or stitch, flatten, choose the grid, refine,
 * vet) and the lightkurve defaults it applies. It depends on {@link radio.lightcurve} and {@link radio.periodogram}
 * only.
 *
 * <p>Failures are {@link radio.periodsearch.PeriodSearchException}s, one subtype per family, carrying the files of the
 * search; invalid options are {@link java.lang.IllegalArgumentException}s from the option records' constructors.
 * Every type is immutable and thread-safe. Nothing here prints or logs.
 */
package radio.periodsearch;
