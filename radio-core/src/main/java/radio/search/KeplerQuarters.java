package radio.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.archive.mast.DataProduct;

/**
 * The Kepler quarter of a product. MAST leaves Kepler's {@code sequence_number} at -999, so the quarter comes from
 * the product {@code description} ({@code Lightcurve Long Cadence (CLC) - Q4}, {@code … - Q2M1} for a short-cadence
 * month) or else from the 13-digit time stamp in the file name ({@code kplr006507433-2010078095331_llc.fits}),
 * using the long-cadence stamps of mast-api.md section 5.2 (Q4 also {@code 2010009091648}, the early end of CCD
 * module 3). A stamp that is not in the table (short-cadence months) belongs to the first quarter whose
 * long-cadence stamp it does not pass by more than a day: each quarter's files are written when its data end.
 */
final class KeplerQuarters {
    /** Long-cadence file stamps of Q0..Q17 (exoplanet-ml's table, credited to STScI's get_kepler.py). */
    static final List<String> LONG_CADENCE_STAMPS = List.of("2009131105131", "2009166043257", "2009259160929",
            "2009350155506", "2010078095331", "2010174085026", "2010265121752", "2010355172524", "2011073133259",
            "2011177032512", "2011271113734", "2012004120508", "2012088054726", "2012179063303", "2012277125453",
            "2013011073258", "2013098041711", "2013131215648");
    /** The Q4 stamp of targets on CCD module 3, which failed during Q4. */
    static final String Q4_MODULE_3_STAMP = "2010009091648";

    private static final Pattern DESCRIPTION = Pattern.compile("-\\s*Q(\\d{1,2})(?:M\\d)?\\s*$");
    private static final Pattern STAMP = Pattern.compile("kplr\\d{9}-(\\d{13})_");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuDDDHHmmss");
    private static final long DAY = 86_400;
    private static final long[] LONG_CADENCE_SECONDS = LONG_CADENCE_STAMPS.stream()
            .mapToLong(s -> seconds(s).orElseThrow()).toArray();

    private KeplerQuarters() {
    }

    /** The quarter of a Kepler product, or empty when neither its description nor its file name tells. */
    static OptionalInt of(DataProduct p) {
        if (p.description().isPresent()) {
            Matcher m = DESCRIPTION.matcher(p.description().get());
            if (m.find()) {
                int q = Integer.parseInt(m.group(1));
                if (q <= 17) {
                    return OptionalInt.of(q);
                }
            }
        }
        Matcher m = STAMP.matcher(p.productFilename());
        return m.lookingAt() ? ofStamp(m.group(1)) : OptionalInt.empty();
    }

    /** The year in a Kepler product's file stamp ({@code kplr011442793-2010009091648_llc.fits}: 2010). */
    static OptionalInt year(DataProduct p) {
        Matcher m = STAMP.matcher(p.productFilename());
        return m.lookingAt() ? OptionalInt.of(Integer.parseInt(m.group(1).substring(0, 4))) : OptionalInt.empty();
    }

    /** The quarter of a 13-digit {@code yyyydddhhmmss} file stamp. */
    static OptionalInt ofStamp(String stamp) {
        int exact = LONG_CADENCE_STAMPS.indexOf(stamp);
        if (exact >= 0) {
            return OptionalInt.of(exact);
        }
        if (stamp.equals(Q4_MODULE_3_STAMP)) {
            return OptionalInt.of(4);
        }
        java.util.OptionalLong t = seconds(stamp);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int q = 0; q < LONG_CADENCE_SECONDS.length; q++) {
            if (t.getAsLong() <= LONG_CADENCE_SECONDS[q] + DAY) {
                return OptionalInt.of(q);
            }
        }
        return OptionalInt.empty();
    }

    private static java.util.OptionalLong seconds(String stamp) {
        try {
            return java.util.OptionalLong.of(LocalDateTime.parse(stamp, FORMAT).toEpochSecond(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
