package radio.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** MD5 helpers and the S3 ETag rule. */
final class Md5 {
    /** A single-part S3 upload's ETag is the quoted hex MD5; multipart ETags end in {@code -<parts>}. */
    private static final Pattern PLAIN_ETAG = Pattern.compile("\"?([0-9a-fA-F]{32})\"?");

    private Md5() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The MD5 an S3 ETag stands for, when it is a plain (single-part) ETag. */
    static Optional<String> ofPlainEtag(Optional<String> etag) {
        return etag.map(PLAIN_ETAG::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT));
    }

    /** Feeds the first {@code length} bytes of {@code file} to {@code md}. */
    static void update(MessageDigest md, FileChannel file, long length) throws IOException {
        if (length == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = 0;
        while (pos < length) {
            buf.clear();
            if (length - pos < buf.capacity()) {
                buf.limit((int) (length - pos));
            }
            int n = file.read(buf, pos);
            if (n < 0) {
                throw new IOException("file ended at " + pos + " of " + length + " bytes");
            }
            buf.flip();
            md.update(buf);
            pos += n;
        }
    }

    /** Hex MD5 of a whole file. */
    static String ofFile(Path file) throws IOException {
        MessageDigest md = digest();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            update(md, ch, ch.size());
        }
        return hex(md.digest());
    }
}
