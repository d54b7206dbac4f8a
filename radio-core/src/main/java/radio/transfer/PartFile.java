package radio.transfer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The {@code NAME.part} file of one destination, held under an exclusive OS file lock so that two radio processes
 * (or two sessions) never write the same part: the second waits, then finds the file complete.
 *
 * <p><b>On-disk invariants</b> (what a {@code kill -9} at any moment leaves):
 * <ul>
 *   <li>a final name only ever appears by an atomic rename of a part whose size (and MD5, when known) was verified
 *       and which was flushed ({@code fsync}) first, so a final name always holds a complete, verified file;</li>
 *   <li>a {@code NAME.part} is a prefix of the object described by {@code NAME.part.json}; it is resumed only when
 *       that token is readable, matches the item and the object is unchanged; otherwise it is restarted;</li>
 *   <li>after success neither {@code NAME.part} nor {@code NAME.part.json} remains; an empty part left by a
 *       failure before any byte arrived is removed.</li>
 * </ul>
 */
final class PartFile implements AutoCloseable {
    private static final long LOCK_POLL_MILLIS = 50;

    private final Path destination;
    private final Path part;
    private final Path token;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean committed;

    private PartFile(Path destination, FileChannel channel, FileLock lock) {
        this.destination = destination;
        this.part = Destinations.part(destination);
        this.token = Destinations.token(destination);
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates (or opens) the part of {@code destination} and locks it, waiting while another process or session
     * holds it.
     */
    static PartFile lock(Path destination) throws IOException {
        Objects.requireNonNull(destination, "destination");
        Files.createDirectories(destination.getParent());
        Path part = Destinations.part(destination);
        while (true) {
            FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            boolean keep = false;
            try {
                Object before = fileKey(part);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another session in this JVM holds it
                }
                if (lock != null) {
                    // the holder may have renamed or removed the part before we got the lock: then ours is stale
                    if (Files.exists(part) && Objects.equals(before, fileKey(part))) {
                        keep = true;
                        return new PartFile(destination, ch, lock);
                    }
                    lock.release();
                }
            } finally {
                if (!keep) {
                    ch.close();
                }
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + part);
            }
        }
    }

    Path destination() {
        return destination;
    }

    Path tokenFile() {
        return token;
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Drops everything from {@code length} on. */
    void truncate(long length) throws IOException {
        channel.truncate(length);
    }

    /** Writes all of {@code buf} at {@code position}. */
    void write(ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            p += channel.write(buf, p);
        }
    }

    FileChannel channel() {
        return channel;
    }

    /** Flushes the part's content to the device. */
    void force() throws IOException {
        channel.force(false);
    }

    /**
     * Moves the verified, flushed part to its final name (atomically, replacing any older file) and removes the
     * resume token. The lock stays held until {@link #close()}.
     */
    void commit() throws IOException {
        // data (and length) on the device before the name can point at it, so no power cut leaves a short or
        // hollow file under the final name
        channel.force(false);
        try {
            Files.move(part, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + part + " atomically to " + destination
                    + "; the folder must be on one file system", e);
        }
        committed = true;
        Files.deleteIfExists(token);
    }

    /** Removes the part and its token (bytes that must not be resumed). */
    void discard() throws IOException {
        channel.truncate(0);
        Files.deleteIfExists(token);
    }

    /** Releases the lock; removes an empty part that has no token (nothing worth resuming). */
    @Override
    public void close() throws IOException {
        try {
            if (!committed && channel.size() == 0 && !Files.exists(token)) {
                Files.deleteIfExists(part);
            }
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The file's identity (device and inode on Unix), or null when missing or not supported. */
    private static Object fileKey(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return part.toString();
    }
}
