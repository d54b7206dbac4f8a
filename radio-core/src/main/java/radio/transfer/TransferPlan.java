package radio.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code --dry-run} answer: one {@link PlannedTransfer} per item, in the order given. Computed from the catalog
 * and the disk only, without any network request.
 *
 * @param entries the planned transfers
 */
public record TransferPlan(List<PlannedTransfer> entries) {
    public TransferPlan {
        entries = List.copyOf(entries);
    }

    /** How many entries have {@code action}. */
    public long count(PlannedTransfer.Action action) {
        return entries.stream().filter(e -> e.action() == action).count();
    }

    /** Bytes that would be fetched, when known for every fetched or resumed entry. */
    public OptionalLong bytesToFetch() {
        long sum = 0;
        for (PlannedTransfer e : entries) {
            if (e.action() == PlannedTransfer.Action.FETCH || e.action() == PlannedTransfer.Action.RESUME) {
                if (e.bytes().isEmpty()) {
                    return OptionalLong.empty();
                }
                sum += e.bytes().getAsLong();
            }
        }
        return OptionalLong.of(sum);
    }

    static TransferPlan of(TransferEngine engine, DownloadOptions options, List<TransferItem> items) {
        List<PlannedTransfer> out = new ArrayList<>(items.size());
        for (TransferItem item : items) {
            out.add(plan(engine, options, item));
        }
        return new TransferPlan(out);
    }

    private static PlannedTransfer plan(TransferEngine engine, DownloadOptions options, TransferItem item) {
        Path dest;
        try {
            dest = Destinations.resolve(options.out(), item);
        } catch (UnsafePathException e) {
            return fail(item, Optional.empty(), e.getMessage());
        }
        List<ObjectFetcher> route;
        try {
            route = engine.route(item, options.source());
        } catch (NoSourceException e) {
            return fail(item, Optional.of(dest), e.getMessage());
        }
        Optional<TransferSource> first = Optional.of(route.get(0).source());
        Optional<TransferSource> fallback = route.size() > 1 ? Optional.of(route.get(1).source()) : Optional.empty();
        if (LocalFiles.confirmed(engine.catalog(), dest, item).isPresent()) {
            return new PlannedTransfer(item, Optional.of(dest), PlannedTransfer.Action.PRESENT,
                    Optional.of(TransferSource.LOCAL), Optional.empty(), OptionalLong.of(0), "known to the catalog");
        }
        boolean exists = Files.isRegularFile(dest);
        if (options.offline()) {
            boolean sizeOk = exists && item.expectedSize().isPresent() && size(dest) == item.expectedSize().getAsLong();
            return sizeOk
                    ? new PlannedTransfer(item, Optional.of(dest), PlannedTransfer.Action.VERIFY,
                            Optional.of(TransferSource.LOCAL), Optional.empty(), OptionalLong.of(0),
                            "on disk with the listed size; would be checked and recorded")
                    : fail(item, Optional.of(dest), exists ? "on disk but cannot be verified offline"
                            : "not available offline");
        }
        if (exists) {
            return new PlannedTransfer(item, Optional.of(dest), PlannedTransfer.Action.VERIFY, first, fallback,
                    item.expectedSize(), "on disk but unknown to the catalog; would be verified, fetched if different");
        }
        Path part = Destinations.part(dest);
        Optional<ResumeToken> token = ResumeToken.read(Destinations.token(dest));
        long have = Files.isRegularFile(part) ? size(part) : 0;
        if (have > 0 && token.isPresent() && token.get().uri().equals(item.uri()) && token.get().hasValidator()
                && have <= token.get().expectedSize()) {
            ResumeToken t = token.get();
            return new PlannedTransfer(item, Optional.of(dest), PlannedTransfer.Action.RESUME, Optional.of(t.source()),
                    fallback.filter(f -> f != t.source()), OptionalLong.of(t.expectedSize() - have),
                    "resume from byte " + have + " of " + t.expectedSize() + " if unchanged");
        }
        return new PlannedTransfer(item, Optional.of(dest), PlannedTransfer.Action.FETCH, first, fallback,
                item.expectedSize(), "download");
    }

    private static PlannedTransfer fail(TransferItem item, Optional<Path> dest, String why) {
        return new PlannedTransfer(item, dest, PlannedTransfer.Action.FAIL, Optional.empty(), Optional.empty(),
                OptionalLong.of(0), why);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
