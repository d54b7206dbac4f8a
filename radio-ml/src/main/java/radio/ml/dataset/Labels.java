package radio.ml.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import radio.output.Csv;

/**
 * Which stars host a transiting planet: {@code target → label} and, when known, the transit ephemeris.
 *
 * <p>The CSV form has the header {@code target,label[,period_days,epoch_bjd,duration_hours]}; {@code target} is a
 * designation as the light-curve files name their star ({@code EPIC 211089792}, {@code KIC 11442793},
 * {@code TIC 25155310}); {@code label} is 1 for a host of a transiting planet, 0 for any other star; the three
 * ephemeris columns are all empty or all given (period and duration positive, duration shorter than the period).
 *
 * @param entries by canonical target name ({@link TargetKey#normalise}), in file order
 */
public record Labels(Map<String, Entry> entries) {
    /**
     * One labelled star.
     *
     * @param target    canonical name
     * @param label     1 = hosts a transiting planet, 0 = not
     * @param ephemeris the transit (or eclipse) ephemeris, when given
     */
    public record Entry(String target, int label, Optional<Ephemeris> ephemeris) {
        public Entry {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(ephemeris, "ephemeris");
            if (label != 0 && label != 1) {
                throw new IllegalArgumentException("label must be 0 or 1: " + label);
            }
        }
    }

    public Labels {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The entry of a star (any spelling {@link TargetKey#normalise} accepts). */
    public Optional<Entry> of(String target) {
        return Optional.ofNullable(entries.get(TargetKey.normalise(target)));
    }

    public int size() {
        return entries.size();
    }

    /**
     * Reads a labels CSV.
     *
     * @throws LabelsException naming the file and line of the first bad row (a label other than 0/1, a half-given
     *                         or implausible ephemeris, a duplicate target, a missing header)
     */
    public static Labels read(Path file) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new LabelsException(file + ": empty; a labels file starts with the header target,label");
            }
            List<String> columns = Csv.split(header.replace("\uFEFF", "").trim());
            if (columns.size() < 2 || !columns.get(0).trim().equals("target") || !columns.get(1).trim().equals("label")) {
                throw new LabelsException(file + " line 1: the header must begin target,label (then optionally "
                        + "period_days,epoch_bjd,duration_hours), not '" + header + "'");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Entry e = parse(file, number, Csv.split(line));
                if (entries.putIfAbsent(e.target(), e) != null) {
                    throw new LabelsException(file + " line " + number + ": " + e.target() + " is labelled twice");
                }
            }
        }
        return new Labels(entries);
    }

    private static Entry parse(Path file, int line, List<String> f) throws LabelsException {
        String where = file + " line " + line + ": ";
        String target = TargetKey.normalise(f.get(0));
        if (target.isEmpty()) {
            throw new LabelsException(where + "no target");
        }
        if (f.size() < 2) {
            throw new LabelsException(where + "no label for " + target);
        }
        String label = f.get(1).trim();
        if (!label.equals("0") && !label.equals("1")) {
            throw new LabelsException(where + "label '" + label + "' of " + target
                    + " is not 0 or 1 (1 = hosts a transiting planet)");
        }
        Optional<Ephemeris> ephemeris = Optional.empty();
        List<String> rest = f.subList(2, Math.min(5, f.size()));
        long given = rest.stream().filter(s -> !s.isBlank()).count();
        if (given > 0) {
            if (given < 3) {
                throw new LabelsException(where + target + " has part of an ephemeris; give period_days, epoch_bjd "
                        + "and duration_hours together, or none");
            }
            try {
                double period = Double.parseDouble(rest.get(0).trim());
                double epoch = Double.parseDouble(rest.get(1).trim());
                double hours = Double.parseDouble(rest.get(2).trim());
                ephemeris = Optional.of(new Ephemeris(period, epoch, hours / 24, EphemerisSource.LABELS));
            } catch (IllegalArgumentException e) {
                throw new LabelsException(where + target + ": " + e.getMessage());
            }
        }
        return new Entry(target, Integer.parseInt(label), ephemeris);
    }
}
