/**
 * radio as a library: the surface a program, a notebook, the command line, the ML module and the Spark job use.
 *
 * <p><b>Entry point.</b> {@link radio.api.Radio}, built once by {@link radio.api.Radio.Builder} from a
 * {@link radio.config.RadioConfig}: the one place radio is wired. What a user may plug in: the HTTP transport
 * ({@link radio.archive.Transport}, e.g. a JDK {@code HttpClient::send} wrapped to record or throttle), the catalog
 * ({@link radio.catalog.Catalog}: SQLite by default, or {@code Catalog.inMemory()}), a
 * {@link radio.api.DownloadListener} for every file's start, progress, completion or failure, and the concurrency
 * limits (files and MAST connections at once).
 *
 * <p><b>What goes in.</b> Target names and a {@link radio.search.Selection} (mission, cadence, seasons, product
 * codes), as a {@link radio.api.Search}; a {@link radio.api.DownloadRequest} (folder, sources, offline); a
 * {@link radio.api.HuntRequest} (a search, folders, {@link radio.vetting.PlanetSearchOptions}) for a planet hunt.
 *
 * <p><b>What comes out.</b> radio's own records, never MAST's rows: {@link radio.api.SearchResults} of
 * {@link radio.api.TargetResult}s (found, no products, unresolved, failed, with the reason) holding
 * {@link radio.api.Product}s; {@link radio.api.Downloads} of {@link radio.api.DownloadedFile}s and
 * {@link radio.api.FileFailure}s; a {@link radio.api.DownloadJob} to follow or {@code cancel()} a download (only
 * complete files and resumable parts remain); a {@link radio.api.HuntReport} of {@link radio.api.TargetHunt}s, each
 * with its vetted {@link radio.vetting.Candidate}s and vetting sheets. Failures of single targets or files are values in these results;
 * exceptions mean nothing could be attempted (a bad configuration, an unreachable catalog).
 *
 * <p><b>Alongside.</b> Light curves ({@code radio.lightcurve}: read, clean, stitch, fold), periodograms and transit
 * searches ({@code radio.periodogram}, {@code radio.periodsearch}), planet searches with vetting
 * ({@code radio.vetting}) and plots ({@code radio.plot}) need no archive and are used directly.
 * Everything else is radio's machinery: public for the modules that assemble it, not a promise to users.
 */
package radio.api;
