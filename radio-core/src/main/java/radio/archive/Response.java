package radio.archive;

import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * An HTTP response: the request that produced it (the last attempt), status, headers and the body as read by
 * the caller's {@link java.net.http.HttpResponse.BodyHandler}. When the body is a stream, the caller closes it.
 */
public record Response<T>(Request request, int statusCode, HttpHeaders headers, T body) {
    public Response {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(headers, "headers");
    }

    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }
}
