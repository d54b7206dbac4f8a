package radio.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import radio.periodsearch.TransitSearchOptions;

/**
 * The job's command line, parsed into a {@link JobConfig}: flag, then environment (the S3 endpoint, as radio reads
 * it), then default. Every value is checked before any work; a bad one is a {@link UsageException} naming the
 * option.
 */
final class JobArguments {
    static final String USAGE = """
            Usage: radio-spark (--manifest FILE|s3://B/KEY | --prefix s3://B/PREFIX/)
                               --out DIR [options]
            Searches light curves for transits next to the data: each Spark task
            fetches its objects from S3 straight into memory (size and MD5
            checked, retried), reads them with radio's reader and runs what
            'radio periodogram' runs (BLS on lightkurve's grid with refinement
            and vetting statistics, Lomb-Scargle), plus a CDPP-like noise
            figure. Writes OUT/results (one row per light curve) and
            OUT/failures (key, stage, error), partitioned by mission and season
            (quarter, campaign or sector). A rerun skips the light curves
            already in either table.

            Input (one of):
              --manifest FILE|s3://...  'radio search --format csv' output, a
                                        'radio download' manifest, or one
                                        s3://bucket/key (or bare key) per line
              --prefix s3://B/P/        every light curve (*lc.fits, *lc.fits.gz)
                                        under the prefix (ListObjectsV2)
            Output:
              --out DIR                 folder for results/ and failures/
              --format parquet|csv      default parquet
            Spark:
              --master URL              default local[*] (spark-submit sets its
                                        own)
              --conf KEY=VALUE          any Spark setting (repeatable)
              --partition-objects N     most light curves per task (default 64)
              --partition-mb N          most megabytes per task (default 256)
              --prefetch N              objects fetched ahead per task (default 4)
            S3 (anonymous):
              --s3-endpoint URL         path-style endpoint. Env: AWS_ENDPOINT_URL_S3,
                                        then AWS_ENDPOINT_URL. Default: AWS
              --bucket NAME             bucket of bare keys (default stpubdata)
              --max-attempts N          attempts per request (default 5)
              --retry-delay-ms N        backoff base, milliseconds (default 1000)
              --timeout-s N             seconds per response (default 120)
            Search (as radio periodogram):
              --min-period DAYS         default: longest duration + a cadence
              --max-period DAYS         default: a third of the baseline
              --durations D,D,...       default 0.05,0.1,0.15,0.2,0.25,0.33
              --frequency-factor X      default 10
            Model (optional):
              --model DIR               a folder made by 'radio train': each
                                        light curve's star also gets the
                                        model's host probability (score), as
                                        'radio classify' gives it for that
                                        file; every executor must see DIR
              --help                    this text

            Exit codes: 0 every light curve searched · 1 some are in failures
            (each named on stderr, first 20) · 2 usage error, nothing attempted
            """;

    private static final List<String> VALUED = List.of("--master", "--conf", "--manifest", "--prefix", "--out",
            "--format", "--s3-endpoint", "--bucket", "--max-attempts", "--retry-delay-ms", "--timeout-s",
            "--prefetch", "--partition-objects", "--partition-mb", "--min-period", "--max-period", "--durations",
            "--frequency-factor", "--model");

    private JobArguments() {
    }

    /** True when the arguments ask for help. */
    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    static JobConfig parse(String[] args, Map<String, String> env) throws UsageException {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> conf = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!VALUED.contains(name)) {
                throw new UsageException(a.startsWith("-") ? "unknown option '" + a + "'"
                        : "unexpected argument '" + a + "' (input comes from --manifest or --prefix)");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("--conf")) {
                int at = value.indexOf('=');
                if (at <= 0) {
                    throw new UsageException("--conf: '" + value + "' is not KEY=VALUE");
                }
                conf.put(value.substring(0, at), value.substring(at + 1));
            } else if (given.put(name, value) != null) {
                throw new UsageException(name + " given twice");
            }
        }
        Optional<String> manifest = Optional.ofNullable(given.get("--manifest"));
        Optional<S3Uri> prefix = Optional.empty();
        if (given.containsKey("--prefix")) {
            try {
                prefix = Optional.of(S3Uri.parse(given.get("--prefix")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--prefix: " + e.getMessage());
            }
        }
        if (manifest.isPresent() == prefix.isPresent()) {
            throw new UsageException(manifest.isPresent() ? "give --manifest or --prefix, not both"
                    : "nothing to search: give --manifest FILE or --prefix s3://BUCKET/PREFIX/");
        }
        String out = given.get("--out");
        if (out == null || out.isBlank()) {
            throw new UsageException("--out DIR is required");
        }
        Format format;
        try {
            format = Format.parse(given.getOrDefault("--format", "parquet"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String endpoint = given.getOrDefault("--s3-endpoint", firstNonBlank(env.get("AWS_ENDPOINT_URL_S3"),
                env.get("AWS_ENDPOINT_URL")));
        if (!endpoint.isEmpty()) {
            checkUrl(given.containsKey("--s3-endpoint") ? "--s3-endpoint"
                    : env.get("AWS_ENDPOINT_URL_S3") != null && !env.get("AWS_ENDPOINT_URL_S3").isBlank()
                    ? "AWS_ENDPOINT_URL_S3" : "AWS_ENDPOINT_URL", endpoint);
        }
        double minPeriod = positive(given, "--min-period", Double.NaN);
        double maxPeriod = positive(given, "--max-period", Double.NaN);
        if (minPeriod > maxPeriod) {
            throw new UsageException("--min-period " + minPeriod + " d is above --max-period " + maxPeriod + " d");
        }
        List<Double> durations = durations(given.get("--durations"));
        double factor = positive(given, "--frequency-factor", TransitSearchOptions.FREQUENCY_FACTOR);
        String model = given.containsKey("--model") ? checkedModel(given.get("--model")) : "";
        SearchSettings search;
        try {
            search = new SearchSettings(endpoint, count(given, "--max-attempts", 5),
                    count(given, "--retry-delay-ms", 1000, 0), count(given, "--timeout-s", 120),
                    count(given, "--prefetch", 4), minPeriod, maxPeriod, durations, factor, model);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // a duration not shorter than a period limit
        }
        return new JobConfig(given.getOrDefault("--master", "local[*]"), conf, manifest, prefix, out, format,
                given.getOrDefault("--bucket", "stpubdata"), count(given, "--partition-objects", 64),
                count(given, "--partition-mb", 256) * (1L << 20), search);
    }

    /** The model folder as an absolute path, loaded once here so that a bad one stops the job before any task. */
    private static String checkedModel(String dir) throws UsageException {
        Path path = Path.of(dir).toAbsolutePath().normalize();
        try (HostScore ignored = HostScore.load(path)) {
            return path.toString();
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--model " + dir + ": " + e.getMessage());
        }
    }

    private static List<Double> durations(String text) throws UsageException {
        if (text == null) {
            return TransitSearchOptions.DURATIONS_DAYS;
        }
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",")) {
            double d;
            try {
                d = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--durations: '" + part.trim() + "' is not a number of days");
            }
            if (!(d > 0 && Double.isFinite(d))) {
                throw new UsageException("--durations: each duration must be a positive number of days, got " + d);
            }
            out.add(d);
        }
        return out;
    }

    private static double positive(Map<String, String> given, String option, double otherwise)
            throws UsageException {
        String v = given.get(option);
        if (v == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " must be a positive number, got '" + v + "'");
    }

    private static int count(Map<String, String> given, String option, int otherwise) throws UsageException {
        return count(given, option, otherwise, 1);
    }

    private static int count(Map<String, String> given, String option, int otherwise, int least)
            throws UsageException {
        String v = given.get(option);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " must be a whole number of at least " + least + ", got '" + v + "'");
    }

    private static void checkUrl(String source, String url) throws UsageException {
        try {
            URI u = new URI(url);
            if ((u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https")))
                    && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new UsageException(source + ": '" + url + "' is not an http(s) URL");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : "";
    }
}
