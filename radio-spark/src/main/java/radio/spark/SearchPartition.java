package radio.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import radio.lightcurve.FitsLightCurveReader;
import radio.spark.s3.PublicBucket;
import radio.spark.s3.S3Object;

/**
 * The work of one partition: one HTTP client, one S3 reader and one light-curve reader for all its objects, a
 * bounded prefetch so that fetching the next objects overlaps searching this one, and one outcome row per object
 * in input order. Holds only its settings between tasks: everything else is made per call and closed when the
 * partition is done (or its task ends early).
 */
final class SearchPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final SearchSettings settings;

    SearchPartition(SearchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        PublicBucket bucket = settings.newBucket();
        Optional<HostScore> model = loadModel();
        LightCurvePipeline pipeline = new LightCurvePipeline(new FitsLightCurveReader(), settings, model);
        Iterator<S3Object> objects = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public S3Object next() {
                return Tables.object(input.next());
            }
        };
        Prefetcher<S3Object, byte[]> fetched = new Prefetcher<>(objects, bucket::get, settings.prefetch());
        // closed once: when the last object has been searched, or when the task ends early
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                fetched.close();
                model.ifPresent(HostScore::close);
            }
        };
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> close.run());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = fetched.hasNext();
                if (!more) {
                    close.run();
                }
                return more;
            }

            @Override
            public Row next() {
                Prefetcher.Fetched<S3Object, byte[]> f = fetched.next();
                return f.failure() != null ? LightCurvePipeline.fetchFailed(f.item(), f.failure())
                        : pipeline.run(f.item(), f.value());
            }
        };
    }

    /** The model of {@code --model}, checked on the driver before any task ran; a folder gone since is a failure. */
    private Optional<HostScore> loadModel() {
        if (settings.model().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostScore.load(settings.model().get()));
        } catch (IOException e) {
            throw new UncheckedIOException("--model " + settings.modelDir() + ": " + e.getMessage(), e);
        }
    }
}
