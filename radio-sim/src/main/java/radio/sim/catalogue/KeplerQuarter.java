package radio.sim.catalogue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A Kepler quarter: its span and the 13-digit time stamp of its long-cadence files (mast-api.md section 5.2, the
 * table credited to STScI's {@code get_kepler.py}). Spans are approximate MJDs consistent with those stamps
 * (the stamp falls near the end of the quarter's data).
 *
 * @param number     0-17
 * @param mjdStart   first long cadence, MJD
 * @param mjdEnd     last long cadence, MJD
 * @param stamp      long-cadence file time stamp {@code yyyydddhhmmss}
 */
public record KeplerQuarter(int number, double mjdStart, double mjdEnd, String stamp) {

    /**
     * Long-cadence stamp of Q4 for targets on CCD module 3, which failed in January 2010 (their Q4 file ends
     * early; the recorded Kepler-90 file has it).
     */
    public static final String Q4_MODULE_3_STAMP = "2010009091648";
    /** End of Q4 data for targets on module 3, MJD. */
    public static final double Q4_MODULE_3_END = 55205.38;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyDDDHHmmss");

    private static final List<KeplerQuarter> ALL = List.of(
            new KeplerQuarter(0, 54953.03, 54962.74, "2009131105131"),
            new KeplerQuarter(1, 54964.01, 54997.48, "2009166043257"),
            new KeplerQuarter(2, 55002.02, 55090.96, "2009259160929"),
            new KeplerQuarter(3, 55092.72, 55181.99, "2009350155506"),
            new KeplerQuarter(4, 55184.88, 55274.70, "2010078095331"),
            new KeplerQuarter(5, 55275.99, 55370.66, "2010174085026"),
            new KeplerQuarter(6, 55371.95, 55461.79, "2010265121752"),
            new KeplerQuarter(7, 55462.67, 55552.05, "2010355172524"),
            new KeplerQuarter(8, 55567.86, 55634.84, "2011073133259"),
            new KeplerQuarter(9, 55641.02, 55738.42, "2011177032512"),
            new KeplerQuarter(10, 55739.34, 55832.76, "2011271113734"),
            new KeplerQuarter(11, 55833.71, 55930.83, "2012004120508"),
            new KeplerQuarter(12, 55931.91, 56014.52, "2012088054726"),
            new KeplerQuarter(13, 56015.24, 56105.55, "2012179063303"),
            new KeplerQuarter(14, 56106.64, 56203.82, "2012277125453"),
            new KeplerQuarter(15, 56205.98, 56303.64, "2013011073258"),
            new KeplerQuarter(16, 56304.59, 56390.46, "2013098041711"),
            new KeplerQuarter(17, 56391.72, 56423.50, "2013131215648"));

    /** The quarter with this number (0-17). */
    public static KeplerQuarter of(int number) {
        if (number < 0 || number >= ALL.size()) {
            throw new IllegalArgumentException("no Kepler quarter " + number);
        }
        return ALL.get(number);
    }

    /**
     * Short-cadence months of a quarter (1 for Q0, else 3): {@code [mjdStart, mjdEnd, stamp]} each. Stamps are
     * synthetic (the end of each month's data) except Q0's, which is the recorded {@code 2009131110544}.
     */
    public List<Object[]> shortCadenceMonths() {
        int months = number == 0 ? 1 : 3;
        List<Object[]> out = new java.util.ArrayList<>();
        double span = (mjdEnd - mjdStart) / months;
        for (int m = 0; m < months; m++) {
            double start = mjdStart + m * span + (m == 0 ? 0 : 0.3);
            double end = mjdStart + (m + 1) * span - (m == months - 1 ? 0 : 0.3);
            String stamp = number == 0 ? "2009131110544" : stamp(end + 0.0123);
            out.add(new Object[] {start, end, stamp});
        }
        return out;
    }

    /** The {@code yyyydddhhmmss} stamp of an MJD. */
    static String stamp(double mjd) {
        LocalDateTime t = LocalDateTime.of(1858, 11, 17, 0, 0).plusSeconds(Math.round(mjd * 86400));
        return t.format(STAMP);
    }
}
