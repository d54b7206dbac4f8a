package radio.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deferred TLS context changes when TLS is set up, never whom it trusts or whether host names are checked. */
class LazyTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private HttpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void buildingAClientDoesNotSetUpTls() {
        AtomicInteger built = new AtomicInteger();
        client(() -> {
            built.incrementAndGet();
            return null;
        });
        assertThat(built).hasValue(0);
    }

    @Test
    void theFirstHttpsConnectionSetsUpTlsOnceAndTrustsWhatTheDelegateTrusts() throws Exception {
        KeyStore keys = keyStore("127.0.0.1", "ip:127.0.0.1");
        URI uri = serve(keys);
        AtomicInteger built = new AtomicInteger();
        HttpClient client = client(() -> {
            built.incrementAndGet();
            return trusting(keys);
        });

        assertThat(get(client, uri)).isEqualTo("hello");
        assertThat(get(client, uri)).isEqualTo("hello");
        assertThat(built).hasValue(1);
    }

    @Test
    void hostNamesAreStillVerified() throws Exception {
        KeyStore keys = keyStore("other.example", "dns:other.example");
        URI uri = serve(keys);
        HttpClient client = client(() -> trusting(keys));

        assertThatThrownBy(() -> get(client, uri)).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theDefaultContextKeepsTheJdkTrustStore() throws Exception {
        URI uri = serve(keyStore("127.0.0.1", "ip:127.0.0.1"));
        HttpClient client = HttpClient.newBuilder().sslContext(LazyTls.defaultContext())
                .sslParameters(LazyTls.clientParameters()).build();

        // a self-signed certificate is not in the JDK's CA store
        assertThatThrownBy(() -> get(client, uri)).isInstanceOf(SSLHandshakeException.class);
    }

    private static HttpClient client(Supplier<SSLContext> tls) {
        return HttpClient.newBuilder().sslContext(LazyTls.deferred(tls)).sslParameters(LazyTls.clientParameters())
                .build();
    }

    private static String get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI serve(KeyStore keys) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A self-signed key pair made by the JDK's own keytool, so the test needs no crypto library. */
    private KeyStore keyStore(String commonName, String subjectAltName) throws Exception {
        Path file = dir.resolve(commonName + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-dname", "CN=" + commonName, "-ext", "SAN=" + subjectAltName, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("keytool: " + output).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }

    private static SSLContext trusting(KeyStore keys) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(keys);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
