package radio.transfer;

import java.io.BufferedWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * The s3proxy server of {@code bench/transfer-s3.sh} (not a test): {@code serve ROOT COUNT SIZE PORTFILE URIFILE}
 * runs s3proxy on 127.0.0.1 with a filesystem store at ROOT, filling bucket {@code stpubdata} with COUNT public
 * K2-like objects of about SIZE bytes on first use, writes the port to PORTFILE and the objects' {@code s3://} URIs
 * to URIFILE, then serves until killed. The script downloads them with {@code radio download --uri-file}.
 */
public final class TransferBench {
    private static final String BUCKET = "stpubdata";

    private TransferBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || !args[0].equals("serve")) {
            throw new IllegalArgumentException("usage: serve ROOT COUNT SIZE PORTFILE URIFILE");
        }
        serve(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
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
}
