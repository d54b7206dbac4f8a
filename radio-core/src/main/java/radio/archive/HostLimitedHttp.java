package radio.archive;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Keeps at most the configured number of requests in flight per host; callers beyond that wait (fairly, in
 * arrival order). A slot is held from sending until {@code send} returns, i.e. until the response headers and
 * any non-streamed body have arrived; a streamed body ({@code ofInputStream}) is read after the slot is freed.
 * Thread-safe.
 */
final class HostLimitedHttp implements Http {
    private final Http inner;
    private final Map<String, Semaphore> slots = new HashMap<>();

    public HostLimitedHttp(Http inner, HostLimits limits) {
        this.inner = Objects.requireNonNull(inner, "inner");
        limits.perHost().forEach((host, max) -> slots.put(host, new Semaphore(max, true)));
    }

    @Override
    public <T> Response<T> send(Request request, BodyHandler<T> handler) throws IOException, InterruptedException {
        Semaphore s = slots.get(request.authority());
        if (s == null) {
            return inner.send(request, handler);
        }
        s.acquire();
        try {
            return inner.send(request, handler);
        } finally {
            s.release();
        }
    }
}
