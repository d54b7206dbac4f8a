package radio.workflow;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import radio.search.Angle;
import radio.search.ParsedTarget;
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
 *     case), the cadence written without a trailing {@code .0}, product codes upper-cased and sorted, the radius in
 *     degrees ({@code 0s} and {@code 0deg} are both {@code radius=0deg}); {@code any} stands for "no criterion",
 *     {@code radius=default} for a search by exact target names.</li>
 * </ul>
 */
public final class CatalogKeys {
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
        String exptime = selection.exptimeSeconds().isPresent() ? number(selection.exptimeSeconds().getAsDouble())
                : "any";
        String products = selection.productCodes().isEmpty() ? "any"
                : String.join(",", new TreeSet<>(selection.productCodes()));
        String r = radius.map(a -> number(a.degrees()) + "deg").orElse("default");
        return "mission=" + mission + ";exptime=" + exptime + ";product=" + products + ";radius=" + r;
    }

    private static String number(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
