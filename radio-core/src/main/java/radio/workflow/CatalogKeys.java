package radio.workflow;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import radio.search.Angle;
import radio.search.ParsedTarget;
import radio.search.Seasons;
import radio.search.Selection;

/**
 * The keys under which the catalog keeps a target's search answer, normalised so that the same question finds the
 * same answer however it is spelled.
 *
 * <ul>
 * <li>Target: what the search would look for. {@code EPIC 201912552}, {@code epic201912552} and
 *     {@code ktwo201912552} are all {@code ktwo201912552}; {@code KIC 8264588} is {@code kplr008264588};
 *     {@code TIC 25155310} is {@code TIC 25155310}; {@code K2-18}, {@code k2-18} and {@code K2-18 b} are
 *     {@code K2-18} (a planet is searched as its host); likewise {@code Kepler-N} and {@code TOI-N}; any other name
 *     is lower-cased with its spaces collapsed ({@code Pi  Mensae} → {@code pi mensae}).</li>
 * <li>Selection: every criterion that changes the answer, in a fixed order with fixed spellings:
 *     {@code mission=K2;exptime=1800;product=LLC;radius=default}. The mission is upper-cased (it matches ignoring
 *     case), the cadence written without a trailing {@code .0} (a range as {@code 0..9999}), product codes
 *     upper-cased and sorted, the radius in degrees ({@code 0s} and {@code 0deg} are both {@code radius=0deg});
 *     {@code any} stands for "no criterion", {@code radius=default} for a search by exact target names. Authors,
 *     cadence word, seasons, file name endings, minimum recommended products and proposal/observation/filter
 *     criteria follow when given ({@code ;author=EVEREST,K2SFF;campaigns=10;extension=lc.fits}).</li>
 * </ul>
 */
final class CatalogKeys {
    private CatalogKeys() {
    }

    /**
     * The catalog key of a target as the user gave it.
     *
     * @throws IllegalArgumentException when the target is blank
     */
    public static String target(String input) {
        ParsedTarget t = ParsedTarget.parse(input);
        return switch (t.kind()) {
            case MAST_TARGET -> t.value().startsWith("ktwo") || t.value().startsWith("kplr") ? t.value()
                    : "TIC " + t.value();
            case K2_HOST -> "K2-" + t.value();
            case KEPLER_HOST -> "Kepler-" + t.value();
            case TOI_HOST -> "TOI-" + t.value();
            case NAME -> t.input().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        };
    }

    /** The catalog key of a selection searched with (or, when empty, without) a radius. */
    public static String selection(Selection selection, Optional<Angle> radius) {
        String mission = selection.mission().map(m -> m.toUpperCase(Locale.ROOT)).orElse("any");
        String exptime = selection.exposure().map(e -> e.exact() ? number(e.centre())
                : number(e.min()) + ".." + number(e.max())).orElse("any");
        String products = selection.productCodes().isEmpty() ? "any"
                : String.join(",", new TreeSet<>(selection.productCodes()));
        String r = radius.map(a -> number(a.degrees()) + "deg").orElse("default");
        StringBuilder key = new StringBuilder("mission=" + mission + ";exptime=" + exptime + ";product=" + products
                + ";radius=" + r);
        // criteria added for every mission (issue 6) are appended only when given, so older keys stay valid
        append(key, "author", selection.authors().stream().map(a -> a.toUpperCase(Locale.ROOT)).toList());
        selection.cadence().ifPresent(c -> key.append(";cadence=").append(c));
        selection.seasons().ifPresent(s -> key.append(";").append(Seasons.noun(s.mission())).append("=")
                .append(String.join(",", s.numbers().stream().map(String::valueOf).toList())));
        append(key, "extension", selection.extensions());
        if (selection.mrpOnly()) {
            key.append(";mrp=only");
        }
        append(key, "proposal_id", selection.criteria().proposalIds());
        append(key, "obs_id", selection.criteria().obsIds().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList());
        append(key, "filters", selection.criteria().filters().stream().map(f -> f.toUpperCase(Locale.ROOT)).toList());
        return key.toString();
    }

    private static void append(StringBuilder key, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            key.append(';').append(name).append('=').append(String.join(",", new TreeSet<>(values)));
        }
    }

    private static String number(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
