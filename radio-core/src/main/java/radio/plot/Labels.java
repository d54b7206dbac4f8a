package radio.plot;

import java.util.Locale;
import radio.lightcurve.PhaseUnit;
import radio.lightcurve.TimeSystem;

/** Axis labels with units, as a reader of the plot needs them. */
final class Labels {
    private Labels() {
    }

    /** {@code Time − 2457000 [BTJD days]}, {@code Time − 2454833 [BKJD days]}. */
    static String time(TimeSystem ts) {
        String name = ts.name();
        return name.startsWith("BJD") ? "Time − " + ts.referenceText() + " [BJD days, " + ts.scale() + "]"
                : "Time − " + ts.referenceText() + " [" + name + " days]";
    }

    /** {@code Normalized flux} for dimensionless flux, {@code Flux [e⁻/s]} for the pipeline unit. */
    static String flux(String unit) {
        if (unit.isEmpty()) {
            return "Normalized flux";
        }
        String pretty = unit.equals("e-/s") || unit.equals("electron/s") ? "e⁻/s" : unit;
        return "Flux [" + pretty + "]";
    }

    /** {@code Phase [days]} or {@code Phase}. */
    static String phase(PhaseUnit unit) {
        return unit == PhaseUnit.DAYS ? "Phase [days]" : "Phase";
    }

    /** A number for titles: up to 6 significant decimals, no trailing zeros. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
