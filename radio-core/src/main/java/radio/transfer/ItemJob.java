package radio.transfer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.catalog.FileRecord;

/**
 * The work for one item of a session: check what the catalog and disk already vouch for, then fetch from each
 * service of its route in turn (S3 on the engine's S3 pool, MAST on its smaller MAST pool), with retries,
 * resume and verification. Always ends in exactly one {@link TransferOutcome}; never throws.
 */
final class ItemJob {
    private static final Logger log = LoggerFactory.getLogger(ItemJob.class);
    private static final int BUFFER_BYTES = 1 << 16;

    private final TransferEngine engine;
    private final TransferSession session;
    private final TransferItem item;
    private final Path destination;
    private final List<ObjectFetcher> route;
    private final boolean offline;
    /** Bytes of this item currently counted in the session's {@code bytesDone}. */
    private long counted;
    /** Why S3 was given up, when the item fell back to MAST. */
    private TransferException s3Failure;
    private TransferSource lastTried;

    ItemJob(TransferEngine engine, TransferSession session, TransferItem item, Path destination,
            List<ObjectFetcher> route, boolean offline) {
        this.engine = engine;
        this.session = session;
        this.item = item;
        this.destination = destination;
        this.route = route;
        this.offline = offline;
    }

    /** Schedules the work; the future always completes normally with the outcome. */
    CompletableFuture<TransferOutcome> start() {
        return CompletableFuture.supplyAsync(this::firstStage, engine.s3Pool())
                .thenCompose(o -> o != null ? CompletableFuture.completedFuture(o)
                        : CompletableFuture.supplyAsync(this::mastStage, engine.mastPool()))
                .exceptionally(t -> failed(Failures.unwrap(t)))
                .thenApply(this::finish);
    }

    /** Local checks, then S3 if S3 comes first; null means "continue with MAST". */
    private TransferOutcome firstStage() {
        session.events().transferInitiated(item);
        try {
            session.checkOpen(item);
            if (!Files.exists(Destinations.part(destination))) {
                Optional<FileRecord> known = LocalFiles.confirmed(engine.catalog(), destination, item);
                if (known.isPresent()) {
                    return present(known.get().size(), known.get().md5());
                }
            }
            if (offline) {
                return offlineCheck();
            }
            ObjectFetcher first = route.get(0);
            if (first.source() == TransferSource.MAST) {
                return null;
            }
            try {
                return transfer(first);
            } catch (TransferException e) {
                if (route.size() > 1 && !session.cancelled()) {
                    s3Failure = e;
                    log.debug("{}: {}; trying MAST", item.displayName(), e.getMessage());
                    return null;
                }
                throw e;
            }
        } catch (Exception e) {
            return failed(e);
        }
    }

    private TransferOutcome mastStage() {
        try {
            session.checkOpen(item);
            return transfer(route.get(route.size() - 1));
        } catch (Exception e) {
            if (s3Failure != null) {
                e.addSuppressed(s3Failure);
            }
            return failed(e);
        }
    }

    private TransferOutcome offlineCheck() throws IOException {
        if (!Files.isRegularFile(destination)) {
            throw new NotAvailableOfflineException(item.uri(), destination, "not downloaded yet");
        }
        long size = Files.size(destination);
        if (item.expectedSize().isEmpty()) {
            throw new NotAvailableOfflineException(item.uri(), destination,
                    "on disk but unknown to the catalog, and no size is known to verify it");
        }
        if (item.expectedSize().getAsLong() != size) {
            throw new NotAvailableOfflineException(item.uri(), destination, "on disk with " + size
                    + " bytes instead of " + item.expectedSize().getAsLong());
        }
        String md5 = Md5.ofFile(destination);
        record(TransferSource.LOCAL, size, md5);
        return present(size, md5);
    }

    /** Under the part lock: anything another process finished, a file already on disk, else a download. */
    private TransferOutcome transfer(ObjectFetcher fetcher) throws IOException {
        lastTried = fetcher.source();
        try (PartFile part = PartFile.lock(destination)) {
            if (Files.isRegularFile(destination)) {
                // another process may have finished it while we waited for the lock
                Optional<FileRecord> known = LocalFiles.confirmed(engine.catalog(), destination, item);
                if (known.isPresent()) {
                    part.discard();
                    return present(known.get().size(), known.get().md5());
                }
                Optional<TransferOutcome> verified = verifyExisting(fetcher, part);
                if (verified.isPresent()) {
                    return verified.get();
                }
            }
            return download(fetcher, part);
        }
    }

    /**
     * A file on disk the catalog does not vouch for: kept (and recorded) when its size matches the archive's and,
     * where S3 gives a plain-MD5 ETag, its MD5 matches too. Costs at most one HEAD request, no body.
     */
    private Optional<TransferOutcome> verifyExisting(ObjectFetcher fetcher, PartFile part) throws IOException {
        long size = Files.size(destination);
        if (item.expectedSize().isPresent() && item.expectedSize().getAsLong() != size) {
            return Optional.empty();
        }
        RemoteObject remote = fetcher.source() == TransferSource.MAST && item.expectedSize().isPresent()
                ? new RemoteObject(item.expectedSize(), Optional.empty(), Optional.empty())
                : fetcher.head(item);
        if (remote.size().isEmpty() || remote.size().getAsLong() != size) {
            return Optional.empty();
        }
        String md5 = Md5.ofFile(destination);
        Optional<String> etagMd5 = fetcher.source() == TransferSource.S3 ? Md5.ofPlainEtag(remote.etag())
                : Optional.empty();
        if (etagMd5.isPresent() && !etagMd5.get().equals(md5)) {
            log.debug("{} has the right size but not the archive's MD5; downloading it again", destination);
            return Optional.empty();
        }
        part.discard();
        record(TransferSource.LOCAL, size, md5);
        return Optional.of(present(size, md5));
    }

    /** Attempts until the file is complete, a failure is final, or the attempts without progress run out. */
    private TransferOutcome download(ObjectFetcher fetcher, PartFile part) throws IOException {
        int failures = 0;
        int tries = 0;
        int maxAttempts = engine.config().maxAttempts();
        while (true) {
            tries++;
            long before = part.size();
            try {
                return attempt(fetcher, part);
            } catch (TransferException e) {
                if (!Failures.retryable(e) || session.cancelled()) {
                    throw e;
                }
                boolean progressed = part.size() > before;
                if (!progressed) {
                    failures++;
                }
                // attempts that moved the file forward do not count, but a bound keeps a trickling server finite
                if (failures >= maxAttempts || tries >= maxAttempts * 10) {
                    throw e;
                }
                Duration wait = engine.backoff().delay(progressed ? 1 : failures, Failures.retryAfter(e));
                log.debug("{}: {}; retry {} in {} ms", item.displayName(), e.getMessage(), tries, wait.toMillis());
                if (session.awaitClose(wait)) {
                    throw e;
                }
            }
        }
    }

    private TransferOutcome attempt(ObjectFetcher fetcher, PartFile part) throws IOException {
        Optional<ResumeToken> token = ResumeToken.read(part.tokenFile());
        long have = part.size();
        long offset = resumableOffset(token, have, fetcher.source());
        if (offset > 0 && offset == token.get().expectedSize()) {
            return finishFromPart(part, token.get());
        }
        RemoteBody body = fetcher.open(item, offset, offset > 0 ? token : Optional.empty());
        try (body; StallWatchdog.Watch watch = engine.watchdog().watch(body::abortQuietly);
             TransferSession.Abort ignored = session.onAbort(body::abortQuietly)) {
            long start = body.start();
            if (start == 0 && (have > 0 || token.isPresent())) {
                // only now that a new body is flowing: a failed request must not cost the old partial
                log.debug("{}: starting over (object changed, range not honoured, or another source)",
                        item.displayName());
                part.discard();
            }
            long total = expectedTotal(body.object().size(), fetcher.source());
            ResumeToken t = start == 0
                    ? new ResumeToken(item.uri(), fetcher.source(), body.object().etag(),
                            body.object().lastModified(), total, 0)
                    : token.orElseThrow();
            try (DeferredToken deferred = start == 0
                    ? DeferredToken.schedule(t, part.tokenFile(), engine.timer()) : DeferredToken.none()) {
                MessageDigest md = Md5.digest();
                Md5.update(md, part.channel(), start);
                countDone(start);
                long pos = start;
                byte[] buf = new byte[BUFFER_BYTES];
                ByteBuffer bb = ByteBuffer.wrap(buf);
                while (true) {
                    int n;
                    try {
                        n = body.in().read(buf);
                    } catch (IOException | RuntimeException e) {
                        checkpoint(part, t, pos, deferred);
                        if (session.cancelled()) {
                            throw new InterruptedIOException("session closed while downloading " + item.uri());
                        }
                        if (watch.stalled() || e instanceof SocketTimeoutException
                                || e.getCause() instanceof SocketTimeoutException) {
                            throw new StalledTransferException(item.uri(), fetcher.source().label(),
                                    engine.settings().stallTimeout(), e);
                        }
                        throw fetcher.readFailure(item, e);
                    }
                    if (n < 0) {
                        break;
                    }
                    if (n == 0) {
                        continue;
                    }
                    watch.touch();
                    if (pos + n > total) {
                        deferred.cancel();
                        part.discard();
                        countDone(0);
                        throw new IntegrityException(item.uri(), destination, fetcher.source().label()
                                + " sent more than the expected " + total + " bytes", true);
                    }
                    bb.clear().limit(n);
                    part.write(bb, pos);
                    md.update(buf, 0, n);
                    pos += n;
                    session.addTransferred(n);
                    countDone(pos);
                    session.events().bytesTransferred(item, new Progress(pos, OptionalLong.of(total)));
                }
                if (pos < total) {
                    checkpoint(part, t, pos, deferred);
                    throw new IncompleteTransferException(item.uri(), total, pos);
                }
                String md5 = Md5.hex(md.digest());
                deferred.cancel();
                return complete(part, fetcher.source(), t, total, md5);
            }
        }
    }

    /** The part holds every byte already (an earlier run died before the rename): verify and move it. */
    private TransferOutcome finishFromPart(PartFile part, ResumeToken token) throws IOException {
        MessageDigest md = Md5.digest();
        Md5.update(md, part.channel(), token.expectedSize());
        countDone(token.expectedSize());
        return complete(part, token.source(), token, token.expectedSize(), Md5.hex(md.digest()));
    }

    private TransferOutcome complete(PartFile part, TransferSource source, ResumeToken token, long size, String md5)
            throws IOException {
        Optional<String> expectedMd5 = source == TransferSource.S3 ? Md5.ofPlainEtag(token.etag()) : Optional.empty();
        if (expectedMd5.isPresent() && !expectedMd5.get().equals(md5)) {
            part.discard();
            countDone(0);
            throw new IntegrityException(item.uri(), destination, "MD5 " + md5 + " of the received bytes differs "
                    + "from the S3 ETag " + token.etag().orElse("") + "; discarded", true);
        }
        part.commit();
        record(source, size, md5);
        return new CompletedTransfer(item, destination, CompletedTransfer.Kind.DOWNLOADED, source, size, md5);
    }

    /** Where to resume: the part's length when the token says it is a prefix of this item's unchanged object. */
    private long resumableOffset(Optional<ResumeToken> token, long have, TransferSource source) {
        if (token.isEmpty() || have == 0) {
            return 0;
        }
        ResumeToken t = token.get();
        boolean usable = t.uri().equals(item.uri()) && t.source() == source && t.hasValidator()
                && have >= t.bytes() && have <= t.expectedSize()
                && (item.expectedSize().isEmpty() || item.expectedSize().getAsLong() == t.expectedSize());
        return usable ? have : 0;
    }

    /** The size the file must have: the server's and the archive's when both are known (they must agree). */
    private long expectedTotal(OptionalLong served, TransferSource source) throws IntegrityException {
        OptionalLong listed = item.expectedSize();
        if (served.isPresent() && listed.isPresent() && served.getAsLong() != listed.getAsLong()) {
            throw new IntegrityException(item.uri(), destination, "the archive lists " + listed.getAsLong()
                    + " bytes but " + source.label() + " serves " + served.getAsLong(), false);
        }
        if (served.isPresent()) {
            return served.getAsLong();
        }
        if (listed.isPresent()) {
            return listed.getAsLong();
        }
        throw new IntegrityException(item.uri(), destination, source.label()
                + " gave no Content-Length and no product size is known, so completeness cannot be verified", false);
    }

    /** Records how far the part is known flushed, so a later run can resume from there. Best effort. */
    private void checkpoint(PartFile part, ResumeToken token, long pos, DeferredToken deferred) {
        deferred.cancel();
        try {
            part.force();
            token.withBytes(pos).write(part.tokenFile());
        } catch (IOException | RuntimeException e) {
            log.debug("{}: cannot checkpoint the resume token: {}", part, e.toString());
        }
    }

    private void record(TransferSource source, long size, String md5) throws IOException {
        long mtime = Files.getLastModifiedTime(destination).toMillis();
        engine.recorder().record(new FileRecord(destination.toAbsolutePath(), size, md5, source.label(), item.uri(),
                item.s3().map(S3Location::key), Instant.now(), mtime));
    }

    private CompletedTransfer present(long size, String md5) {
        return new CompletedTransfer(item, destination, CompletedTransfer.Kind.PRESENT, TransferSource.LOCAL, size, md5);
    }

    private FailedTransfer failed(Throwable t) {
        Throwable cause = Failures.unwrap(t);
        if (cause instanceof IOException io && !(cause instanceof TransferException)
                && !(cause instanceof InterruptedIOException)) {
            // the fetchers turn every network failure into a TransferException: what is left is the local disk
            cause = new LocalFileException(item.uri(), destination, io);
        } else if (!(cause instanceof TransferException) && !(cause instanceof InterruptedIOException)) {
            log.warn("{}: unexpected failure", item.displayName(), cause);
        }
        return new FailedTransfer(item, Optional.of(destination), Optional.ofNullable(lastTried), cause);
    }

    private TransferOutcome finish(TransferOutcome outcome) {
        countDone(0); // the session counts finished files itself
        return session.finished(outcome);
    }

    /** Sets this item's share of the session's {@code bytesDone} to {@code bytes}. */
    private void countDone(long bytes) {
        session.addDone(bytes - counted);
        counted = bytes;
    }
}
