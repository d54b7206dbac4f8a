package radio.transfer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Objects from S3 through the SDK's sync client ({@link S3Clients} explains the choice). Thread-safe. */
final class S3Fetcher implements S3ObjectFetcher {
    private static final Logger log = LoggerFactory.getLogger(S3Fetcher.class);

    private final Supplier<S3Client> client;

    /** {@code client} is asked for on first use, so runs that never touch S3 never build it. */
    S3Fetcher(Supplier<S3Client> client) {
        this.client = client;
    }

    @Override
    public RemoteObject head(TransferItem item) throws TransferException {
        S3Location loc = item.s3().orElseThrow();
        try {
            HeadObjectResponse r = client.get().headObject(b -> b.bucket(loc.bucket()).key(loc.key()));
            return new RemoteObject(r.contentLength() == null ? OptionalLong.empty() : OptionalLong.of(r.contentLength()),
                    Optional.ofNullable(r.eTag()), Optional.ofNullable(r.lastModified()).map(S3Fetcher::httpDate));
        } catch (SdkException e) {
            throw failure(item, e);
        }
    }

    @Override
    public RemoteBody open(TransferItem item, long offset, Optional<ResumeToken> token) throws TransferException {
        S3Location loc = item.s3().orElseThrow();
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(loc.bucket()).key(loc.key());
        if (offset > 0) {
            ResumeToken t = token.orElseThrow();
            request.range("bytes=" + offset + "-");
            if (t.etag().isPresent()) {
                request.ifMatch(t.etag().get());
            } else {
                t.lastModified().map(S3Fetcher::parseHttpDate).ifPresent(request::ifUnmodifiedSince);
            }
        }
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = client.get().getObject(request.build());
        } catch (S3Exception e) {
            if (offset > 0 && (e.statusCode() == 412 || e.statusCode() == 416)) {
                log.debug("{} changed since the partial download ({}); starting over", loc, e.statusCode());
                return open(item, 0, Optional.empty());
            }
            throw failure(item, e);
        } catch (SdkException e) {
            throw failure(item, e);
        }
        GetObjectResponse r = in.response();
        long start = 0;
        OptionalLong total = r.contentLength() == null ? OptionalLong.empty() : OptionalLong.of(r.contentLength());
        if (r.contentRange() != null) {
            Optional<OptionalLong> complete = HttpObjects.rangeFrom(r.contentRange(), offset);
            if (complete.isEmpty()) {
                in.abort();
                throw new S3TransferException(item.uri(), loc, 0, null,
                        "unexpected Content-Range '" + r.contentRange() + "' for offset " + offset, true, null);
            }
            start = offset;
            total = complete.get();
        }
        RemoteObject object = new RemoteObject(total, Optional.ofNullable(r.eTag()),
                Optional.ofNullable(r.lastModified()).map(S3Fetcher::httpDate));
        return new RemoteBody(in, start, object, in::abort);
    }

    private static S3TransferException failure(TransferItem item, SdkException e) {
        S3Location loc = item.s3().orElseThrow();
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            return new S3TransferException(item.uri(), loc, s3.statusCode(), code, null, false, e);
        }
        // the SDK wraps network failures (refused, reset, timed out) around an IOException; anything else, such as
        // credentials that cannot be loaded, will not get better by retrying
        boolean network = false;
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            network |= c instanceof java.io.IOException;
        }
        String detail = e instanceof SdkClientException && e.getCause() != null ? e.getCause().toString() : e.getMessage();
        return new S3TransferException(item.uri(), loc, 0, null, detail, network, e);
    }

    private static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    private static Instant parseHttpDate(String s) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.parse(s, Instant::from);
    }
}
