package radio.archive;

import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context that is built on first use instead of when the HTTP client is built.
 *
 * <p>The JDK's {@code HttpClient} initialises {@link SSLContext#getDefault()} (provider set-up and the CA store)
 * in its constructor, about 0.2 s of every command's start-up, even when every endpoint is plain {@code http}
 * (mirrors, the simulated archive) or nothing goes online at all. This context defers that to the first TLS
 * connection and then behaves exactly as the default one: same provider, trust store, protocols and cipher
 * suites. Host-name verification is unaffected: the HTTP client sets it on each connection's own parameters.
 *
 * <p>Use it together with {@link #clientParameters()}, which keeps the client from asking for the default
 * parameters (and so initialising the context) at construction. Thread-safe.
 */
final class LazyTls {
    private LazyTls() {
    }

    /** A context that delegates to {@link SSLContext#getDefault()}, initialised at the first connection. */
    public static SSLContext defaultContext() {
        return new Deferred(LazyTls::jdkDefault);
    }

    /** A context that delegates to the one {@code supplier} gives, asked for once at the first connection. */
    public static SSLContext deferred(Supplier<SSLContext> supplier) {
        return new Deferred(supplier);
    }

    /**
     * Parameters for {@code HttpClient.Builder.sslParameters}: nothing set, so each connection's engine keeps the
     * context's own defaults for protocols and cipher suites.
     */
    public static SSLParameters clientParameters() {
        return new SSLParameters();
    }

    private static SSLContext jdkDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context in this Java runtime", e);
        }
    }

    private static final class Deferred extends SSLContext {
        Deferred(Supplier<SSLContext> supplier) {
            // the provider is only reported by getProvider(); the real work is the delegate's
            super(new DeferredSpi(supplier), null, "Default");
        }
    }

    private static final class DeferredSpi extends SSLContextSpi {
        private final Supplier<SSLContext> supplier;
        private volatile SSLContext delegate;

        DeferredSpi(Supplier<SSLContext> supplier) {
            this.supplier = Objects.requireNonNull(supplier, "supplier");
        }

        private SSLContext delegate() {
            SSLContext d = delegate;
            if (d == null) {
                synchronized (this) {
                    d = delegate;
                    if (d == null) {
                        d = Objects.requireNonNull(supplier.get(), "TLS context supplier returned null");
                        delegate = d;
                    }
                }
            }
            return d;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("a deferred default TLS context cannot be re-initialised");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return delegate().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return delegate().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return delegate().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return delegate().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return delegate().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return delegate().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return delegate().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return delegate().getSupportedSSLParameters();
        }
    }
}
