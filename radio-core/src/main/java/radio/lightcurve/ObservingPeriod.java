package radio.lightcurve;

import java.util.Objects;

/**
 * The stretch of the mission a light curve comes from: a Kepler quarter, a K2 campaign or a TESS sector.
 *
 * @param kind   quarter, campaign or sector
 * @param number the number as the mission counts it (Kepler quarters from 0, K2 campaigns from 0, sectors from 1)
 */
public record ObservingPeriod(Kind kind, int number) {
    /** What the mission calls its observing periods. */
    public enum Kind {
        QUARTER("Quarter", "Q"),
        CAMPAIGN("Campaign", "C"),
        SECTOR("Sector", "S");

        private final String word;
        private final String letter;

        Kind(String word, String letter) {
            this.word = word;
            this.letter = letter;
        }

        /** {@code Quarter}, {@code Campaign} or {@code Sector}. */
        public String word() {
            return word;
        }
    }

    public ObservingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (number < 0) {
            throw new IllegalArgumentException(kind.word + " must not be negative: " + number);
        }
    }

    /** Short form: {@code Q3}, {@code C4}, {@code S1}. */
    public String shortLabel() {
        return kind.letter + number;
    }

    /** Long form: {@code Quarter 3}, {@code Campaign 4}, {@code Sector 1}. */
    @Override
    public String toString() {
        return kind.word + " " + number;
    }
}
