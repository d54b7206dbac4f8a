package radio.api;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import radio.catalog.FileRecord;
import radio.search.FoundProduct;
import radio.search.Provenance;
import radio.search.TargetOutcome;
import radio.transfer.CompletedTransfer;
import radio.transfer.FailedTransfer;
import radio.transfer.Progress;
import radio.transfer.TransferEvents;
import radio.transfer.TransferItem;
import radio.transfer.TransferOutcome;
import radio.workflow.Services;

/** The public records made from the services' own: the one place they are translated. */
final class ApiRecords {
    private ApiRecords() {
    }

    static Product product(FoundProduct p) {
        Provenance from = p.provenance();
        return new Product(p.target(), p.obsCollection(), p.obsId(), p.exptimeSeconds(), p.productCode(),
                p.productFilename(), p.sizeBytes(), p.dataUri(), p.s3Key(), from.season(), from.author(),
                from.year());
    }

    static TargetResult target(TargetOutcome o) {
        return new TargetResult(o.index(), o.target(), TargetResult.Status.valueOf(o.status().name()),
                o.products().stream().map(ApiRecords::product).toList(), o.reason());
    }

    static Optional<DownloadedFile> downloaded(TransferOutcome o) {
        if (!(o instanceof CompletedTransfer c)) {
            return Optional.empty();
        }
        return Optional.of(new DownloadedFile(c.item().target(), c.item().uri(), c.file(),
                c.kind() == CompletedTransfer.Kind.DOWNLOADED, DownloadedFile.Source.valueOf(c.source().name()),
                c.bytes(), c.md5()));
    }

    static Optional<FileFailure> failure(TransferOutcome o) {
        if (!(o instanceof FailedTransfer f)) {
            return Optional.empty();
        }
        return Optional.of(new FileFailure(f.item().target(), f.item().uri(), f.destination(), describe(f),
                f.cause()));
    }

    static CatalogFile catalogFile(Services.StoredFile s) {
        FileRecord f = s.file().file();
        boolean onDisk;
        try {
            onDisk = Files.isRegularFile(f.path()) && Files.size(f.path()) == f.size();
        } catch (IOException e) {
            onDisk = false;
        }
        Optional<FoundProduct> p = s.product();
        return new CatalogFile(f.path(), f.size(), f.source(), f.recordedAt(), onDisk, f.uri(), s.file().target(),
                p.map(FoundProduct::obsCollection), p.flatMap(x -> x.provenance().season()),
                p.flatMap(FoundProduct::productCode));
    }

    /** One line naming the file, its target when known, and what went wrong. */
    static String describe(FailedTransfer f) {
        TransferItem item = f.item();
        String who = item.displayName() + item.target().map(t -> " (" + t + ")").orElse("");
        String msg = f.message();
        return msg.startsWith(item.uri()) || msg.startsWith(who) ? msg : who + ": " + msg;
    }

    /** The listener as the transfer engine's events. */
    static TransferEvents events(DownloadListener listener) {
        return new TransferEvents() {
            @Override
            public void transferInitiated(TransferItem item) {
                listener.fileStarted(item.uri());
            }

            @Override
            public void bytesTransferred(TransferItem item, Progress progress) {
                listener.bytesReceived(item.uri(), progress.bytes(), progress.total());
            }

            @Override
            public void transferComplete(CompletedTransfer completed) {
                listener.fileCompleted(downloaded(completed).orElseThrow());
            }

            @Override
            public void transferFailed(FailedTransfer failed) {
                listener.fileFailed(failure(failed).orElseThrow());
            }
        };
    }
}
