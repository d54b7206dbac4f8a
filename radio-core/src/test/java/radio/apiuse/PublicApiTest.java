package radio.apiuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.api.DownloadJob;
import radio.api.DownloadListener;
import radio.api.DownloadRequest;
import radio.api.DownloadedFile;
import radio.api.Downloads;
import radio.api.FileFailure;
import radio.api.Radio;
import radio.api.Search;
import radio.api.SearchResults;
import radio.archive.Transport;
import radio.catalog.Catalog;
import radio.config.RadioConfig;
import radio.search.Selection;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/**
 * radio used as a library user would, through its public API only (this package is not radio's): a recording
 * transport and a listener plugged into the builder, the seed targets downloaded from the simulated archive, and a
 * second download cancelled half-way, which leaves only complete files and resumable parts that a third completes.
 */
class PublicApiTest {
    @TempDir
    Path dir;

    /** Every request radio sends, as a user's wrapper around a JDK client would see it. */
    static final class RecordingTransport implements Transport {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final ConcurrentLinkedQueue<URI> sent = new ConcurrentLinkedQueue<>();

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            sent.add(request.uri());
            return client.send(request, handler);
        }

        long to(URI base) {
            return sent.stream().filter(u -> u.getPort() == base.getPort()).count();
        }
    }

    /** Each file's events in order, checked against the listener contract as they come. */
    static final class RecordingListener implements DownloadListener {
        final Map<String, String> state = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<DownloadedFile> completed = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<FileFailure> failed = new ConcurrentLinkedQueue<>();

        @Override
        public void fileStarted(String uri) {
            if (state.put(uri, "started") != null) {
                violations.add("started twice: " + uri);
            }
        }

        @Override
        public void bytesReceived(String uri, long bytes, OptionalLong total) {
            if (!"started".equals(state.get(uri))) {
                violations.add("bytes outside start..end: " + uri);
            }
        }

        @Override
        public void fileCompleted(DownloadedFile file) {
            end(file.uri(), "completed");
            completed.add(file);
        }

        @Override
        public void fileFailed(FileFailure failure) {
            end(failure.uri(), "failed");
            failed.add(failure);
        }

        private void end(String uri, String how) {
            if (!"started".equals(state.put(uri, how))) {
                violations.add(how + " without a start, or twice: " + uri);
            }
        }
    }

    @Test
    void aUserPlugsInATransportAndAListenerDownloadsTheSeedTargetsAndCancelsASecondDownloadHalfWay()
            throws Exception {
        // bodies trickle: a 370 KB light curve takes a few seconds, so the second download is caught in flight
        try (SimArchive sim = SimArchive.builder().latency(Duration.ofMillis(5)).start()) {
            RadioConfig config = RadioConfig.builder(dir).environment(sim.clientEnvironment())
                    .radioHome(dir.resolve("radio-home")).build();
            List<String> seeds = sim.catalogue().seedTargetNames();
            Set<String> truthUris = seeds.stream().flatMap(n -> sim.catalogue().lightCurves(n).stream())
                    .map(Product::dataUri).collect(Collectors.toSet());
            RecordingTransport transport = new RecordingTransport();
            RecordingListener listener = new RecordingListener();

            try (Catalog catalog = Catalog.inMemory();
                 Radio radio = Radio.builder(config).transport(transport).catalog(catalog).listener(listener)
                         .jobs(8).build()) {
                SearchResults found = radio.search(seeds, Selection.k2LongCadenceLightCurves());
                Downloads first = radio.download(found, dir.resolve("data"));

                assertThat(found.products()).extracting(p -> p.dataUri()).containsExactlyInAnyOrderElementsOf(truthUris);
                assertThat(first.complete()).as("%s", first.failed()).isTrue();
                assertThat(listener.violations).isEmpty();
                assertThat(listener.state).hasSize(truthUris.size()).allSatisfy((uri, s) ->
                        assertThat(s).as(uri).isEqualTo("completed"));
                assertThat(listener.completed).extracting(DownloadedFile::uri)
                        .containsExactlyInAnyOrderElementsOf(truthUris);
                for (DownloadedFile f : first.files()) {
                    Product p = sim.catalogue().productByUri(f.uri()).orElseThrow();
                    assertThat(Files.readAllBytes(f.path())).as(f.uri()).isEqualTo(sim.files().bytes(p));
                }
                // every request went through the transport: the queries, S3 and MAST's file downloads
                assertThat(transport.to(sim.mastUrl())).isEqualTo(sim.requestCount(Endpoint.INVOKE)
                        + sim.requestCount(Endpoint.PATH_LOOKUP) + sim.requestCount(Endpoint.DOWNLOAD_GET)
                        + sim.requestCount(Endpoint.DOWNLOAD_HEAD)).isPositive();
                assertThat(transport.to(sim.s3Endpoint())).isEqualTo(sim.requestCount(Endpoint.S3_GET)
                        + sim.requestCount(Endpoint.S3_HEAD)).isPositive();
                assertThat(transport.to(sim.exoplanetArchiveUrl())).isEqualTo(sim.requestCount(Endpoint.TAP));
            }

            // a second download of the same targets into another folder, its bodies hanging half-way
            sim.setFaults(List.of(FaultRule.rate(1.0, Fault.STALL, Endpoint.S3_GET, Endpoint.DOWNLOAD_GET)));
            RecordingListener second = new RecordingListener();
            Path out = dir.resolve("second");
            try (Radio radio = Radio.builder(config).transport(transport).listener(second).build()) {
                DownloadJob job = radio.startDownload(DownloadRequest.of(
                        Search.of(seeds, Selection.k2LongCadenceLightCurves()), out), r -> { });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                // resume tokens are written once a body has been arriving for a second
                while (partsWithTokens(out) < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                job.cancel();
                Downloads cancelled = job.completion().get(60, TimeUnit.SECONDS);

                assertThat(cancelled.failed()).as("files in flight and queued fail as cancelled").isNotEmpty();
                assertThat(second.violations).isEmpty();
                assertThat(second.state.values()).as("every file started got exactly one end")
                        .allSatisfy(s -> assertThat(s).isIn("completed", "failed"));
            }
            assertOnlyCompleteFilesAndResumableParts(sim, out);
            long parts = partsWithTokens(out);
            assertThat(parts).as("resumable parts left by the cancel").isPositive();

            // and a third download resumes them with HTTP Range and completes everything
            sim.setFaults(List.of());
            sim.resetCounters();
            try (Radio radio = Radio.builder(config).transport(transport).build()) {
                Downloads resumed = radio.download(seeds, Selection.k2LongCadenceLightCurves(), out);
                assertThat(resumed.failed()).isEmpty();
                assertThat(resumed.files()).extracting(DownloadedFile::uri)
                        .containsExactlyInAnyOrderElementsOf(truthUris);
            }
            assertThat(sim.requests(Endpoint.S3_GET).stream().filter(r -> r.header("Range").isPresent()).count()
                    + sim.requests(Endpoint.DOWNLOAD_GET).stream().filter(r -> r.header("Range").isPresent()).count())
                    .as("parts resumed, not started over").isGreaterThanOrEqualTo(parts);
            assertOnlyCompleteFilesAndResumableParts(sim, out);
            assertThat(partsWithTokens(out)).isZero();
        }
    }

    /** Under {@code out}: complete files with exactly the archive's bytes, and parts each with its resume token. */
    private static void assertOnlyCompleteFilesAndResumableParts(SimArchive sim, Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".part")) {
                    assertThat(Path.of(f + ".json")).as("resume token of %s", f).exists();
                } else if (name.endsWith(".part.json")) {
                    assertThat(Path.of(f.toString().replaceFirst("\\.json$", ""))).as("part of %s", f).exists();
                } else {
                    Product p = sim.catalogue().seedTargetNames().stream()
                            .flatMap(n -> sim.catalogue().lightCurves(n).stream())
                            .filter(x -> x.productFilename().equals(name)).findFirst()
                            .orElseThrow(() -> new AssertionError("not a product: " + f));
                    assertThat(Files.readAllBytes(f)).as("complete file %s", f).isEqualTo(sim.files().bytes(p));
                }
            }
        }
    }

    private static long partsWithTokens(Path out) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".part") && Files.exists(Path.of(p + ".json"))).count();
        }
    }
}
