package radio.lightcurve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code radio info} tells about a light-curve file: where the table is, its size and columns, how many rows
 * have no time, how many the default quality mask hits, and every row with a finite time as a light curve
 * (nothing masked, NaN fluxes kept).
 *
 * @param file                  the file read
 * @param gzipped               whether it was gzip-compressed
 * @param hdu                   index of the table HDU (0 = primary)
 * @param extension             the table's {@code EXTNAME}, e.g. {@code LIGHTCURVE}
 * @param tableRows             rows in the table ({@code NAXIS2})
 * @param columns               the table's columns in file order
 * @param nanTimeRows           rows whose time is NaN (never part of a light curve)
 * @param rowsHitByDefaultMask  rows (of all {@code tableRows}) whose quality has a bit of {@link QualityMask#DEFAULT}
 * @param nanFluxRows           rows (of all {@code tableRows}) whose flux, for the flux source asked for, is NaN
 * @param firstCadence          cadence number of the first row
 * @param lastCadence           cadence number of the last row
 * @param allRows               every row with a finite time: {@link ReadOptions#ALL_ROWS} with the flux asked for
 */
public record LightCurveFileSummary(Path file, boolean gzipped, int hdu, String extension, int tableRows,
                                    List<FitsColumn> columns, int nanTimeRows, int rowsHitByDefaultMask,
                                    int nanFluxRows, int firstCadence, int lastCadence, LightCurve allRows) {
    public LightCurveFileSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(extension, "extension");
        columns = List.copyOf(columns);
        Objects.requireNonNull(allRows, "allRows");
    }

    /** The light curve a default read gives: finite time, default quality mask applied, NaN fluxes kept. */
    public LightCurve defaultRead() {
        return allRows.mask(QualityMask.DEFAULT);
    }

    /** How many rows with a finite time the default quality mask drops (lightkurve drops NaN times first). */
    public int droppedByDefaultMask() {
        return allRows.size() - defaultRead().size();
    }

    /** The light curve's metadata. */
    public LightCurveMeta meta() {
        return allRows.meta();
    }
}
