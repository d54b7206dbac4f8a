package radio.sim.catalogue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A TESS sector of the simulation: span, SPOC file time stamp and spacecraft-configuration id, and a simplified
 * camera/CCD tiling used for full-frame-image groups and for placing generated stars.
 *
 * <p>Sectors 1 and 2 use the spans of the recorded fixture files; stamps and configuration ids of sectors 1, 2,
 * 15, 16 and 35 are the real ones (file names in the references). Everything else is synthetic: later sectors
 * start every 27.4 days, stamps half a day before the start, configuration ids {@code 120 + 2.5 (n - 1)}.
 *
 * <p>Tiling: sectors 1-13, 27-39, 53-65 look south, the others north; sector {@code n} points at RA
 * {@code 30 + 27.69 ((n - 1) mod 13)}. Cameras 1-3 cover |Dec| 6-30, 30-54, 54-78 in 2x2 CCDs of 12x12 degrees;
 * camera 4 covers the polar cap (|Dec| 78-90) in four RA quadrants, so polar stars are seen every sector of their
 * hemisphere.
 *
 * @param number    sector number (1-69)
 * @param btjdStart first 2-minute cadence, BTJD
 * @param btjdEnd   last 2-minute cadence, BTJD
 * @param stamp     13-digit SPOC file time stamp
 * @param scid      4-digit spacecraft configuration id of the file names
 */
public record TessSector(int number, double btjdStart, double btjdEnd, String stamp, int scid) {
    /** The last simulated sector. */
    public static final int LAST = 69;
    /** MJD = BTJD + this. */
    public static final double MJD_OFFSET = 56999.5;

    private static final Map<Integer, String> STAMPS = Map.of(1, "2018206045859", 2, "2018234235059",
            15, "2019226182529", 16, "2019253231442", 35, "2021039152502");
    private static final Map<Integer, Integer> SCIDS = Map.of(1, 120, 2, 121, 15, 151, 16, 152, 35, 205);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyDDDHHmmss");
    private static final List<TessSector> ALL = new ArrayList<>();
    private static final List<List<Footprint.Box>> CCDS = new ArrayList<>();

    static {
        for (int n = 1; n <= LAST; n++) {
            TessSector s = make(n);
            ALL.add(s);
            CCDS.add(List.copyOf(s.tiling()));
        }
    }

    /** The sector with this number. */
    public static TessSector of(int n) {
        if (n < 1 || n > LAST) {
            throw new IllegalArgumentException("no simulated TESS sector " + n);
        }
        return ALL.get(n - 1);
    }

    private static TessSector make(int n) {
        double start;
        double end;
        if (n == 1) {
            start = 1325.2953;
            end = 1353.1773;
        } else {
            start = 1354.1074 + (n - 2) * 27.4;
            end = n == 2 ? 1381.5182 : start + 27.2;
        }
        String stamp = STAMPS.getOrDefault(n, stamp(start - 0.5));
        int scid = SCIDS.getOrDefault(n, 120 + (int) Math.round((n - 1) * 2.5));
        return new TessSector(n, start, end, stamp, scid);
    }

    /** {@code s0001}. */
    public String code() {
        return "s" + Text.pad(number, 4);
    }

    /** Exposure of one full-frame image, seconds (30 min, then 10 min from sector 27, 200 s from sector 56). */
    public double ffiExposure() {
        return number <= 26 ? 1425.599428 : number <= 55 ? 475.199806 : 158.399927;
    }

    /** Cadence of the FFI-based high-level light curves, seconds. */
    public int ffiCadence() {
        return number <= 26 ? 1800 : number <= 55 ? 600 : 200;
    }

    boolean south() {
        return ((number - 1) / 13) % 2 == 0;
    }

    /** The 16 CCD footprints, index {@code 4 * (camera - 1) + (ccd - 1)}. */
    List<Footprint.Box> ccds() {
        return CCDS.get(number - 1);
    }

    private List<Footprint.Box> tiling() {
        double ra0 = 30 + 27.69 * ((number - 1) % 13);
        double sign = south() ? -1 : 1;
        List<Footprint.Box> out = new ArrayList<>();
        for (int camera = 1; camera <= 4; camera++) {
            for (int ccd = 1; ccd <= 4; ccd++) {
                if (camera == 4) {
                    double lo = sign < 0 ? -90 : 78;
                    out.add(new Footprint.Box(((ccd - 1) * 90 + 45 + ra0) % 360, sign * 84, 45, lo, lo + 12));
                } else {
                    double inner = 6 + 24 * (camera - 1);
                    double decLow = inner + ((ccd - 1) / 2) * 12;
                    double decCentre = sign * (decLow + 6);
                    double half = Math.min(179.9, 6 / Math.cos(Math.toRadians(Math.abs(decCentre))));
                    double ra = (((ccd - 1) % 2 == 0 ? ra0 - half : ra0 + half) % 360 + 360) % 360;
                    double min = sign < 0 ? -(decLow + 12) : decLow;
                    out.add(new Footprint.Box(ra, decCentre, half, min, min + 12));
                }
            }
        }
        return out;
    }

    /** The {@code 10 * camera + ccd} whose footprint contains the position, or 0. */
    int detectorOf(double ra, double dec) {
        List<Footprint.Box> boxes = ccds();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(ra, dec)) {
                return 10 * (i / 4 + 1) + (i % 4 + 1);
            }
        }
        return 0;
    }

    static String stamp(double btjd) {
        LocalDateTime t = LocalDateTime.of(1858, 11, 17, 0, 0).plusSeconds(Math.round((btjd + MJD_OFFSET) * 86400));
        return t.format(STAMP);
    }
}
