package radio.vetting;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a candidate most likely is, and why.
 *
 * @param kind     the judgement
 * @param reasons  the evidence for it, one short phrase each ({@code odd/even differ by 5.2σ}); empty for a
 *                 candidate that passed every test
 * @param cautions doubts that do not change the judgement ({@code V-shaped: a flat bottom is ruled out at 3.4σ})
 */
public record Verdict(Kind kind, List<String> reasons, List<String> cautions) {
    /** The judgements, strongest evidence first. */
    public enum Kind {
        /** Passed every test. */
        LIKELY_PLANET("likely planet"),
        /** Odd and even transits differ, a secondary eclipse shows, or it is too deep for a planet. */
        LIKELY_ECLIPSING_BINARY("likely eclipsing binary"),
        /** Fewer than the rules' minimum transits carry the signal: the period is not established. */
        TOO_FEW_TRANSITS("too few transits"),
        /** A sinusoid at the period fits better than a transit. */
        LIKELY_VARIABLE_STAR("likely stellar variability");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The judgement as words: {@code likely planet}. */
        public String words() {
            return words;
        }

        /** The judgement as a token for tables: {@code likely_planet}. */
        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }

    /**
     * One line: the judgement, its reasons after a colon, cautions in brackets, e.g.
     * {@code likely eclipsing binary: odd/even differ by 5.2σ} or {@code likely planet (caution: V-shaped ...)}.
     */
    public String text() {
        StringBuilder s = new StringBuilder(kind.words());
        if (!reasons.isEmpty()) {
            s.append(": ").append(String.join("; ", reasons));
        }
        if (!cautions.isEmpty()) {
            s.append(" (caution: ").append(String.join("; ", cautions)).append(')');
        }
        return s.toString();
    }
}
