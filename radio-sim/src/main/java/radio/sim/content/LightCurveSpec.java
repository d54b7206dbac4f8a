package radio.sim.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything a simulated K2 long-cadence light-curve file ({@code ktwo<EPIC>-c<CC>_llc.fits}) is made from.
 *
 * @param keplerId        EPIC id ({@code KEPLERID})
 * @param campaign        campaign number ({@code CAMPAIGN})
 * @param dataRelease     {@code DATA_REL}
 * @param ra              {@code RA_OBJ}, degrees
 * @param dec             {@code DEC_OBJ}, degrees
 * @param kepmag          {@code KEPMAG}; sets the flux level and the noise
 * @param rows            number of cadences (table rows)
 * @param firstCadence    {@code CADENCENO} of the first row
 * @param tstartBkjd      mid-time of the first cadence, BKJD
 * @param apertureColumns width of the pixel stamp ({@code APERTURE} NAXIS1)
 * @param apertureRows    height of the pixel stamp ({@code APERTURE} NAXIS2)
 * @param channel         CCD channel (1-84)
 * @param transits        transits injected into the flux
 * @param seed            noise seed
 * @param creationDate    {@code DATE}, {@code yyyy-MM-dd}
 */
public record LightCurveSpec(long keplerId, int campaign, int dataRelease, double ra, double dec, double kepmag,
                             int rows, int firstCadence, double tstartBkjd, int apertureColumns, int apertureRows,
                             int channel, List<Transit> transits, long seed, String creationDate)
        implements ContentSpec {
    public LightCurveSpec {
        transits = List.copyOf(transits);
        Objects.requireNonNull(creationDate, "creationDate");
        if (rows < 10 || apertureColumns < 3 || apertureRows < 3 || channel < 1 || channel > 84) {
            throw new IllegalArgumentException("implausible light curve for EPIC " + keplerId + ": " + rows
                    + " rows, aperture " + apertureColumns + "x" + apertureRows + ", channel " + channel);
        }
    }
}
