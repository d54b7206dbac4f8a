package radio.search;

import java.util.List;
import java.util.Locale;

/**
 * The product codes ({@code productSubGroupDescription}) radio knows. MAST's codes are open-ended (each mission
 * and HLSP has its own), so an unknown code is searched for as given; this list only lets a typo be pointed out.
 */
public final class ProductCodes {
    /** Kepler/K2, TESS, HST and JWST codes, in that order. */
    public static final List<String> KNOWN = List.of("LLC", "SLC", "LPD-TARG", "SPD-TARG", "FFI",
            "LC", "TP", "FAST-LC", "FAST-TP", "DVT", "DVR", "DVM", "DVS",
            "FLT", "FLC", "DRZ", "DRC", "RAW", "SPT", "ASN", "CRJ", "X1D", "SX1",
            "UNCAL", "RATE", "RATEINTS", "CAL", "CALINTS", "I2D", "S2D", "X1DINTS");

    private ProductCodes() {
    }

    /** Whether MAST uses this code for one of the missions radio knows, ignoring case. */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code.strip().toUpperCase(Locale.ROOT));
    }
}
