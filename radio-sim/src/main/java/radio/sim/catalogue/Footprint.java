package radio.sim.catalogue;

/**
 * The sky region an observation covers ({@code s_region}), used for positional searches.
 *
 * @param ra      centre right ascension, degrees
 * @param dec     centre declination, degrees
 * @param radius  radius, degrees
 */
public record Footprint(double ra, double dec, double radius) {
    public Footprint {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("footprint radius must be >= 0: " + radius);
        }
    }

    /** Angular distance from the centre to a point, degrees. */
    public double separation(double pointRa, double pointDec) {
        return angularDistance(ra, dec, pointRa, pointDec);
    }

    /** True when the point lies inside (or on the edge of) the footprint. */
    public boolean contains(double pointRa, double pointDec) {
        return separation(pointRa, pointDec) <= radius + 1e-12;
    }

    /** True when a search circle around the point touches the footprint. */
    public boolean overlaps(double pointRa, double pointDec, double searchRadius) {
        return separation(pointRa, pointDec) <= radius + searchRadius + 1e-12;
    }

    /** Great-circle distance between two positions, degrees (haversine, stable for tiny angles). */
    public static double angularDistance(double ra1, double dec1, double ra2, double dec2) {
        double p1 = Math.toRadians(dec1);
        double p2 = Math.toRadians(dec2);
        double dp = p2 - p1;
        double dl = Math.toRadians(ra2 - ra1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(a))));
    }
}
