package radio.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/**
 * Observing seasons of one mission: Kepler quarters (0–17), K2 campaigns (0–19, or one half of a split campaign:
 * 91, 92, 101, 102, 111, 112), TESS sectors (1 and up).
 *
 * <p>How each is recognised (mast-api.md section 5):
 * <ul>
 * <li>K2: observations carry the campaign in {@code sequence_number} (9, 10, 11 also for split halves; sent to MAST
 *     as lightkurve does); each product is then matched on the campaign code in its file name
 *     ({@code ktwo228725972-c102_llc.fits}, {@code hlsp_k2sff_…_228725972-c102_kepler_v1_llc.fits}): code 102 is
 *     campaign 10's second half, so campaign 10 keeps the c102 light curve and half 101 keeps only c101 files;</li>
 * <li>TESS: {@code sequence_number} is the sector (sent to MAST); products by the {@code -s0001-} in their name;</li>
 * <li>Kepler: {@code sequence_number} is -999, so nothing is sent; the quarter comes from the product's
 *     description or file time stamp ({@link KeplerQuarters}), and an observation whose {@code obs_id} flags
 *     ({@code kplr…_lc_Q111111110111011101}) show none of the quarters is skipped before its products are listed.</li>
 * </ul>
 *
 * @param mission Kepler, K2 or TESS
 * @param numbers the quarters, campaigns (or campaign halves) or sectors wanted
 */
public record Seasons(Mission mission, Set<Integer> numbers) {
    private static final Set<Integer> K2_HALVES = Set.of(91, 92, 101, 102, 111, 112);
    private static final Pattern K2_CODE = Pattern.compile("\\d{9}-c(\\d{2,3})[_.]");
    private static final Pattern TESS_SECTOR = Pattern.compile("[-_]s(\\d{4})[-_]");
    private static final Pattern KEPLER_FLAGS = Pattern.compile("kplr\\d{9}_[ls]c_Q(\\d{18})");

    public Seasons {
        Objects.requireNonNull(mission, "mission");
        numbers = Collections.unmodifiableSet(new TreeSet<>(numbers));
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("no " + noun(mission) + " given");
        }
        for (int n : numbers) {
            boolean ok = switch (mission) {
                case KEPLER -> n >= 0 && n <= 17;
                case K2 -> n >= 0 && n <= 19 || K2_HALVES.contains(n);
                case TESS -> n >= 1 && n <= 999;
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException(switch (mission) {
                    case KEPLER -> "Kepler quarter " + n + " does not exist (0-17)";
                    case K2 -> "K2 campaign " + n + " does not exist (0-19, or a split half 91, 92, 101, 102, 111, 112)";
                    case TESS -> "TESS sector " + n + " does not exist (1 and up)";
                    default -> mission + " has no observing seasons";
                });
            }
        }
    }

    /**
     * Parses {@code 4}, {@code 1,2,5}, {@code 1-4}, {@code 1..4,8}: numbers and inclusive ranges, comma-separated.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static Seasons parse(Mission mission, String text) {
        Set<Integer> out = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty value in '" + text + "'");
            }
            String[] ends = p.contains("..") ? p.split("\\.\\.", -1) : p.split("-", -1);
            try {
                if (ends.length == 1) {
                    out.add(Integer.parseInt(p));
                } else if (ends.length == 2) {
                    int from = Integer.parseInt(ends[0].strip());
                    int to = Integer.parseInt(ends[1].strip());
                    if (to < from || to - from > 1000) {
                        throw new IllegalArgumentException("'" + p + "' is not an ascending range");
                    }
                    for (int n = from; n <= to; n++) {
                        out.add(n);
                    }
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a number or range (e.g. 4, 1-4, 1..4)");
            }
        }
        return new Seasons(mission, out);
    }

    /** The {@code sequence_number} values to send to MAST (campaigns of K2 halves, sectors); none for Kepler. */
    public List<String> serverValues() {
        if (mission == Mission.KEPLER) {
            return List.of();
        }
        Set<Integer> out = new TreeSet<>();
        for (int n : numbers) {
            out.add(mission == Mission.K2 ? campaignOfCode(n) : n);
        }
        return out.stream().map(String::valueOf).toList();
    }

    /**
     * Whether an observation can hold wanted seasons: it belongs to the mission, and its season
     * ({@code sequence_number}, or the Kepler quarter flags of its {@code obs_id}) is wanted when it says.
     */
    public boolean matches(Observation o) {
        if (!mission.owns(o)) {
            return false;
        }
        switch (mission) {
            case K2, TESS -> {
                if (o.sequenceNumber().isPresent()) {
                    long s = o.sequenceNumber().getAsLong();
                    return mission == Mission.TESS ? numbers.contains((int) s)
                            : numbers.stream().anyMatch(n -> campaignOfCode(n) == s);
                }
                return true;
            }
            case KEPLER -> {
                Matcher m = KEPLER_FLAGS.matcher(o.obsId());
                if (!m.matches()) {
                    return true;
                }
                String flags = m.group(1);
                return numbers.stream().anyMatch(q -> flags.charAt(q) != '0');
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether a product of a matching observation is of a wanted season; one whose season is unknown is not. */
    public boolean matches(Observation o, DataProduct p) {
        return switch (mission) {
            case KEPLER -> {
                OptionalInt q = KeplerQuarters.of(p);
                yield q.isPresent() && numbers.contains(q.getAsInt());
            }
            case K2 -> {
                Matcher m = K2_CODE.matcher(p.productFilename());
                if (m.find()) {
                    int code = Integer.parseInt(m.group(1));
                    yield numbers.stream().anyMatch(n -> n == code || n == campaignOfCode(code));
                }
                yield o.sequenceNumber().isPresent() && numbers.contains((int) o.sequenceNumber().getAsLong());
            }
            case TESS -> {
                Matcher m = TESS_SECTOR.matcher(p.productFilename());
                if (m.find()) {
                    yield numbers.contains(Integer.parseInt(m.group(1)));
                }
                yield o.sequenceNumber().isPresent() && numbers.contains((int) o.sequenceNumber().getAsLong());
            }
            default -> false;
        };
    }

    /** The campaign of a K2 file code: {@code 03} → 3, {@code 91} → 9, {@code 102} → 10, {@code 111} → 11. */
    static int campaignOfCode(int code) {
        if (code >= 100) {
            return code / 10;
        }
        return code == 91 || code == 92 ? 9 : code;
    }

    /** {@code quarters}, {@code campaigns} or {@code sectors}. */
    public static String noun(Mission mission) {
        return switch (mission) {
            case KEPLER -> "quarters";
            case K2 -> "campaigns";
            case TESS -> "sectors";
            default -> "seasons";
        };
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        numbers.forEach(n -> parts.add(String.valueOf(n)));
        return mission + " " + noun(mission) + " " + String.join(",", parts);
    }
}
