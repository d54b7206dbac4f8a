package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import radio.archive.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Stream;
import radio.config.RadioConfig;

/** Shared builders and checks for the transfer tests. */
final class TransferFixtures {
    static final String BUCKET = "stpubdata";

    private TransferFixtures() {
    }

    /** A config pointing at the given servers, with fast retries for tests. */
    static RadioConfig.Builder config(Path home, URI mastUrl, URI s3Endpoint) {
        return RadioConfig.builder(home)
                .radioHome(home.resolve("radio-home"))
                .mastUrl(mastUrl)
                .s3Endpoint(s3Endpoint)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10))
                .maxAttempts(6)
                .retryBaseDelay(Duration.ofMillis(5));
    }

    static TransferSettings fastSettings() {
        return TransferSettings.defaults().withStallTimeout(Duration.ofMillis(2_000)).withRetryMaxDelay(Duration.ofMillis(40));
    }

    static Transport http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()::send;
    }

    /** Deterministic pseudo-random content of {@code size} bytes. */
    static byte[] content(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A K2 long-cadence product for EPIC {@code epic}, with both a data URI and an S3 key. */
    static TransferItem k2(String epic, long size, boolean withKey) {
        String name = "ktwo" + epic + "-c01_llc.fits";
        String rest = "lightcurves/c1/" + epic.substring(0, 4) + "00000/" + epic.substring(4, 6) + "000/" + name;
        return TransferItem.product("EPIC " + epic, "K2", "ktwo" + epic + "-c01_lc", Optional.of("LLC"), name,
                "mast:K2/url/missions/k2/" + rest,
                withKey ? Optional.of(new S3Location(BUCKET, "k2/public/" + rest)) : Optional.empty(),
                OptionalLong.of(size));
    }

    static String key(TransferItem item) {
        return item.s3().orElseThrow().key();
    }

    /** Files radio leaves only while a transfer is unfinished. */
    static List<Path> temporaryFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().endsWith(".part.json")).toList();
        }
    }

    static void assertNoTemporaryFiles(Path dir) throws IOException {
        assertThat(temporaryFiles(dir)).as("temporary files left under %s", dir).isEmpty();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
