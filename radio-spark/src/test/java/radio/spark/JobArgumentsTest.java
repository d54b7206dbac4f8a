package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    private static JobConfig parse(Map<String, String> env, String... args) throws UsageException {
        return JobArguments.parse(args, env);
    }

    @Test
    void defaultsAreRadiosAndTheEndpointComesFromTheEnvironment() throws UsageException {
        JobConfig c = parse(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:9000"), "--prefix",
                "s3://stpubdata/tess/public/tid/s0001/", "--out", "s1");

        assertThat(c.master()).isEqualTo("local[*]");
        assertThat(c.prefix()).contains(new S3Uri("stpubdata", "tess/public/tid/s0001/"));
        assertThat(c.format()).isEqualTo(Format.PARQUET);
        assertThat(c.search().endpoint()).isEqualTo("http://127.0.0.1:9000");
        assertThat(c.search().maxAttempts()).isEqualTo(5);
        assertThat(c.search().blsOptions()).isEqualTo(radio.periodsearch.TransitSearchOptions.DEFAULT.withThreads(1));
        assertThat(c.partitionBytes()).isEqualTo(256L << 20);
    }

    @Test
    void theFlagBeatsTheEnvironment() throws UsageException {
        JobConfig c = parse(Map.of("AWS_ENDPOINT_URL_S3", "http://a:1"), "--manifest", "m.csv", "--out", "o",
                "--s3-endpoint", "http://b:2", "--format", "csv", "--conf", "spark.ui.enabled=false");

        assertThat(c.search().endpoint()).isEqualTo("http://b:2");
        assertThat(c.format()).isEqualTo(Format.CSV);
        assertThat(c.sparkConf()).containsEntry("spark.ui.enabled", "false");
    }

    @Test
    void badInputIsOneLineNamingTheOption() {
        assertThatThrownBy(() -> parse(Map.of(), "--out", "o")).hasMessage(
                "nothing to search: give --manifest FILE or --prefix s3://BUCKET/PREFIX/");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "s3://b/p/", "--manifest", "m", "--out", "o"))
                .hasMessage("give --manifest or --prefix, not both");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "stpubdata/tess", "--out", "o"))
                .hasMessage("--prefix: 'stpubdata/tess' is not an s3://bucket/key URI");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "s3://b/p/", "--out", "o", "--min-period", "5",
                "--max-period", "2")).hasMessage("--min-period 5.0 d is above --max-period 2.0 d");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "s3://b/p/", "--out", "o", "--max-period", "0.2"))
                .hasMessage("the longest duration 0.33 d must be shorter than the maximum period 0.2 d");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "s3://b/p/", "--out", "o", "--prefetch", "0"))
                .hasMessage("--prefetch must be a whole number of at least 1, got '0'");
        assertThatThrownBy(() -> parse(Map.of(), "--prefix", "s3://b/p/", "--out", "o", "--jobs", "3"))
                .hasMessage("unknown option '--jobs'");
        assertThatThrownBy(() -> parse(Map.of("AWS_ENDPOINT_URL_S3", "localhost:9000"), "--prefix", "s3://b/p/",
                "--out", "o")).hasMessage("AWS_ENDPOINT_URL_S3: 'localhost:9000' is not an http(s) URL");
    }
}
