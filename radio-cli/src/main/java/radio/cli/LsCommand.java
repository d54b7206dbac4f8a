package radio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import radio.api.CatalogFile;
import radio.api.Radio;
import radio.config.RadioConfig;
import radio.output.Csv;

/** {@code radio ls}: the light curves radio has downloaded, as its catalog remembers them. */
@Command(name = "ls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "List the files radio has downloaded: target, mission, season, product, size, path, when.",
        description = {
            "Reads the catalog (RADIO_HOME/catalog.db), which records every file radio downloaded or verified, in "
                    + "any folder, with the target, mission, season and product of the search that found it. Makes "
                    + "no network request. A file no longer on disk with its recorded size is marked missing.",
            "Ends with totals: files, bytes, and how many are missing."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio ls                                    everything, as a table",
            "  radio ls --mission K2 --format csv          K2 files only, as CSV",
            "  radio ls --target 'EPIC 206011691'          one star, however it was searched",
            "",
            "Exit codes: 0 listed (also when the catalog holds nothing) · 2 usage error"})
final class LsCommand implements Callable<Integer> {
    enum Format { text, csv, json }

    private static final List<String> COLUMNS = List.of("target", "mission", "season", "product", "size", "path",
            "recorded", "on_disk");

    @Spec
    CommandSpec spec;

    @Option(names = "--mission", paramLabel = "NAME", description = "Only files of this collection (K2, Kepler, "
            + "TESS, HLSP, ...; any case).")
    String mission;

    @Option(names = "--target", paramLabel = "NAME", description = "Only files found for this target, however "
            + "spelled (EPIC 206011691, ktwo206011691, K2-21).")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned, with totals; default), csv or json.")
    Format format;

    @Option(names = "--radio-home", paramLabel = "DIR",
            description = "Folder of the catalog (catalog.db). Env: RADIO_HOME. Default: ~/.radio")
    Path radioHome;

    private final CliContext context;

    LsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        RadioConfig.Builder b = RadioConfig.builder(context.userHome()).environment(context.env());
        if (radioHome != null) {
            b.radioHome(context.workingDir().resolve(radioHome));
        }
        RadioConfig config = b.build();
        List<CatalogFile> files = List.of();
        if (Files.exists(config.catalogFile())) { // listing never creates a catalog
            try (Radio radio = Radio.create(config)) {
                files = radio.files(Optional.ofNullable(mission), Optional.ofNullable(target));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> {
                out.println(Csv.line(COLUMNS));
                files.forEach(f -> out.println(Csv.line(cells(f))));
            }
            case json -> json(files, out);
            case text -> text(files, out);
        }
        out.flush();
        return 0;
    }

    private static List<String> cells(CatalogFile f) {
        return List.of(f.target().orElse(""), f.mission().orElse(""), f.season().orElse(""), f.product().orElse(""),
                Long.toString(f.bytes()), f.path().toString(), f.recordedAt().toString(),
                Boolean.toString(f.onDisk()));
    }

    private static void text(List<CatalogFile> files, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("target", "mission", "season", "product", "size", "recorded", "path"));
        for (CatalogFile f : files) {
            rows.add(List.of(f.target().orElse("-"), f.mission().orElse("-"), f.season().orElse("-"),
                    f.product().orElse("-"), DownloadFeedback.megabytes(f.bytes()),
                    f.recordedAt().toString().substring(0, 10), f.path() + (f.onDisk() ? "" : "  (missing)")));
        }
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                line.append(c == 0 ? "" : "  ").append(c == 4 ? " ".repeat(width[c] - r.get(c).length()) + r.get(c)
                        : r.get(c) + " ".repeat(width[c] - r.get(c).length()));
            }
            out.println(line.toString().stripTrailing());
        }
        long bytes = files.stream().mapToLong(CatalogFile::bytes).sum();
        long missing = files.stream().filter(f -> !f.onDisk()).count();
        out.println(files.size() + (files.size() == 1 ? " file, " : " files, ") + DownloadFeedback.megabytes(bytes)
                + (missing > 0 ? "; " + missing + " missing from disk" : ""));
    }

    private static void json(List<CatalogFile> files, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
        for (CatalogFile f : files) {
            g.writeStartObject();
            g.writeStringField("target", f.target().orElse(null));
            g.writeStringField("mission", f.mission().orElse(null));
            g.writeStringField("season", f.season().orElse(null));
            g.writeStringField("product", f.product().orElse(null));
            g.writeNumberField("size", f.bytes());
            g.writeStringField("path", f.path().toString());
            g.writeStringField("recorded", f.recordedAt().toString());
            g.writeBooleanField("on_disk", f.onDisk());
            g.writeStringField("uri", f.uri());
            g.writeStringField("source", f.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw(System.lineSeparator());
        g.flush();
    }
}
