package radio.sim.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything a simulated mission-pipeline light-curve file is made from.
 *
 * @param flavour         the mission layout (K2, Kepler or TESS)
 * @param cadence         sampling: Kepler/K2 long or short, TESS 2-minute or 20-second
 * @param targetId        EPIC, KIC or TIC id ({@code KEPLERID} or {@code TICID})
 * @param season          campaign (K2), quarter (Kepler) or sector (TESS)
 * @param dataRelease     {@code DATA_REL}
 * @param ra              {@code RA_OBJ}, degrees
 * @param dec             {@code DEC_OBJ}, degrees
 * @param magnitude       Kepler or TESS magnitude; sets the flux level and the noise
 * @param rows            number of cadences (table rows)
 * @param firstCadence    {@code CADENCENO} of the first row
 * @param tstart          mid-time of the first cadence in the file's time system (BKJD for Kepler/K2, BTJD for TESS)
 * @param apertureColumns width of the pixel stamp ({@code APERTURE} NAXIS1)
 * @param apertureRows    height of the pixel stamp ({@code APERTURE} NAXIS2)
 * @param detector        CCD channel 1-84 (Kepler, K2) or {@code 10 * camera + ccd} (TESS)
 * @param transits        transits injected into the flux, epochs in the file's time system
 * @param seed            noise seed
 * @param creationDate    {@code DATE}, {@code yyyy-MM-dd}
 * @param signals         what the star itself does besides {@code transits} (limb-darkened transits, eclipses,
 *                        spots, pulsations, correlated noise); empty for the archive's ordinary stars
 */
public record LightCurveSpec(Flavour flavour, Cadence cadence, long targetId, int season, int dataRelease, double ra,
                             double dec, double magnitude, int rows, int firstCadence, double tstart,
                             int apertureColumns, int apertureRows, int detector, List<Transit> transits, long seed,
                             String creationDate, List<Signal> signals) implements ContentSpec {

    /** Mission file layouts (lightcurve-fits-format.md): Kepler and K2 share one, TESS differs in details. */
    public enum Flavour {
        K2(2454833, "BJD - 2454833", "SAP_QUALITY"),
        KEPLER(2454833, "BJD - 2454833", "SAP_QUALITY"),
        TESS(2457000, "BJD - 2457000, days", "QUALITY");

        /** Integer part of the BJD reference. */
        public final int bjdRefI;
        /** {@code TUNIT} of the TIME column. */
        public final String timeUnit;
        /** Name of the quality column. */
        public final String qualityColumn;

        Flavour(int bjdRefI, String timeUnit, String qualityColumn) {
            this.bjdRefI = bjdRefI;
            this.timeUnit = timeUnit;
            this.qualityColumn = qualityColumn;
        }
    }

    /** Cadences and their frame timing. */
    public enum Cadence {
        KEPLER_LONG(0.02043359821692, 270, 6.01980290327, 0.518948526144, "long cadence"),
        KEPLER_SHORT(0.000681119940564, 9, 6.01980290327, 0.518948526144, "short cadence"),
        TESS_2MIN(0.001388888888888889, 60, 1.98, 0.02, "2-minute cadence"),
        TESS_20S(0.0002314814814814815, 10, 1.98, 0.02, "20-second cadence");

        /** {@code TIMEDEL}, days. */
        public final double days;
        /** {@code NUM_FRM}. */
        public final int frames;
        /** {@code INT_TIME}, seconds. */
        public final double integration;
        /** {@code READTIME}, seconds. */
        public final double readout;
        /** {@code OBSMODE} text. */
        public final String mode;

        Cadence(double days, int frames, double integration, double readout, String mode) {
            this.days = days;
            this.frames = frames;
            this.integration = integration;
            this.readout = readout;
            this.mode = mode;
        }
    }

    public LightCurveSpec {
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(cadence, "cadence");
        transits = List.copyOf(transits);
        signals = List.copyOf(signals);
        Objects.requireNonNull(creationDate, "creationDate");
        if (rows < 10 || apertureColumns < 3 || apertureRows < 3 || detector < 1) {
            throw new IllegalArgumentException("implausible light curve of target " + targetId + ": " + rows
                    + " rows, aperture " + apertureColumns + "x" + apertureRows + ", detector " + detector);
        }
    }

    /** A light curve of an ordinary star: white noise, systematics and the given simple transits. */
    public LightCurveSpec(Flavour flavour, Cadence cadence, long targetId, int season, int dataRelease, double ra,
                          double dec, double magnitude, int rows, int firstCadence, double tstart, int apertureColumns,
                          int apertureRows, int detector, List<Transit> transits, long seed, String creationDate) {
        this(flavour, cadence, targetId, season, dataRelease, ra, dec, magnitude, rows, firstCadence, tstart,
                apertureColumns, apertureRows, detector, transits, seed, creationDate, List.of());
    }
}
