package radio.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link LoopbackHttpServer.Handler} for MAST's {@code GET|HEAD /api/v0.1/Download/file?uri=<dataURI>}
 * (mast-api.md §6.2): {@code Content-Length}, {@code Accept-Ranges: bytes}, a strong {@code ETag},
 * {@code Last-Modified}, {@code content-disposition}; single {@code Range: bytes=N-} requests honoured (with
 * {@code If-Range}); 404 for unknown URIs.
 */
public final class MastDownloadFiles implements LoopbackHttpServer.Handler {
    public static final String PATH = "/api/v0.1/Download/file";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    private static final String LAST_MODIFIED = "Tue, 24 Nov 2026 12:00:00 GMT";

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** Serves {@code content} for {@code dataUri} (replacing any earlier content). */
    public MastDownloadFiles put(String dataUri, byte[] content) {
        files.put(dataUri, content.clone());
        return this;
    }

    /** The {@code uri} query parameter of a Download/file request target, decoded. */
    public static Optional<String> dataUri(String target) {
        int q = target.indexOf("?uri=");
        return q < 0 ? Optional.empty() : Optional.of(URLDecoder.decode(target.substring(q + 5), StandardCharsets.UTF_8));
    }

    @Override
    public LoopbackHttpServer.Response handle(LoopbackHttpServer.Request r) throws IOException {
        Optional<String> uri = dataUri(r.target());
        byte[] content = uri.map(files::get).orElse(null);
        if (!r.path().equals(PATH) || content == null) {
            return LoopbackHttpServer.Response.of(404, "text/plain", "file not found".getBytes(StandardCharsets.UTF_8));
        }
        String etag = "\"" + md5(content) + "\"";
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/octet-stream");
        h.put("Accept-Ranges", "bytes");
        h.put("ETag", etag);
        h.put("Last-Modified", LAST_MODIFIED);
        String name = uri.get().substring(uri.get().lastIndexOf('/') + 1);
        h.put("content-disposition", "attachment; filename=\"" + name + "\"");
        Optional<String> range = r.header("Range");
        boolean honour = range.isPresent() && r.header("If-Range").map(v -> v.equals(etag) || v.equals(LAST_MODIFIED))
                .orElse(true);
        if (honour) {
            Matcher m = RANGE.matcher(range.get());
            if (m.matches()) {
                long from = Long.parseLong(m.group(1));
                if (from >= content.length) {
                    h.put("Content-Range", "bytes */" + content.length);
                    return new LoopbackHttpServer.Response(416, h, new byte[0]);
                }
                byte[] part = java.util.Arrays.copyOfRange(content, (int) from, content.length);
                h.put("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
                return new LoopbackHttpServer.Response(206, h, part);
            }
        }
        return new LoopbackHttpServer.Response(200, h, content);
    }

    static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
