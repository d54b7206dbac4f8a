package radio.sim.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One K2 campaign as the simulated archive knows it: field centre, observing span per part, and how MAST
 * splits it into observations and files (mast-api.md section 5.1).
 *
 * <p>Dates are MJD. The split campaigns use the spans recorded in the 2026 MAST fixtures (C9, C10 part 2, C11);
 * the other spans are the published campaign dates. Field centres are the K2 field pointings (rounded).
 *
 * @param number       campaign number, the {@code sequence_number} of its observations ({@code 0} models the
 *                     February 2014 engineering test, see {@link SeedTargets})
 * @param raCentre     field centre right ascension, degrees
 * @param decCentre    field centre declination, degrees
 * @param split        how the campaign is split into observations and files
 * @param parts        one part, or the two halves of a split campaign, in time order
 * @param prvversion   pipeline processing version shown in product rows
 * @param dataRelease  {@code DATA_REL} written into the light-curve files
 * @param epicLow      lowest EPIC id given to generated targets first observed in this campaign
 * @param epicHigh     one past the highest such EPIC id
 */
public record K2Campaign(int number, double raCentre, double decCentre, Split split, List<Part> parts,
                         String prvversion, int dataRelease, long epicLow, long epicHigh) {

    /** How MAST presents a campaign. */
    public enum Split {
        /** One observation per cadence, files named {@code c<NN>}, folder {@code c<N>}. */
        NONE,
        /** C9 and C11: one observation per half and cadence ({@code c91}/{@code c92}, {@code c111}/{@code c112}). */
        OBSERVATION_PER_HALF,
        /** C10: one {@code c10} observation; its light curve is the second half's ({@code c102}), its target
         * pixel files exist for both halves. */
        ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE
    }

    /**
     * A campaign or one half of a split campaign.
     *
     * @param fileCode   campaign code inside file names: {@code 03}, {@code 91}, {@code 102}
     * @param folderCode campaign folder: {@code c3}, {@code c91}, {@code c102}
     * @param label      suffix of product descriptions: {@code C03}, {@code C10-2}
     * @param mjdStart   MJD of the first long cadence
     * @param mjdEnd     MJD of the last long cadence
     */
    public record Part(String fileCode, String folderCode, String label, double mjdStart, double mjdEnd) {
        public Part {
            Objects.requireNonNull(fileCode, "fileCode");
            Objects.requireNonNull(folderCode, "folderCode");
            Objects.requireNonNull(label, "label");
            if (!(mjdEnd > mjdStart)) {
                throw new IllegalArgumentException("part " + fileCode + " ends before it starts");
            }
        }
    }

    public K2Campaign {
        Objects.requireNonNull(split, "split");
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 2 || (split == Split.NONE) != (parts.size() == 1)) {
            throw new IllegalArgumentException("campaign " + number + ": " + parts.size() + " parts for " + split);
        }
    }

    /** True when MAST lists no pipeline light curve for this campaign (C9 as recorded, the engineering test). */
    public boolean pipelineLightCurves() {
        return number != 9 && number != 0;
    }

    /** The two-digit campaign as used in observation ids of unsplit campaigns and in descriptions. */
    public String twoDigits() {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static final List<K2Campaign> ALL = List.of(
            // The engineering test of February 2014 (EPIC 600xxxxx targets), modelled as campaign 0 data.
            single(0, 353.60, -1.60, 56692.3412, 56701.1204, "1", 1, 60000000L, 60100000L),
            single(1, 173.94, 1.42, 56807.0932, 56889.8712, "14", 14, 201100000L, 201900000L),
            single(2, 246.13, -22.45, 56892.2205, 56973.9847, "14", 14, 203000000L, 205000000L),
            single(3, 336.66, -11.10, 56975.2041, 57044.8820, "14", 14, 205900000L, 206500000L),
            single(4, 59.08, 18.66, 57060.8611, 57135.3002, "6", 6, 210300000L, 211200000L),
            single(5, 130.16, 16.83, 57139.5845, 57212.9920, "7", 7, 211300000L, 212000000L),
            single(6, 204.87, -11.29, 57217.1103, 57294.9402, "9", 9, 212100000L, 212900000L),
            single(7, 287.83, -23.36, 57299.0288, 57381.5518, "11", 11, 213900000L, 218000000L),
            single(8, 16.34, 5.26, 57391.4506, 57470.2317, "14", 14, 220100000L, 220700000L),
            new K2Campaign(9, 270.35, -21.78, Split.OBSERVATION_PER_HALF, List.of(
                    new Part("91", "c91", "C09-1", 57500.58678853, 57526.9461386),
                    new Part("92", "c92", "C09-2", 57530.62412963, 57571.94087509)),
                    "15", 15, 225000000L, 227000000L),
            new K2Campaign(10, 186.78, -4.03, Split.ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE, List.of(
                    new Part("101", "c101", "C10-1", 57575.2893, 57581.6521),
                    new Part("102", "c102", "C10-2", 57582.07593294, 57651.22324259)),
                    "37", 37, 228600000L, 228900000L),
            new K2Campaign(11, 260.39, -23.98, Split.OBSERVATION_PER_HALF, List.of(
                    new Part("111", "c111", "C11-1", 57655.80035223, 57679.11509339),
                    new Part("112", "c112", "C11-2", 57682.26186844, 57729.99476869)),
                    "30", 30, 229000000L, 231000000L),
            single(12, 351.66, -5.10, 57737.4610, 57815.8877, "21", 21, 245900000L, 246400000L),
            single(13, 72.80, 20.79, 57820.3102, 57899.7613, "22", 22, 246800000L, 248000000L),
            single(14, 160.68, 6.85, 57905.2399, 57983.8807, "23", 23, 248400000L, 248900000L),
            single(15, 233.62, -20.08, 57988.1590, 58076.7734, "25", 25, 249100000L, 250200000L),
            single(16, 133.09, 18.53, 58094.4012, 58173.6125, "26", 26, 251200000L, 251800000L),
            single(17, 202.51, -7.72, 58178.2230, 58245.8901, "27", 27, 212400000L, 212900000L),
            single(18, 130.16, 16.83, 58250.6543, 58300.7816, "28", 28, 211900000L, 212000000L),
            single(19, 347.22, -4.21, 58359.4471, 58386.6215, "29", 29, 245950000L, 246100000L));

    private static final Map<Integer, K2Campaign> BY_NUMBER =
            ALL.stream().collect(Collectors.toUnmodifiableMap(K2Campaign::number, Function.identity()));

    private static K2Campaign single(int number, double ra, double dec, double start, double end, String prv,
                                     int dataRel, long epicLow, long epicHigh) {
        String two = String.format("%02d", number);
        return new K2Campaign(number, ra, dec, Split.NONE,
                List.of(new Part(two, "c" + number, "C" + two, start, end)), prv, dataRel, epicLow, epicHigh);
    }

    /** The campaign with this number. */
    public static K2Campaign of(int number) {
        return find(number).orElseThrow(() -> new IllegalArgumentException("no K2 campaign " + number));
    }

    public static Optional<K2Campaign> find(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** All campaigns, by number. */
    public static Stream<K2Campaign> all() {
        return ALL.stream();
    }
}
