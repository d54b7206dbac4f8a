package radio.sim.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import radio.sim.content.LightCurveFits;
import radio.sim.content.LightCurveSpec;

/**
 * The labelled stars of a catalogue as files, without the servers: each star's long-cadence light curve, as the
 * archive would serve it, and a labels CSV ({@code target,label[,period_days,epoch_bjd,duration_hours]}) with
 * the truth. For tests and benchmarks that need many labelled light curves quickly.
 */
public final class LabelledStarFiles {
    private LabelledStarFiles() {
    }

    /** Writes the long-cadence light curve of every labelled star into {@code dir}; returns the files in order. */
    public static List<Path> write(Catalogue catalogue, Path dir) throws IOException {
        Files.createDirectories(dir);
        LightCurveFits fits = new LightCurveFits();
        List<Path> out = new ArrayList<>();
        for (LabelledStar star : catalogue.labelledStars()) {
            for (Product p : catalogue.lightCurves(star.designation())) {
                Path file = dir.resolve(p.productFilename());
                Files.write(file, fits.render((LightCurveSpec) p.content(), 0));
                out.add(file);
            }
        }
        return out;
    }

    /**
     * The labels CSV of the labelled stars: label 1 for planet hosts; with {@code ephemerides}, the period, epoch
     * (BJD) and duration (hours) of the planet's transit or the binary's primary eclipse, as a catalogue of
     * candidates and false positives would give them.
     */
    public static String labelsCsv(Catalogue catalogue, boolean ephemerides) {
        StringBuilder csv = new StringBuilder(ephemerides ? "target,label,period_days,epoch_bjd,duration_hours\n"
                : "target,label\n");
        for (LabelledStar s : catalogue.labelledStars()) {
            csv.append(s.designation()).append(',').append(s.label());
            if (ephemerides) {
                if (Double.isNaN(s.periodDays())) {
                    csv.append(",,,");
                } else {
                    csv.append(String.format(Locale.ROOT, ",%.7f,%.6f,%.4f", s.periodDays(), s.epochBjd(),
                            s.durationHours()));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
