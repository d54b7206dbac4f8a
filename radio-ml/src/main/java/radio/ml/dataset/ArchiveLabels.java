package radio.ml.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.api.Radio;
import radio.archive.exoplanets.TapQuery;
import radio.archive.exoplanets.TapRow;
import radio.archive.exoplanets.TapRows;

/**
 * Labels from the NASA Exoplanet Archive ({@code --labels archive}):
 * <ul>
 *   <li>label 1: hosts of confirmed transiting planets ({@code pscomppars}, {@code tran_flag = 1}) with the
 *       planet's ephemeris (the first planet listed per host); stars are named by the archive's designation when
 *       the host name is one, else through {@code k2names} (EPIC), {@code keplernames} (KIC) or the TIC id;</li>
 *   <li>label 0: false positives, with their ephemerides: TOIs dispositioned {@code FP} or {@code FA}
 *       ({@code toi}), K2 candidates ({@code k2candidates}) and KOIs ({@code cumulative}) dispositioned
 *       {@code FALSE POSITIVE}. A table the archive does not serve is skipped with a warning.</li>
 * </ul>
 * A star listed as both keeps label 1.
 */
public final class ArchiveLabels {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveLabels.class);

    private ArchiveLabels() {
    }

    public static Labels fetch(Radio archive) throws IOException, InterruptedException {
        Map<String, String> k2 = designations(archive, "select epic_id, pl_name from k2names", "epic_id", "EPIC ");
        Map<String, String> kepler = designations(archive, "select kepid, pl_name from keplernames", "kepid", "KIC ");
        Map<String, Labels.Entry> entries = new LinkedHashMap<>();
        for (TapRow r : rows(archive, TapQuery.json("select pl_name, hostname, tic_id, pl_orbper, pl_tranmid, "
                + "pl_trandur from pscomppars where tran_flag = 1"))) {
            String planet = r.text("pl_name").orElse("");
            String host = r.text("hostname").orElse("");
            String star = TargetKey.normalise(host);
            if (!star.matches("(EPIC|KIC|TIC) \\d+")) {
                star = Optional.ofNullable(k2.get(planet)).or(() -> Optional.ofNullable(kepler.get(planet)))
                        .or(() -> r.text("tic_id").map(t -> TargetKey.normalise(t.startsWith("TIC") ? t : "TIC " + t)))
                        .orElse(null);
            }
            if (star != null) {
                entries.putIfAbsent(star, new Labels.Entry(star, 1, ephemeris(r.number("pl_orbper"),
                        r.number("pl_tranmid"), r.number("pl_trandur"))));
            }
        }
        falsePositives(archive, entries, "select tid, pl_orbper, pl_tranmid, pl_trandurh from toi where "
                + "tfopwg_disp = 'FP' or tfopwg_disp = 'FA'", "tid", "TIC ", "pl_trandurh");
        falsePositives(archive, entries, "select epic_hostname, pl_orbper, pl_tranmid, pl_trandur from k2candidates "
                + "where disposition = 'FALSE POSITIVE'", "epic_hostname", "", "pl_trandur");
        falsePositives(archive, entries, "select kepid, koi_period, koi_time0, koi_duration from cumulative where "
                + "koi_disposition = 'FALSE POSITIVE'", "kepid", "KIC ", "koi_duration");
        return new Labels(entries);
    }

    private static Map<String, String> designations(Radio archive, String adql, String column,
                                                    String prefix) throws IOException, InterruptedException {
        Map<String, String> out = new HashMap<>();
        for (TapRow r : rows(archive, TapQuery.json(adql))) {
            r.text(column).ifPresent(id -> out.put(r.text("pl_name").orElse(""), TargetKey.normalise(
                    id.matches("\\d+") ? prefix + id : id)));
        }
        return out;
    }

    private static void falsePositives(Radio archive, Map<String, Labels.Entry> entries, String adql,
                                       String idColumn, String prefix, String durationColumn)
            throws InterruptedException {
        List<TapRow> rows;
        try {
            rows = rows(archive, TapQuery.json(adql));
        } catch (IOException e) {
            LOG.warn("false positives: skipping ({}): {}", adql.substring(adql.indexOf(" from ") + 6), e.getMessage());
            return;
        }
        for (TapRow r : rows) {
            String id = r.text(idColumn).orElse("");
            if (id.isEmpty()) {
                continue;
            }
            String star = TargetKey.normalise(id.matches("\\d+") ? prefix + id : id);
            List<String> cols = r.columns();
            entries.putIfAbsent(star, new Labels.Entry(star, 0, ephemeris(r.number(cols.get(1)),
                    r.number(cols.get(2)), r.number(durationColumn))));
        }
    }

    /** An ephemeris when all three numbers are there and plausible (epochs below 2.4e6 are BJD − 2454833). */
    private static Optional<Ephemeris> ephemeris(OptionalDouble period, OptionalDouble epoch, OptionalDouble hours) {
        if (period.isEmpty() || epoch.isEmpty() || hours.isEmpty()) {
            return Optional.empty();
        }
        double t0 = epoch.getAsDouble() < 2_000_000 ? epoch.getAsDouble() + 2454833 : epoch.getAsDouble();
        try {
            return Optional.of(new Ephemeris(period.getAsDouble(), t0, hours.getAsDouble() / 24,
                    EphemerisSource.ARCHIVE));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every row of a query. */
    private static List<TapRow> rows(Radio archive, TapQuery query) throws IOException, InterruptedException {
        List<TapRow> out = new ArrayList<>();
        try (TapRows rows = archive.query(query)) {
            while (rows.next()) {
                out.add(rows.row());
            }
        }
        return out;
    }
}
