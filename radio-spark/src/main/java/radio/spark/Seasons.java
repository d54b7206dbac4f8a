package radio.spark;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.ObservingPeriod;

/**
 * Where a light curve goes in the output tables: its mission ({@code kepler}, {@code k2}, {@code tess}) and
 * season ({@code q03} Kepler quarter, {@code c05} K2 campaign, {@code s0001} TESS sector), from the file's header
 * when it was read, else from the key (for objects that could not be read); {@code unknown} when neither tells.
 */
record Seasons(String mission, String season) {
    static final String UNKNOWN = "unknown";
    private static final Pattern TESS_SECTOR = Pattern.compile("-s(\\d{1,4})[-_]");
    private static final Pattern K2_CAMPAIGN = Pattern.compile("-c(\\d{1,3})_");
    /** K2's split campaigns (9, 10, 11) have files for each half: c91/c92, c101/c102, c111/c112. */
    private static final int LAST_CAMPAIGN = 19;

    /** From a light curve's header, with the key as a fallback for what the header lacks. */
    static Seasons of(LightCurveMeta meta, String key) {
        Seasons byKey = ofKey(key);
        String mission = meta.mission().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(byKey.mission());
        String season = meta.periods().isEmpty() ? byKey.season() : format(meta.periods().get(0));
        return new Seasons(mission, season);
    }

    /** From the key alone: the bucket's layout and the pipelines' file names. */
    static Seasons ofKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.startsWith("tess/") || name.startsWith("tess") || name.contains("_tess_")) {
            Matcher m = TESS_SECTOR.matcher(name);
            return new Seasons("tess", m.find() ? String.format(Locale.ROOT, "s%04d", Integer.parseInt(m.group(1)))
                    : UNKNOWN);
        }
        if (lower.startsWith("k2/") || name.startsWith("ktwo") || name.contains("_k2_")) {
            Matcher m = K2_CAMPAIGN.matcher(name);
            if (!m.find()) {
                return new Seasons("k2", UNKNOWN);
            }
            int c = Integer.parseInt(m.group(1));
            return new Seasons("k2", String.format(Locale.ROOT, "c%02d", c > LAST_CAMPAIGN ? c / 10 : c));
        }
        if (lower.startsWith("kepler/") || name.startsWith("kplr")) {
            return new Seasons("kepler", UNKNOWN); // the quarter is in the header, not the name
        }
        return new Seasons(UNKNOWN, UNKNOWN);
    }

    private static String format(ObservingPeriod p) {
        return switch (p.kind()) {
            case QUARTER -> String.format(Locale.ROOT, "q%02d", p.number());
            case CAMPAIGN -> String.format(Locale.ROOT, "c%02d", p.number());
            case SECTOR -> String.format(Locale.ROOT, "s%04d", p.number());
        };
    }
}
