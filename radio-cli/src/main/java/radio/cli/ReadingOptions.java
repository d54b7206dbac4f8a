package radio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import radio.lightcurve.NanFlux;
import radio.lightcurve.QualityMask;
import radio.lightcurve.ReadOptions;

/**
 * How commands that analyse light curves read them ({@code --flux}, {@code --quality}): lightkurve's way by
 * default, PDCSAP flux and the default quality mask, with NaN-flux cadences dropped.
 */
final class ReadingOptions {
    @Option(names = "--flux", paramLabel = "KIND", defaultValue = "pdcsap",
            description = "pdcsap (default; K2SFF FCOR, K2SC PDC) or sap (K2SFF FRAW, K2SC SAP).")
    InfoCommand.FluxKind flux;

    @Option(names = "--quality", paramLabel = "MASK", defaultValue = "default",
            description = "Quality bitmask: none, default (1130799 Kepler/K2, 175 TESS), hard, hardest, or an integer.")
    String quality;

    /** The read options; a bad {@code --quality} is a usage error naming the option. */
    ReadOptions readOptions(CommandLine cl) {
        QualityMask mask;
        try {
            mask = QualityMask.parse(quality);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--quality: " + e.getMessage());
        }
        return ReadOptions.DEFAULT.withFlux(flux.source()).withQuality(mask).withNanFlux(NanFlux.DROP);
    }
}
