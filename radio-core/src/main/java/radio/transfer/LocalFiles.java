package radio.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.catalog.CatalogException;
import radio.catalog.Catalog;
import radio.catalog.FileRecord;

/** Whether the catalog and the disk together vouch for a destination, with no network. */
final class LocalFiles {
    private static final Logger log = LoggerFactory.getLogger(LocalFiles.class);

    private LocalFiles() {
    }

    /**
     * The catalog's record of {@code destination} when the file there still has the recorded size and modification
     * time, the record is for this item's URI, and the item's expected size (if any) agrees.
     */
    static Optional<FileRecord> confirmed(Catalog catalog, Path destination, TransferItem item) {
        Optional<FileRecord> record;
        try {
            record = catalog.file(destination.toAbsolutePath());
        } catch (CatalogException e) {
            log.warn("{}; treating {} as unknown", e.getMessage(), destination);
            return Optional.empty();
        }
        if (record.isEmpty()) {
            return Optional.empty();
        }
        FileRecord r = record.get();
        if (!r.uri().equals(item.uri())
                || (item.expectedSize().isPresent() && item.expectedSize().getAsLong() != r.size())) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes a = Files.readAttributes(destination, BasicFileAttributes.class);
            if (a.isRegularFile() && a.size() == r.size() && a.lastModifiedTime().toMillis() == r.mtimeMillis()) {
                return record;
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.debug("cannot read attributes of {}: {}", destination, e.toString());
            return Optional.empty();
        }
    }
}
