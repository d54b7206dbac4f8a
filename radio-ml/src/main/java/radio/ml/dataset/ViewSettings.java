package radio.ml.dataset;

/**
 * The sizes of the views (AstroNet's {@code preprocess.py} defaults for the folded ones).
 *
 * @param fluxLength       points of the {@link View#FLUX} view (exoTrain: 3197)
 * @param globalBins       bins of the {@link View#GLOBAL} view over the whole phase (2001)
 * @param localBins        bins of the {@link View#LOCAL} view (201)
 * @param localDurations   half-width of the local view in transit durations (2: the view spans ±2 durations)
 * @param localBinWidth    width of a local bin in transit durations (0.16; bins overlap, as AstroNet's)
 */
public record ViewSettings(int fluxLength, int globalBins, int localBins, double localDurations,
                           double localBinWidth) {
    /** exoTrain's 3197 flux points; AstroNet's 2001 global and 201 local bins over ±2 durations. */
    public static final ViewSettings DEFAULT = new ViewSettings(3197, 2001, 201, 2, 0.16);

    public ViewSettings {
        if (fluxLength < 16 || globalBins < 16 || localBins < 16) {
            throw new IllegalArgumentException("views need at least 16 points: flux " + fluxLength + ", global "
                    + globalBins + ", local " + localBins);
        }
        if (!(localDurations > 0) || !(localBinWidth > 0)) {
            throw new IllegalArgumentException("local view widths must be positive");
        }
    }

    public ViewSettings withFluxLength(int n) {
        return new ViewSettings(n, globalBins, localBins, localDurations, localBinWidth);
    }

    /** The length of a view's vector. */
    public int length(View view) {
        return switch (view) {
            case FLUX -> fluxLength;
            case GLOBAL -> globalBins;
            case LOCAL -> localBins;
            case SCALARS -> Scalars.NAMES.size();
        };
    }
}
