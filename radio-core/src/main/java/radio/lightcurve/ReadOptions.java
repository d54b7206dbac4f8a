package radio.lightcurve;

import java.util.Objects;

/**
 * How to turn a light-curve file into a {@link LightCurve}. {@link #DEFAULT} is what lightkurve does by default:
 * PDCSAP flux, the default quality mask, rows with NaN flux kept.
 *
 * @param flux    which flux column to use
 * @param quality which quality bits drop a row
 * @param nanFlux whether rows with NaN flux are kept
 */
public record ReadOptions(FluxSource flux, QualityMask quality, NanFlux nanFlux) {
    public static final ReadOptions DEFAULT = new ReadOptions(FluxSource.PDCSAP, QualityMask.DEFAULT, NanFlux.KEEP);
    /** Every row with a finite time, nothing masked: the file as it is. */
    public static final ReadOptions ALL_ROWS = new ReadOptions(FluxSource.PDCSAP, QualityMask.NONE, NanFlux.KEEP);

    public ReadOptions {
        Objects.requireNonNull(flux, "flux");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(nanFlux, "nanFlux");
    }

    public ReadOptions withFlux(FluxSource value) {
        return new ReadOptions(value, quality, nanFlux);
    }

    public ReadOptions withQuality(QualityMask value) {
        return new ReadOptions(flux, value, nanFlux);
    }

    public ReadOptions withNanFlux(NanFlux value) {
        return new ReadOptions(flux, quality, value);
    }
}
