package radio.transfer;

import java.io.BufferedWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * Drives {@code bench/transfer-s3.sh} (not a test):
 * <ul>
 *   <li>{@code serve ROOT COUNT SIZE PORTFILE URIFILE} — runs s3proxy on 127.0.0.1 with a filesystem store at ROOT,
 *       filling bucket {@code stpubdata} with COUNT public K2-like objects of about SIZE bytes on first use, writes
 *       the port to PORTFILE and the objects' {@code s3://} URIs to URIFILE, then serves until killed;</li>
 *   <li>{@code download ENDPOINT URIFILE OUT HOME JOBS} — what {@code radio download --uri-file URIFILE --source s3
 *       --out OUT --jobs JOBS} will do: the transfer engine, anonymous, with a fresh catalog under HOME.</li>
 * </ul>
 */
public final class TransferBench {
    private static final String BUCKET = "stpubdata";

    private TransferBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4]), Path.of(args[5]));
            case "download" -> {
                // an optional 7th argument repeats the download in this JVM (fresh folder and catalog each time),
                // to separate the JVM's warm-up from the steady state
                int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 1;
                for (int r = 1; r <= rounds; r++) {
                    String suffix = rounds == 1 ? "" : "-" + r;
                    download(URI.create(args[1]), Path.of(args[2]), Path.of(args[3] + suffix), Path.of(args[4] + suffix),
                            Integer.parseInt(args[5]));
                }
            }
            default -> throw new IllegalArgumentException("serve|download");
        }
    }

    private static void serve(Path root, int count, int size, Path portFile, Path uriFile) throws Exception {
        Files.createDirectories(root);
        boolean fresh = !Files.exists(root.resolve(BUCKET));
        S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(root.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "bench", "bench-secret")
                .jettyMaxThreads(200)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        try (BufferedWriter uris = Files.newBufferedWriter(uriFile, StandardCharsets.UTF_8)) {
            S3Client admin = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench-secret")))
                    .httpClientBuilder(Apache5HttpClient.builder()).build();
            if (fresh) {
                admin.createBucket(b -> b.bucket(BUCKET).acl(BucketCannedACL.PUBLIC_READ));
            }
            Random random = new Random(1);
            for (int i = 0; i < count; i++) {
                long epic = 201000000L + i * 37L;
                String e = Long.toString(epic);
                String key = "k2/public/lightcurves/c1/" + e.substring(0, 4) + "00000/" + e.substring(4, 6) + "000/ktwo"
                        + e + "-c01_llc.fits";
                if (fresh) {
                    byte[] body = new byte[size + random.nextInt(size / 10)];
                    random.nextBytes(body);
                    admin.putObject(b -> b.bucket(BUCKET).key(key).acl(ObjectCannedACL.PUBLIC_READ),
                            RequestBody.fromBytes(body));
                }
                uris.write("s3://" + BUCKET + "/" + key + "\n");
            }
            admin.close();
        }
        Files.writeString(portFile, Integer.toString(proxy.getPort()));
        Thread.currentThread().join();
    }

    private static void download(URI endpoint, Path uriFile, Path out, Path home, int jobs) throws Exception {
        List<TransferItem> items;
        try (Reader r = Files.newBufferedReader(uriFile, StandardCharsets.UTF_8)) {
            items = UriFile.parse(r, uriFile.toString());
        }
        RadioConfig config = RadioConfig.builder(home).radioHome(home).s3Endpoint(endpoint).jobs(jobs).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        AtomicLong firstDone = new AtomicLong();
        AtomicLong halfDone = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        TransferEvents timing = new TransferEvents() {
            @Override
            public void transferComplete(CompletedTransfer completed) {
                int n = done.incrementAndGet();
                if (n == 1) {
                    firstDone.set(System.nanoTime());
                } else if (n == items.size() / 2) {
                    halfDone.set(System.nanoTime());
                }
            }
        };
        TransferReport report;
        try (CatalogStore catalog = CatalogStore.open(config.catalogFile());
             TransferEngine engine = new TransferEngine(config, TransferSettings.defaults(), http, catalog)) {
            report = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), items, timing);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  first file after %.2f s, half the files after %.2f s%n", (firstDone.get() - t0) / 1e9,
                (halfDone.get() - t0) / 1e9);
        System.out.printf("radio engine: jobs=%d files=%d downloaded=%d present=%d failed=%d bytes=%d seconds=%.2f "
                        + "MB/s=%.1f%n", jobs, items.size(), report.downloaded().size(), report.present().size(),
                report.failed().size(), report.bytesDownloaded(), seconds, report.bytesDownloaded() / 1e6 / seconds);
        report.failed().stream().limit(5).forEach(f -> System.out.println("  failed: " + f.message()));
        if (!report.failed().isEmpty()) {
            System.exit(1);
        }
    }
}
