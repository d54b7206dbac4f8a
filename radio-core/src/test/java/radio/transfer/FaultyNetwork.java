package radio.transfer;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import radio.testing.LoopbackHttpServer;
import radio.testing.LoopbackHttpServer.Fault;

/**
 * Injects a fault into a seeded fraction of requests: 503s, connection resets, truncated bodies and stalled
 * bodies, in equal shares.
 */
final class FaultyNetwork implements LoopbackHttpServer.FaultPolicy {
    private static final Fault[] KINDS = {Fault.STATUS_503, Fault.RESET, Fault.TRUNCATE, Fault.STALL};

    private final Random random;
    private final double rate;
    private final AtomicInteger injected = new AtomicInteger();

    FaultyNetwork(long seed, double rate) {
        this.random = new Random(seed);
        this.rate = rate;
    }

    /** A policy that spoils the first GET with {@code first}, then answers every later request with 503. */
    static LoopbackHttpServer.FaultPolicy firstGetThenUnavailable(Fault first) {
        AtomicInteger gets = new AtomicInteger();
        return r -> !r.method().equals("GET") ? Fault.NONE
                : gets.incrementAndGet() == 1 ? first : Fault.STATUS_503;
    }

    @Override
    public Fault decide(LoopbackHttpServer.Request request) {
        synchronized (random) {
            if (random.nextDouble() >= rate) {
                return Fault.NONE;
            }
            injected.incrementAndGet();
            return KINDS[random.nextInt(KINDS.length)];
        }
    }

    int injected() {
        return injected.get();
    }
}
