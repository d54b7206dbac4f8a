package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where anonymous S3 requests go: the addressing the SDK would use (behaviour is tested against s3proxy). */
class PublicS3FetcherTest {
    private static final S3Location K2 = new S3Location("stpubdata",
            "k2/public/lightcurves/c3/206000000/82000/ktwo206082454-c03_llc.fits");

    private static PublicS3Fetcher fetcher(Optional<URI> endpoint) {
        return new PublicS3Fetcher(HttpClient.newHttpClient()::send, endpoint, Duration.ofSeconds(1));
    }

    @Test
    void awsIsAddressedVirtualHostedInTheBucketsRegion() {
        assertThat(fetcher(Optional.empty()).url(K2)).hasToString("https://stpubdata.s3.us-east-1.amazonaws.com/"
                + "k2/public/lightcurves/c3/206000000/82000/ktwo206082454-c03_llc.fits");
    }

    @Test
    void aBucketWithDotsIsAddressedPathStyleBecauseNoCertificateCoversItsHost() {
        assertThat(fetcher(Optional.empty()).url(new S3Location("my.mirror", "a.fits")))
                .hasToString("https://s3.us-east-1.amazonaws.com/my.mirror/a.fits");
    }

    @Test
    void anEndpointOverrideIsAddressedPathStyleWithOrWithoutATrailingSlash() {
        for (String endpoint : new String[] {"http://127.0.0.1:9000", "http://127.0.0.1:9000/"}) {
            assertThat(fetcher(Optional.of(URI.create(endpoint))).url(K2)).hasToString("http://127.0.0.1:9000/"
                    + "stpubdata/k2/public/lightcurves/c3/206000000/82000/ktwo206082454-c03_llc.fits");
        }
    }

    @Test
    void keysArePercentEncodedBySegmentAsS3CanonicalisesThem() {
        assertThat(fetcher(Optional.empty()).url(new S3Location("stpubdata", "hlsp/a b/c+d/é~_.-x.fits")))
                .hasToString("https://stpubdata.s3.us-east-1.amazonaws.com/hlsp/a%20b/c%2Bd/%C3%A9~_.-x.fits");
    }
}
