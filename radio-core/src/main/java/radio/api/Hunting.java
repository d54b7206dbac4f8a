package radio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import radio.lightcurve.LightCurve;
import radio.periodsearch.PeriodSearchException;
import radio.periodsearch.TransitSearch;
import radio.plot.VettingSheet;
import radio.vetting.PlanetSearch;
import radio.vetting.PlanetSearchOptions;
import radio.vetting.PlanetSearchResult;

/**
 * The part of {@link Radio#hunt} after the download: one target's files read, stitched, searched by a
 * {@link PlanetSearch}, and each candidate's vetting sheet written.
 */
final class Hunting {
    private Hunting() {
    }

    /** The options a hunt searches with: with sheets, each search keeps its periodogram for them. */
    static PlanetSearchOptions options(HuntRequest request) {
        PlanetSearchOptions o = request.options();
        return request.sheets().isPresent() ? o.withSearch(o.search().withSpectrum(true)) : o;
    }

    /** Searches what the download brought for one target (or says why it was not searched). */
    static TargetHunt target(TargetResult found, Downloads downloads, HuntRequest request,
                             PlanetSearchOptions options) {
        Optional<String> who = Optional.of(found.target());
        List<Path> files = downloads.files().stream().filter(f -> f.target().equals(who)).map(DownloadedFile::path)
                .distinct().sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        List<String> notes = downloads.failed().stream().filter(f -> f.target().equals(who))
                .map(FileFailure::message).toList();
        if (found.status() != TargetResult.Status.FOUND) {
            return TargetHunt.notSearched(found.index(), found.target(), found.failed() ? TargetHunt.Status.FAILED
                    : TargetHunt.Status.NO_LIGHT_CURVES, files, found.reason().orElse("no light curve matches the "
                    + "selection"), notes);
        }
        if (files.isEmpty()) {
            return TargetHunt.notSearched(found.index(), found.target(), TargetHunt.Status.FAILED, files,
                    "none of its " + found.products().size() + " light curves could be downloaded", notes);
        }
        PlanetSearchResult r;
        try {
            List<LightCurve> parts = TransitSearch.read(files, options.search().withStitch(true));
            r = PlanetSearch.run(parts, options);
        } catch (PeriodSearchException | IllegalArgumentException e) {
            return TargetHunt.notSearched(found.index(), found.target(), TargetHunt.Status.FAILED, files,
                    e.getMessage(), notes); // an unreadable file's message names it
        }
        List<Path> sheets = new ArrayList<>();
        if (request.sheets().isPresent()) {
            for (int i = 0; i < r.candidates().size(); i++) {
                Path png = HuntRequest.sheetFile(request.sheets().get(), found.target(), i + 1);
                try {
                    VettingSheet.of(r, i).writePng(png);
                } catch (IOException e) {
                    return new TargetHunt(found.index(), found.target(), TargetHunt.Status.FAILED, files,
                            Optional.of(r.lightCurve()), r.candidates(), Optional.of(r.stop()), List.of(),
                            Optional.of(png + ": cannot write the vetting sheet: " + e.getMessage()), notes);
                }
                sheets.add(png);
            }
        }
        return new TargetHunt(found.index(), found.target(), TargetHunt.Status.SEARCHED, files,
                Optional.of(r.lightCurve()), r.candidates(), Optional.of(r.stop()), sheets, Optional.empty(), notes);
    }
}
