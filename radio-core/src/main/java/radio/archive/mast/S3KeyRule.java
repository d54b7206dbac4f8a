package radio.archive.mast;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed layouts of the public bucket for mission-pipeline products (mast-api.md section 7.4): the S3 key of a
 * product can be built from its data URI alone, without a {@code path_lookup} round trip.
 *
 * <ul>
 * <li>{@link #K2}: {@code mast:K2/url/missions/k2/<rest>} → {@code k2/public/<rest>};</li>
 * <li>{@link #KEPLER}: {@code mast:KEPLER/url/missions/kepler/<rest>} → {@code kepler/public/<rest>} (astroquery
 *     built Kepler keys exactly so in 2019–2020);</li>
 * <li>{@link #TESS_SPOC}: {@code mast:TESS/product/<file>} for a single-sector SPOC file
 *     {@code tess<stamp>-s<SSSS>-<TIC16>-<scid>-<s|a_fast>…} → {@code tess/public/tid/s<SSSS>/<T[0:4]>/<T[4:8]>/
 *     <T[8:12]>/<T[12:16]>/<file>}.</li>
 * </ul>
 * The collection token is compared ignoring case ({@code Kepler} and {@code KEPLER} both occur). {@code path_lookup}
 * stays the authority: callers confirm a rule against it (see {@code radio.search.KeyRules}). Other products
 * (HLSPs, HST, JWST, TESS DV and FFI files) have no rule here.
 */
public enum S3KeyRule {
    /** K2 pipeline products, keyed {@code k2/public/…}. */
    K2("K2"),
    /** Kepler pipeline products, keyed {@code kepler/public/…}. */
    KEPLER("Kepler"),
    /** TESS SPOC single-sector products (light curves, target pixel files, 20-s files), keyed {@code tess/public/tid/…}. */
    TESS_SPOC("TESS");

    private static final String K2_PREFIX = "mast:k2/url/missions/k2/";
    private static final String KEPLER_PREFIX = "mast:kepler/url/missions/kepler/";
    private static final String TESS_PREFIX = "mast:tess/product/";
    /** {@code tess2018206045859-s0001-0000000025155310-0120-s_lc.fits}, {@code …-0120-a_fast-lc.fits}. */
    private static final Pattern SPOC_FILE =
            Pattern.compile("tess\\d{13}-s(\\d{4})-(\\d{16})-\\d{4}-(?:s|a_fast)[-_][a-z0-9_.-]+");

    private final String mission;

    S3KeyRule(String mission) {
        this.mission = mission;
    }

    /** The mission's name as MAST spells it in {@code project}: {@code K2}, {@code Kepler}, {@code TESS}. */
    public String mission() {
        return mission;
    }

    /** The rule that gives this URI's key, if one does. */
    public static Optional<S3KeyRule> forUri(String dataUri) {
        String lower = dataUri.toLowerCase(Locale.ROOT);
        if (lower.startsWith(K2_PREFIX) && lower.length() > K2_PREFIX.length()) {
            return Optional.of(K2);
        }
        if (lower.startsWith(KEPLER_PREFIX) && lower.length() > KEPLER_PREFIX.length()) {
            return Optional.of(KEPLER);
        }
        if (lower.startsWith(TESS_PREFIX) && SPOC_FILE.matcher(dataUri.substring(TESS_PREFIX.length())).matches()) {
            return Optional.of(TESS_SPOC);
        }
        return Optional.empty();
    }

    /** The key of a URI under this rule, or empty when the URI does not follow it. */
    public Optional<String> key(String dataUri) {
        if (forUri(dataUri).orElse(null) != this) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case K2 -> "k2/public/" + dataUri.substring(K2_PREFIX.length());
            case KEPLER -> "kepler/public/" + dataUri.substring(KEPLER_PREFIX.length());
            case TESS_SPOC -> tessKey(dataUri.substring(TESS_PREFIX.length()));
        });
    }

    /** The key of a URI by whichever rule applies, if any. */
    public static Optional<String> keyFor(String dataUri) {
        return forUri(dataUri).flatMap(r -> r.key(dataUri));
    }

    private static String tessKey(String file) {
        Matcher m = SPOC_FILE.matcher(file);
        if (!m.matches()) {
            throw new IllegalStateException("not a SPOC file name: " + file);
        }
        String tic = m.group(2);
        return "tess/public/tid/s" + m.group(1) + "/" + tic.substring(0, 4) + "/" + tic.substring(4, 8) + "/"
                + tic.substring(8, 12) + "/" + tic.substring(12, 16) + "/" + file;
    }
}
