package radio.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * A real S3 server (s3proxy, filesystem backend in a temporary folder) in this JVM on 127.0.0.1, port 0. It
 * enforces AWS signatures and object ACLs: objects put {@linkplain #putPublic public} can be read anonymously,
 * {@linkplain #putPrivate private} ones only with the {@link #ACCESS_KEY}/{@link #SECRET_KEY} credentials.
 * Objects get a plain MD5 ETag.
 */
public final class S3ProxyFixture implements AutoCloseable {
    public static final String ACCESS_KEY = "radio-test-access-key";
    public static final String SECRET_KEY = "radio-test-secret-key";

    private final Path root;
    private final S3Proxy proxy;
    private final S3Client admin;

    private S3ProxyFixture(Path root, S3Proxy proxy, S3Client admin) {
        this.root = root;
        this.proxy = proxy;
        this.admin = admin;
    }

    public static S3ProxyFixture start() throws Exception {
        Path root = Files.createTempDirectory("radio-s3proxy");
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(root.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        S3Client admin = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
        return new S3ProxyFixture(root, proxy, admin);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public int port() {
        return proxy.getPort();
    }

    public S3ProxyFixture createBucket(String bucket) {
        admin.createBucket(b -> b.bucket(bucket));
        return this;
    }

    /** Puts an object anyone may read (public-read ACL). */
    public S3ProxyFixture putPublic(String bucket, String key, byte[] content) {
        admin.putObject(b -> b.bucket(bucket).key(key).acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromBytes(content));
        return this;
    }

    /** Puts an object only signed requests may read. */
    public S3ProxyFixture putPrivate(String bucket, String key, byte[] content) {
        admin.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        return this;
    }

    /**
     * Flips one byte of the stored object in place, behind s3proxy's back: it keeps serving the old ETag (the MD5
     * of the original content) with the corrupted bytes.
     */
    public void corrupt(String bucket, String key, int offset) throws IOException {
        Path file = root.resolve(bucket).resolve(key);
        byte[] b = Files.readAllBytes(file);
        b[offset] ^= 0x5a;
        Files.write(file, b, StandardOpenOption.WRITE);
    }

    @Override
    public void close() throws Exception {
        admin.close();
        proxy.stop();
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
