package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.cli.DownloadFixtures.SEED_SELECTION;
import static radio.cli.DownloadFixtures.files;
import static radio.cli.DownloadFixtures.readCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.catalog.ProductRow;
import radio.catalog.SearchRecord;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;

/**
 * {@code --offline}: after one online run the catalog answers {@code radio search} and {@code radio download} with
 * the simulated archive stopped, and names what it cannot answer. Also: what the catalog records is keyed so that
 * the same question, spelled differently, finds it.
 */
class OfflineEndToEndTest {
    /** Endpoints nothing listens on: any request would fail. */
    private static final Map<String, String> UNREACHABLE = Map.of(
            "RADIO_MAST_URL", "http://127.0.0.1:9",
            "RADIO_RESOLVER_URL", "http://127.0.0.1:9",
            "RADIO_EXOPLANET_ARCHIVE_URL", "http://127.0.0.1:9",
            "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9");

    @TempDir
    Path home;

    private static String[] args(String command, List<String> targets, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(targets);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    void withTheArchiveStoppedSearchListsAndDownloadReportsPresentEverythingKnown() throws Exception {
        List<String> targets = List.of("K2-21", "K2-28", "EPIC 206144956", "K2-1");
        Path out = home.resolve("data");
        String onlineCsv;
        List<Product> files = new ArrayList<>();
        try (SimArchive sim = SimArchive.builder().start()) {
            Map<String, String> env = DownloadFixtures.env(sim);
            CliRun search = CliRun.run(env, home, args("search", targets, "--mission", "K2", "--exptime", "1800",
                    "--product", "LLC", "--format", "csv"));
            assertThat(search.exitCode()).as("K2-1 has no light curve: %s", search.err()).isEqualTo(1);
            onlineCsv = search.out();
            CliRun download = CliRun.run(env, home, args("download", targets, "--mission", "K2", "--exptime",
                    "1800", "--product", "LLC", "--out", out.toString()));
            assertThat(download.exitCode()).as("K2-1 has no light curve: %s", download.err()).isEqualTo(1);
            targets.forEach(t -> files.addAll(sim.catalogue().lightCurves(t)));
        }
        assertThat(files).hasSize(3);
        assertThat(onlineCsv.lines()).hasSize(4);

        // the same criteria spelled differently, a planet letter, the EPIC id as a MAST target name
        CliRun offline = CliRun.run(UNREACHABLE, home, args("search", List.of("k2-21", "K2-28 b", "ktwo206144956",
                "K2-1"), "--mission", "k2", "--exptime", "1800.0", "--product", "llc", "--format", "csv", "--offline"));

        assertThat(offline.exitCode()).as(offline.err()).isEqualTo(1);
        assertThat(offline.err()).isEqualTo("radio: K2-1: no products match the selection" + System.lineSeparator());
        assertThat(rowsWithoutTarget(offline.out())).isEqualTo(rowsWithoutTarget(onlineCsv));

        Path manifest = home.resolve("m.csv");
        CliRun present = CliRun.run(UNREACHABLE, home, args("download", targets, SEED_SELECTION.get(0),
                SEED_SELECTION.get(1), SEED_SELECTION.get(2), SEED_SELECTION.get(3), SEED_SELECTION.get(4),
                SEED_SELECTION.get(5), "--out", out.toString(), "--offline", "--manifest", manifest.toString()));

        assertThat(present.exitCode()).as(present.err()).isEqualTo(1);
        assertThat(present.err()).contains("radio: 0 downloaded, 3 present, 0 failed (and 1 target without files)");
        List<Map<String, String>> rows = readCsv(manifest);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).containsEntry("target", "K2-1").containsEntry("status", "no-products");
        assertThat(rows.subList(0, 3)).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("present");
            assertThat(r.get("source")).isEqualTo("local");
        });
        for (Product p : files) {
            assertThat(rows).anySatisfy(r -> assertThat(r.get("path"))
                    .isEqualTo(DownloadFixtures.destination(out, p).toString()));
        }
    }

    @Test
    void offlineNamesWhatItCannotAnswerAndWhy() throws Exception {
        try (SimArchive sim = SimArchive.builder().start()) {
            CliRun r = CliRun.run(DownloadFixtures.env(sim), home, "search", "K2-21", "--product", "LLC", "--format",
                    "csv");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }

        CliRun offline = CliRun.run(UNREACHABLE, home, "search", "K2-21", "K2-28", "--mission", "K2", "--product",
                "LLC", "--offline", "--format", "csv");

        assertThat(offline.exitCode()).isEqualTo(1);
        assertThat(offline.out()).isEqualTo("target,obs_id,obs_collection,t_exptime,product,productFilename,size,"
                + "dataURI,s3_key,season,author,year" + System.lineSeparator());
        assertThat(offline.err()).contains("radio: K2-21: offline: searched only with other criteria "
                + "(mission=any;exptime=any;product=LLC;radius=default); search with these criteria once online")
                .contains("radio: K2-28: offline: not in the catalog (never searched while online)");

        CliRun download = CliRun.run(UNREACHABLE, home, "download", "K2-28", "--product", "LLC", "--offline",
                "--out", home.resolve("data").toString());
        assertThat(download.exitCode()).isEqualTo(1);
        assertThat(download.err()).contains("radio: K2-28: offline: not in the catalog")
                .contains("0 downloaded, 0 present, 0 failed (and 1 target without files)");
    }

    @Test
    void aHostileFileNameInSearchResultsIsRefused() throws Exception {
        String selection = "mission=K2;exptime=1800;product=LLC;radius=default";
        try (CatalogStore catalog = CatalogStore.open(home.resolve(".radio/catalog.db"))) {
            catalog.recordSearch(new SearchRecord("K2-21", selection, Instant.now(), List.of(), List.of(
                    new ProductRow("ktwo206011691-c03_lc", "K2", OptionalDouble.of(1800), Optional.of("LLC"),
                            "../../../evil.fits", OptionalLong.of(10), "mast:K2/url/x/evil.fits", Optional.empty()),
                    new ProductRow("..", "K2", OptionalDouble.of(1800), Optional.of("LLC"),
                            "fine.fits", OptionalLong.of(10), "mast:K2/url/x/fine.fits", Optional.empty()))));
        }
        Path out = home.resolve("data");

        CliRun r = CliRun.run(UNREACHABLE, home, args("download", List.of("K2-21"), SEED_SELECTION.get(0),
                SEED_SELECTION.get(1), SEED_SELECTION.get(2), SEED_SELECTION.get(3), SEED_SELECTION.get(4),
                SEED_SELECTION.get(5), "--out", out.toString(), "--offline"));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("radio: failed: ../../../evil.fits (K2-21): refused productFilename "
                + "'../../../evil.fits': contains a path separator '/'")
                .contains("radio: failed: fine.fits (K2-21): refused obs_id '..': contains '..'");
        assertThat(files(home)).noneMatch(f -> f.contains("evil") || f.contains("fine"));
        assertThat(Files.exists(out.resolve("mastDownload"))).isFalse();
    }

    /** CSV rows without their first (target) column, which echoes the spelling asked for. */
    private static List<String> rowsWithoutTarget(String csv) {
        return csv.lines().map(l -> l.substring(l.indexOf(',') + 1)).toList();
    }
}
