package radio.archive;

import java.net.URI;

/**
 * A server answered with an HTTP status that means failure (4xx/5xx), after any retries. Carries the URL, the
 * status and the start of the body, which often holds the server's own explanation.
 */
public final class HttpStatusException extends ArchiveException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String bodyExcerpt;

    public HttpStatusException(URI uri, int status, String bodyExcerpt) {
        super(uri, "HTTP " + status + " from " + uri + (bodyExcerpt.isBlank() ? "" : ": " + bodyExcerpt.strip()), null);
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
    }

    public int status() {
        return status;
    }

    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /** The failure a non-2xx response means, quoting the start of its body. */
    public static HttpStatusException of(URI uri, Response<byte[]> response) {
        return new HttpStatusException(uri, response.statusCode(),
                excerpt(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), 300));
    }

    /** At most {@code max} characters of {@code body} on one line, for messages. */
    public static String excerpt(String body, int max) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
