package radio.sim.catalogue;

/**
 * The sky region an observation covers ({@code s_region}), used for positional searches: a circle (targets'
 * pixel stamps) or an RA/Dec box (TESS full-frame-image CCDs).
 */
public sealed interface Footprint permits Footprint.Circle, Footprint.Box {

    /** Centre right ascension, degrees. */
    double ra();

    /** Centre declination, degrees. */
    double dec();

    /** True when the point lies inside (or on the edge of) the footprint. */
    boolean contains(double pointRa, double pointDec);

    /** True when a search circle of {@code searchRadius} degrees around the point touches the footprint. */
    boolean overlaps(double pointRa, double pointDec, double searchRadius);

    /** Angular distance from the centre to a point, degrees. */
    default double separation(double pointRa, double pointDec) {
        return angularDistance(ra(), dec(), pointRa, pointDec);
    }

    /**
     * A circle.
     *
     * @param ra      centre right ascension, degrees
     * @param dec     centre declination, degrees
     * @param radius  radius, degrees
     */
    record Circle(double ra, double dec, double radius) implements Footprint {
        public Circle {
            if (!(radius >= 0)) {
                throw new IllegalArgumentException("footprint radius must be >= 0: " + radius);
            }
        }

        @Override
        public boolean contains(double pointRa, double pointDec) {
            return separation(pointRa, pointDec) <= radius + 1e-12;
        }

        @Override
        public boolean overlaps(double pointRa, double pointDec, double searchRadius) {
            return separation(pointRa, pointDec) <= radius + searchRadius + 1e-12;
        }
    }

    /**
     * A box in RA and Dec: declinations {@code decMin..decMax}, right ascensions within {@code raHalfWidth} of
     * {@code ra} (wrapping at 0/360; a half-width of 180 or more covers every RA).
     */
    record Box(double ra, double dec, double raHalfWidth, double decMin, double decMax) implements Footprint {
        public Box {
            if (!(decMax >= decMin) || !(raHalfWidth > 0)) {
                throw new IllegalArgumentException("empty footprint box");
            }
        }

        @Override
        public boolean contains(double pointRa, double pointDec) {
            return pointDec >= decMin && pointDec <= decMax && raOffset(pointRa) <= raHalfWidth;
        }

        @Override
        public boolean overlaps(double pointRa, double pointDec, double searchRadius) {
            if (pointDec < decMin - searchRadius || pointDec > decMax + searchRadius) {
                return false;
            }
            double cos = Math.max(1e-6, Math.cos(Math.toRadians(Math.min(89.999, Math.abs(pointDec)))));
            return raOffset(pointRa) <= raHalfWidth + searchRadius / cos;
        }

        private double raOffset(double pointRa) {
            double d = Math.abs(((pointRa - ra) % 360 + 540) % 360 - 180);
            return raHalfWidth >= 180 ? 0 : d;
        }

        /** The STC-S polygon MAST would show for this box (four corners). */
        String polygon() {
            double west = ra - Math.min(raHalfWidth, 179.999);
            double east = ra + Math.min(raHalfWidth, 179.999);
            return "POLYGON " + Text.fixed(norm(west), 6) + " " + Text.fixed(decMin, 6) + " "
                    + Text.fixed(norm(east), 6) + " " + Text.fixed(decMin, 6) + " " + Text.fixed(norm(east), 6) + " "
                    + Text.fixed(decMax, 6) + " " + Text.fixed(norm(west), 6) + " " + Text.fixed(decMax, 6);
        }

        private static double norm(double ra) {
            return ((ra % 360) + 360) % 360;
        }
    }

    /** Great-circle distance between two positions, degrees (haversine, stable for tiny angles). */
    static double angularDistance(double ra1, double dec1, double ra2, double dec2) {
        double p1 = Math.toRadians(dec1);
        double p2 = Math.toRadians(dec2);
        double dp = p2 - p1;
        double dl = Math.toRadians(ra2 - ra1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(a))));
    }
}
