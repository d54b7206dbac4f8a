package radio.lightcurve;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Sequential bytes of a FITS file, plain or gzip-compressed (recognised by its magic bytes, whatever the name).
 * Reads go straight into the caller's array; skipping a plain file moves the file position without reading.
 * Failures of the gzip layer become {@link CorruptLightCurveException}s naming the file. Not thread-safe; the
 * creator closes it.
 */
final class FitsInput implements Closeable {
    private static final int GZIP_BUFFER = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final boolean gzipped;
    private final long plainSize;
    private long position;
    private byte[] scratch;

    private FitsInput(Path file, InputStream in, boolean gzipped, long plainSize) {
        this.file = file;
        this.in = in;
        this.gzipped = gzipped;
        this.plainSize = plainSize;
    }

    static FitsInput open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            byte[] magic = new byte[2];
            int n = raw.readNBytes(magic, 0, 2);
            raw.close();
            if (n == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                InputStream gz;
                try {
                    gz = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), GZIP_BUFFER),
                            GZIP_BUFFER);
                } catch (ZipException | EOFException e) {
                    throw new CorruptLightCurveException(file, "gzip header is damaged (" + e.getMessage() + ")", e);
                }
                return new FitsInput(file, gz, true, -1);
            }
            return new FitsInput(file, Files.newInputStream(file), false, Files.size(file));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The bytes of a file held in memory (fetched from S3 by a Spark task, say); {@code name} stands for the file
     * in messages.
     */
    static FitsInput of(Path name, byte[] contents) throws CorruptLightCurveException {
        if (contents.length >= 2 && (contents[0] & 0xff) == 0x1f && (contents[1] & 0xff) == 0x8b) {
            try {
                return new FitsInput(name, new GZIPInputStream(new ByteArrayInputStream(contents), GZIP_BUFFER), true,
                        -1);
            } catch (IOException e) {
                throw new CorruptLightCurveException(name, "gzip header is damaged (" + e.getMessage() + ")", e);
            }
        }
        return new FitsInput(name, new ByteArrayInputStream(contents), false, contents.length);
    }

    boolean gzipped() {
        return gzipped;
    }

    /** Bytes consumed so far (of the decompressed stream for gzip). */
    long position() {
        return position;
    }

    /** Bytes left in a plain file, or -1 when unknown (gzip). */
    long remaining() {
        return plainSize < 0 ? -1 : plainSize - position;
    }

    /** Reads up to {@code len} bytes, fewer only at the end of the data; returns how many were read. */
    int read(byte[] into, int offset, int len) throws IOException {
        int n;
        try {
            n = in.readNBytes(into, offset, len);
        } catch (ZipException e) {
            throw new CorruptLightCurveException(file, "corrupt gzip stream after " + position + " bytes ("
                    + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new CorruptLightCurveException(file, "truncated gzip stream after " + position
                    + " decompressed bytes", e);
        }
        position += n;
        return n;
    }

    /** Skips up to {@code n} bytes; returns how many were skipped (fewer only at the end of the data). */
    long skip(long n) throws IOException {
        if (!gzipped) {
            long k = Math.min(n, Math.max(0, remaining()));
            long done = 0;
            while (done < k) {
                long s = in.skip(k - done);
                if (s <= 0) {
                    break;
                }
                done += s;
            }
            position += done;
            return done;
        }
        if (scratch == null) {
            scratch = new byte[GZIP_BUFFER];
        }
        long done = 0;
        while (done < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
            if (r == 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
