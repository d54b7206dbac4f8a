package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import radio.sim.SimArchive;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;

/** Shared checks for the download tests: the simulator's truth against the disk and the manifest. */
final class DownloadFixtures {
    static final List<String> SEED_SELECTION = List.of("--mission", "K2", "--exptime", "1800", "--product", "LLC");

    private DownloadFixtures() {
    }

    /** Environment pointing every endpoint at the simulator. */
    static Map<String, String> env(SimArchive sim) {
        return sim.clientEnvironment();
    }

    /** Requests that fetch or check file bytes, counted by the simulator. */
    static long fileRequests(SimArchive sim) {
        return sim.requestCount(Endpoint.S3_GET) + sim.requestCount(Endpoint.S3_HEAD)
                + sim.requestCount(Endpoint.DOWNLOAD_GET) + sim.requestCount(Endpoint.DOWNLOAD_HEAD);
    }

    /** The seed hosts' long-cadence light curves per the simulator, by data URI. */
    static Map<String, Product> seedLightCurves(SimArchive sim) {
        Map<String, Product> out = new LinkedHashMap<>();
        for (String name : sim.catalogue().seedTargetNames()) {
            sim.catalogue().lightCurves(name).forEach(p -> out.put(p.dataUri(), p));
        }
        return out;
    }

    static Path destination(Path out, Product p) {
        return out.resolve("mastDownload").resolve(p.obsCollection()).resolve(p.obsId()).resolve(p.productFilename());
    }

    /** Every regular file under {@code dir}, relative to it, with '/' separators. */
    static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    /** Temporary files a transfer leaves only while unfinished. */
    static List<String> temporaryFiles(Path dir) throws IOException {
        return files(dir).stream().filter(f -> f.endsWith(".part") || f.endsWith(".part.json")).toList();
    }

    /** A manifest CSV as rows of column → value (RFC 4180 quoting). */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(parseCsv(text).get(0)).containsExactly("target", "obs_id", "obs_collection", "product", "uri",
                "s3_key", "source", "status", "bytes", "path", "error");
        return csvRows(text);
    }

    /** CSV text with a header line as rows of column → value (RFC 4180 quoting). */
    static List<Map<String, String>> csvRows(String text) {
        List<List<String>> records = parseCsv(text);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).hasSize(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /**
     * The seed list's outcome when everything else worked: K2-1 (WASP-28, an engineering target with a target pixel
     * file only) is the one target without a light curve, named once on stderr, so the command exits 1.
     *
     * @param asGiven K2-1 as the command was given it ({@code K2-1}, or {@code EPIC 60017806} through k2names)
     */
    static void assertOnlyK2OneYieldsNothing(CliRun r, String asGiven) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains(": no products match the selection")).toList())
                .as(r.err()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("radio: " + asGiven + ": no products match the selection: its observation "
                        + "ktwo060017806-c00_lc lists 1 product (LPD-TARG)");
        assertThat(r.err().lines().filter(l -> l.startsWith("radio: ") && !l.contains(" downloaded, ")
                && !l.contains(": no products match the selection"))).as(r.err()).isEmpty();
    }

    /**
     * Every manifest row tells the truth: a downloaded or present row names a file that exists with the stated size
     * and exactly the simulator's bytes for its URI, from a source that can serve it; a failed
     * row has an error and no file under its path; a target's no-products or unresolved row names no file.
     */
    static void assertManifestTruthful(List<Map<String, String>> rows, SimArchive sim) throws IOException {
        for (Map<String, String> row : rows) {
            String status = row.get("status");
            if (status.equals("no-products") || status.equals("unresolved")) {
                assertThat(row.get("target")).as("target of %s", row).isNotBlank();
                assertThat(row.get("error")).as("error of %s", row).isNotBlank();
                assertThat(row.get("uri") + row.get("path") + row.get("bytes")).as("file of %s", row).isEmpty();
                continue;
            }
            if (status.equals("failed")) {
                assertThat(row.get("error")).as("error of %s", row).isNotBlank();
                if (!row.get("path").isEmpty()) {
                    assertThat(Path.of(row.get("path"))).as("failed file").doesNotExist();
                }
                continue;
            }
            assertThat(status).isIn("downloaded", "present");
            Product p = sim.catalogue().productByUri(row.get("uri"))
                    .or(() -> sim.catalogue().productByS3Key(row.get("s3_key")))
                    .orElseThrow(() -> new AssertionError("no simulated product for " + row));
            Path file = Path.of(row.get("path"));
            assertThat(file).as("file of %s", row).isRegularFile();
            assertThat(Long.parseLong(row.get("bytes"))).isEqualTo(Files.size(file)).isEqualTo(p.size());
            assertThat(Files.readAllBytes(file)).as("bytes of %s", file).isEqualTo(sim.files().bytes(p));
            assertThat(row.get("error")).isEmpty();
            if (status.equals("present")) {
                assertThat(row.get("source")).isEqualTo("local");
            } else {
                // a public object may come from MAST too if S3 kept failing; the others only from MAST
                assertThat(row.get("source")).as("source of %s", row.get("uri"))
                        .isIn(p.cloud() == CloudState.PUBLIC ? List.of("s3", "mast") : List.of("mast"));
            }
        }
    }
}
