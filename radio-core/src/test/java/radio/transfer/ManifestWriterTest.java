package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {
    @TempDir
    Path dir;

    private TransferReport report() {
        TransferItem ok = TransferItem.product("K2-18", "K2", "ktwo201912552-c01_lc", Optional.of("LLC"),
                "ktwo201912552-c01_llc.fits", "mast:K2/url/missions/k2/ktwo201912552-c01_llc.fits",
                Optional.of(new S3Location("stpubdata", "k2/public/ktwo201912552-c01_llc.fits")), OptionalLong.of(368640));
        TransferItem bad = TransferItem.ofDataUri("mast:K2/url/missions/k2/missing.fits");
        Path file = dir.resolve("out/mastDownload/K2/ktwo201912552-c01_lc/ktwo201912552-c01_llc.fits");
        return new TransferReport(List.of(
                new CompletedTransfer(ok, file, CompletedTransfer.Kind.DOWNLOADED, TransferSource.S3, 368640,
                        "0123456789abcdef0123456789abcdef"),
                new FailedTransfer(bad, Optional.of(dir.resolve("out/K2/url/missions/k2/missing.fits")),
                        Optional.of(TransferSource.MAST),
                        new java.io.IOException("MAST said \"no\", twice"))), 368640, Duration.ofSeconds(1));
    }

    @Test
    void csvHasExactlyTheCliColumnsAndQuotesWhereNeeded() throws Exception {
        Path csv = dir.resolve("m.csv");
        ManifestWriter.forFile(csv).write(report());
        List<List<String>> rows = ManifestAssertions.readCsv(csv);
        assertThat(rows.get(0)).containsExactly("target", "obs_id", "obs_collection", "product", "uri", "s3_key",
                "source", "status", "bytes", "path", "error");
        assertThat(rows.get(1)).containsExactly("K2-18", "ktwo201912552-c01_lc", "K2", "LLC",
                "mast:K2/url/missions/k2/ktwo201912552-c01_llc.fits", "k2/public/ktwo201912552-c01_llc.fits", "s3",
                "downloaded", "368640",
                dir.resolve("out/mastDownload/K2/ktwo201912552-c01_lc/ktwo201912552-c01_llc.fits").toString(), "");
        assertThat(rows.get(2)).containsExactly("", "", "", "", "mast:K2/url/missions/k2/missing.fits", "", "mast",
                "failed", "", dir.resolve("out/K2/url/missions/k2/missing.fits").toString(), "MAST said \"no\", twice");
        assertThat(Files.readString(csv)).contains("\"MAST said \"\"no\"\", twice\"");
    }

    @Test
    void jsonUsesTheSameKeysWithNullsAndNumbers() throws Exception {
        Path json = dir.resolve("m.JSON");
        ManifestWriter.forFile(json).write(report());
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactlyElementsOf(ManifestWriter.COLUMNS);
        assertThat(rows.get(0).get("bytes").isNumber()).isTrue();
        assertThat(rows.get(0).get("bytes").asLong()).isEqualTo(368640);
        assertThat(rows.get(0).get("error").isNull()).isTrue();
        assertThat(rows.get(1).get("target").isNull()).isTrue();
        assertThat(rows.get(1).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void replacesAnOlderManifestAtomicallyLeavingNoTemporaryFile() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "old");
        ManifestWriter.forFile(csv).write(report());
        assertThat(Files.readString(csv)).startsWith("target,obs_id");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("m.csv");
        }
    }

    @Test
    void refusesOtherExtensionsNamingTheOption() {
        assertThatThrownBy(() -> ManifestWriter.forFile(dir.resolve("m.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--manifest").hasMessageContaining(".csv or .json");
    }
}
