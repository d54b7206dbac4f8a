package radio.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.catalog.CatalogException;
import radio.catalog.Catalog;
import radio.catalog.FileRecord;

/**
 * Records completed files in the catalog from one background thread, many per transaction (group commit), so
 * transfer threads never wait for a database commit. {@link #flush()} waits until everything recorded so far is
 * committed; the engine flushes at the end of every session. A crash loses at most the records not yet committed,
 * which only costs a cheap re-verification of those files next time.
 */
final class CatalogRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogRecorder.class);
    private static final int MAX_BATCH = 500;
    /** Queued by {@link #close()} to end the thread. */
    private static final Object STOP = new Object();

    private final Catalog catalog;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private long enqueued;
    private long written;

    CatalogRecorder(Catalog catalog) {
        this.catalog = catalog;
        this.thread = new Thread(this::run, "radio-catalog-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record; returns at once. */
    void record(FileRecord file) {
        synchronized (this) {
            enqueued++;
        }
        queue.add(file);
    }

    /** Waits until every record queued before this call is committed (or failed and logged). */
    void flush() throws InterruptedException {
        synchronized (this) {
            long target = enqueued;
            while (written < target && thread.isAlive()) {
                wait(100);
            }
        }
    }

    /** Flushes, then stops the thread. */
    @Override
    public void close() {
        try {
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.add(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Object> drained = new ArrayList<>();
        while (true) {
            drained.clear();
            try {
                drained.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(drained, MAX_BATCH - 1);
            List<FileRecord> batch = new ArrayList<>(drained.size());
            boolean stop = false;
            for (Object o : drained) {
                if (o == STOP) {
                    stop = true;
                } else {
                    batch.add((FileRecord) o);
                }
            }
            try {
                catalog.recordFiles(batch);
            } catch (CatalogException e) {
                // the files themselves are good; the next run re-verifies them cheaply
                log.warn("{}; {} file(s) will be verified again next time", e.getMessage(), batch.size());
            }
            synchronized (this) {
                written += batch.size();
                notifyAll();
            }
            if (stop) {
                return;
            }
        }
    }
}
