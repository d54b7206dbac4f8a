package radio.archive.mast;

/** ICRS position in decimal degrees: {@code ra} in [0, 360], {@code dec} in [−90, 90]. */
public record SkyPosition(double ra, double dec) {
    public SkyPosition {
        if (!(ra >= 0 && ra <= 360) || !(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException("not a sky position: ra=" + ra + " dec=" + dec);
        }
    }
}
