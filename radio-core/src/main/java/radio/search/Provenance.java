package radio.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/**
 * Where a product comes from, as lightkurve's search table shows it: the mission's season, who made it, and the
 * year it was observed.
 *
 * @param season the mission and its season: {@code K2 Campaign 3}, {@code TESS Sector 1}, {@code Kepler Quarter 4}
 *               (Kepler quarters from the file, since MAST records none); empty when not known
 * @param author the pipeline or team ({@code provenance_name}: {@code K2}, {@code SPOC}, {@code K2SFF},
 *               {@code QLP}, ...), else the collection
 * @param year   the calendar year the observation started ({@code t_min}); for Kepler, whose one observation
 *               spans every quarter, the year in the file's time stamp
 */
public record Provenance(Optional<String> season, Optional<String> author, OptionalInt year) {
    /** MJD 0. */
    private static final LocalDate MJD_EPOCH = LocalDate.of(1858, 11, 17);

    public Provenance {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(year, "year");
    }

    /** The provenance of a product of an observation. */
    public static Provenance of(Observation o, DataProduct p) {
        String mission = o.project().filter(x -> !x.isBlank()).orElse(o.obsCollection());
        Optional<String> season = switch (Mission.parse(mission).orElse(Mission.HST)) {
            case K2 -> o.sequenceNumber().stream().mapToObj(n -> "K2 Campaign " + n).findFirst();
            case TESS -> o.sequenceNumber().stream().mapToObj(n -> "TESS Sector " + n).findFirst();
            case KEPLER -> KeplerQuarters.of(p).stream().mapToObj(q -> "Kepler Quarter " + q).findFirst();
            default -> Optional.empty();
        };
        Optional<String> author = o.provenanceName().filter(a -> !a.isBlank()).or(() -> Optional.of(o.obsCollection()));
        // one Kepler observation spans every quarter: its files' stamps say when each quarter's data were taken
        OptionalInt stamped = mission.equalsIgnoreCase("Kepler") ? KeplerQuarters.year(p) : OptionalInt.empty();
        OptionalInt year = stamped.isPresent() ? stamped
                : o.tMin().isPresent() && Double.isFinite(o.tMin().getAsDouble())
                ? OptionalInt.of(MJD_EPOCH.plusDays((long) Math.floor(o.tMin().getAsDouble())).getYear())
                : OptionalInt.empty();
        return new Provenance(season, author, year);
    }
}
