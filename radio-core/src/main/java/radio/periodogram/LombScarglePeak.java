package radio.periodogram;

/**
 * One frequency of a Lomb–Scargle periodogram, usually its highest peak.
 *
 * @param frequency cycles per day
 * @param period    days (1 / frequency)
 * @param power     in the result's {@link Normalization}
 */
public record LombScarglePeak(double frequency, double period, double power) {
}
