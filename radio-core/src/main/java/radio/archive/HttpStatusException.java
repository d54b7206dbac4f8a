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

    /** At most {@code max} characters of {@code body} on one line, for messages. */
    public static String excerpt(String body, int max) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
