package radio.lightcurve;

import java.util.Objects;

/**
 * A column of a FITS binary table as declared in its header.
 *
 * @param name  {@code TTYPEn}
 * @param tform {@code TFORMn}, e.g. {@code D}, {@code 1E}, {@code J}
 * @param unit  {@code TUNITn} as written (not always FITS-standard, e.g. {@code e-/s}); empty text when absent
 */
public record FitsColumn(String name, String tform, String unit) {
    public FitsColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tform, "tform");
        Objects.requireNonNull(unit, "unit");
    }
}
