package radio.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import radio.periodsearch.SearchedLightCurve;
import radio.vetting.Candidate;
import radio.vetting.PlanetSearchResult;

/**
 * What the hunt found for one target.
 *
 * @param index      0-based position of the target in the request
 * @param target     the target as given
 * @param status     searched, or why not
 * @param files      its light-curve files that were searched (or would have been), in time order
 * @param searched   what was searched (title, points, flattening), when it was
 * @param candidates the candidates, strongest first; empty when none reached the minimum SNR
 * @param stop       why the search stopped, when it ran
 * @param sheets     the vetting sheet of each candidate, in the same order (empty when sheets were not asked for)
 * @param reason     why the target was not searched, or what failed; empty when it was searched
 * @param notes      what else the user should know: files that failed to download or could not be read, files
 *                   of another star or time system left out
 */
public record TargetHunt(int index, String target, Status status, List<Path> files,
                         Optional<SearchedLightCurve> searched, List<Candidate> candidates,
                         Optional<PlanetSearchResult.Stop> stop, List<Path> sheets, Optional<String> reason,
                         List<String> notes) {
    /** What became of a target. */
    public enum Status {
        /** Its light curves were searched (finding nothing is a result too). */
        SEARCHED,
        /** It has no light curve to search: nothing matched, the name is unknown, or every download failed. */
        NO_LIGHT_CURVES,
        /** Its light curves could not be read or searched. */
        FAILED;

        /** {@code searched}, {@code no-light-curves}, {@code failed}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public TargetHunt {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        files = List.copyOf(files);
        Objects.requireNonNull(searched, "searched");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(stop, "stop");
        sheets = List.copyOf(sheets);
        Objects.requireNonNull(reason, "reason");
        notes = List.copyOf(notes);
        if (!sheets.isEmpty() && sheets.size() != candidates.size()) {
            throw new IllegalArgumentException("one sheet per candidate, or none");
        }
    }

    /** A target that was not searched, and why. */
    static TargetHunt notSearched(int index, String target, Status status, List<Path> files, String reason,
                                  List<String> notes) {
        return new TargetHunt(index, target, status, files, Optional.empty(), List.of(), Optional.empty(),
                List.of(), Optional.of(reason), notes);
    }
}
