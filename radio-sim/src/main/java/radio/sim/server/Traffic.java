package radio.sim.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every simulated endpoint shares: request counters, the request log, the added latency and the fault
 * rules. Thread-safe; settings may change while servers run.
 */
public final class Traffic {
    private static final Logger LOG = LoggerFactory.getLogger(Traffic.class);

    private final Map<Endpoint, AtomicLong> requests = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, AtomicLong> faults = new EnumMap<>(Endpoint.class);
    private final Deque<RecordedRequest> log = new ArrayDeque<>();
    private final int logCapacity;
    private final Clock clock;
    private final CountDownLatch closed = new CountDownLatch(1);

    private volatile Duration latency;
    private volatile Duration retryAfter;
    private volatile Duration stallLimit;
    private volatile List<ArmedRule> rules = List.of();
    private final SplittableRandom cuts;

    /** A rule with its own request counter and random generator. */
    private static final class ArmedRule {
        final FaultRule rule;
        final SplittableRandom random;
        long seen;

        ArmedRule(FaultRule rule, long seed) {
            this.rule = rule;
            this.random = new SplittableRandom(seed);
        }

        synchronized Optional<Fault> decide(Endpoint endpoint) {
            if (!rule.endpoints().contains(endpoint)) {
                return Optional.empty();
            }
            long n = seen++;
            List<Fault> fs = rule.faults();
            if (n < rule.firstN()) {
                return Optional.of(fs.get((int) (n % fs.size())));
            }
            if (rule.rate() > 0 && random.nextDouble() < rule.rate()) {
                return Optional.of(fs.get(random.nextInt(fs.size())));
            }
            return Optional.empty();
        }
    }

    public Traffic(Duration latency, Duration retryAfter, Duration stallLimit, int logCapacity, long faultSeed,
                   List<FaultRule> rules, Clock clock) {
        for (Endpoint e : Endpoint.values()) {
            requests.put(e, new AtomicLong());
            faults.put(e, new AtomicLong());
        }
        this.latency = latency;
        this.retryAfter = retryAfter;
        this.stallLimit = stallLimit;
        this.logCapacity = logCapacity;
        this.clock = clock;
        this.cuts = new SplittableRandom(faultSeed ^ 0x7C07L);
        setRules(rules, faultSeed);
    }

    /** Replaces the fault rules; their counters start again from zero. */
    public void setRules(List<FaultRule> newRules, long faultSeed) {
        List<ArmedRule> armed = new ArrayList<>();
        for (int i = 0; i < newRules.size(); i++) {
            armed.add(new ArmedRule(newRules.get(i), faultSeed * 1_000_003L + i));
        }
        rules = List.copyOf(armed);
    }

    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    public Duration latency() {
        return latency;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Counts and logs a request, waits the configured latency, and picks the fault for its response.
     */
    Optional<Fault> admit(Endpoint endpoint, Request request) {
        requests.get(endpoint).incrementAndGet();
        Optional<Fault> fault = Optional.empty();
        for (ArmedRule rule : rules) {
            fault = rule.decide(endpoint);
            if (fault.isPresent()) {
                faults.get(endpoint).incrementAndGet();
                LOG.debug("injecting {} into {} {}", fault.get(), request.method(), request.path());
                break;
            }
        }
        record(new RecordedRequest(endpoint, request.method(), request.path(), request.params(), request.headers(),
                fault, clock.instant()));
        sleep(latency);
        return fault;
    }

    private void record(RecordedRequest r) {
        synchronized (log) {
            log.addLast(r);
            while (log.size() > logCapacity) {
                log.removeFirst();
            }
        }
    }

    private void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            closed.await(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fraction in [0.2, 0.8): how much of a body a truncated or stalled response delivers. */
    double cutFraction() {
        synchronized (cuts) {
            return 0.2 + 0.6 * cuts.nextDouble();
        }
    }

    /** Blocks a stalled response until the stall limit passes or the servers close. */
    void stall() {
        sleep(stallLimit);
    }

    /** Requests received by an endpoint (faulted ones included). */
    public long requestCount(Endpoint endpoint) {
        return requests.get(endpoint).get();
    }

    /** Responses of an endpoint that carried an injected fault. */
    public long faultCount(Endpoint endpoint) {
        return faults.get(endpoint).get();
    }

    /** The most recent requests (up to the log capacity), oldest first. */
    public List<RecordedRequest> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Zeroes the counters and empties the log (fault rules keep their state). */
    public void reset() {
        for (Endpoint e : Endpoint.values()) {
            requests.get(e).set(0);
            faults.get(e).set(0);
        }
        synchronized (log) {
            log.clear();
        }
    }

    /** Releases stalled and delayed responses; called when the servers stop. */
    public void close() {
        closed.countDown();
    }
}
