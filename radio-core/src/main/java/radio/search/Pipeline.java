package radio.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * One search run's batched steps and what ties them together: the run's share of the threads, and for each step how
 * many targets in progress may still reach it. A step's part batch goes as soon as no target can still join it (or
 * when its linger runs out), so a burst of targets shares one request per step without waiting for the linger.
 *
 * <p>Each target {@link #enter enters} once and then passes the steps in order ({@link Target#passThrough}), also
 * those it skips. Steps make their {@link MicroBatcher}s here ({@link #batcher}) before the first target enters.
 * Closing ends the run's share of the threads (see {@link RunThreads#close()}). Thread-safe once the batchers are made.
 */
final class Pipeline implements AutoCloseable {

    /** The batched steps, in the order a target may reach them. */
    enum Step { RESOLVE, OBSERVATIONS, PRODUCTS, PATHS }

    private final SearchSettings settings;
    private final RunThreads threads;
    /** Per step: targets in progress that may still reach it. */
    private final Map<Step, AtomicInteger> upstream = new EnumMap<>(Step.class);
    private final Map<Step, MicroBatcher<?, ?>> batchers = new EnumMap<>(Step.class);
    /** More targets may still be read from the input. */
    private volatile boolean feeding = true;

    /**
     * @param whenStopped what to do if the executors are closed while this run is in progress (see
     *                    {@link SearchExecutors#forRun})
     */
    Pipeline(SearchExecutors executors, SearchSettings settings, Runnable whenStopped) {
        this.settings = settings;
        for (Step step : Step.values()) {
            upstream.put(step, new AtomicInteger());
        }
        this.threads = executors.forRun(settings.workers(), whenStopped);
    }

    SearchSettings settings() {
        return settings;
    }

    /** Where this run's requests run: at most {@link SearchSettings#workers()} at once. */
    Executor executor() {
        return threads;
    }

    /** The batcher of one step, sending a batch early once no target in progress can still reach {@code step}. */
    <I, O> MicroBatcher<I, O> batcher(Step step, String name, int maxItems, int maxWeight, ToIntFunction<I> weigher,
                                      MicroBatcher.BatchCall<I, O> call) {
        MicroBatcher<I, O> b = new MicroBatcher<>(name, maxItems, maxWeight, weigher, settings.linger(),
                () -> moreMayCome(step), threads::schedule, threads, call);
        if (batchers.putIfAbsent(step, b) != null) {
            throw new IllegalStateException("a second batcher for " + step);
        }
        return b;
    }

    private boolean moreMayCome(Step step) {
        return feeding || upstream.get(step).get() > 0;
    }

    /** A target starts: until it passes them, it may reach every step. */
    Target enter() {
        return new Target();
    }

    /** The input is exhausted: batches waiting only for more input can go. */
    void inputDone() {
        feeding = false;
        batchers.values().forEach(MicroBatcher::flushIfIdle);
    }

    /** Whether the executors were closed under this run (its share of the threads is gone). */
    boolean stopped() {
        return threads.isClosed();
    }

    @Override
    public void close() {
        threads.close();
    }

    /**
     * Where one target is. Passing a step means the target will never submit to it (or to an earlier one) again;
     * when the last target that might has passed, that step's waiting batch can go.
     */
    final class Target {
        private int next;

        private Target() {
            upstream.values().forEach(AtomicInteger::incrementAndGet);
        }

        /**
         * Passes every step up to {@code last}. When the target is about to submit to {@code last}, the submission
         * itself decides whether that batch can go, so it is not flushed here.
         */
        synchronized void passThrough(Step last, boolean submitting) {
            for (; next <= last.ordinal(); next++) {
                Step step = Step.values()[next];
                if (upstream.get(step).decrementAndGet() == 0 && !(step == last && submitting)) {
                    MicroBatcher<?, ?> b = batchers.get(step);
                    if (b != null) {
                        b.flushIfIdle();
                    }
                }
            }
        }

        /** The target is done: it passes every step left. */
        void finish() {
            passThrough(Step.PATHS, false);
        }
    }
}
