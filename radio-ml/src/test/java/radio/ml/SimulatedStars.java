package radio.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.StarPopulation;

/** Labelled light curves from the simulator, written straight to a folder (no servers). */
public record SimulatedStars(Catalogue catalogue, List<Path> files, Path labels) {
    /** {@code n} stars of a population from a seed, into {@code dir}; labels with or without ephemerides. */
    public static SimulatedStars write(long seed, int n, StarPopulation population, Path dir, boolean ephemerides)
            throws IOException {
        Catalogue c = Catalogue.generate(new CatalogueSpec(seed, 0, 0, 0, false).withLabelledStars(n, population));
        List<Path> files = LabelledStarFiles.write(c, dir.resolve("lc"));
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, LabelledStarFiles.labelsCsv(c, ephemerides));
        return new SimulatedStars(c, files, labels);
    }
}
