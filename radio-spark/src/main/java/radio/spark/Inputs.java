package radio.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import radio.spark.s3.PublicBucket;
import radio.spark.s3.S3Object;
import radio.spark.s3.S3ObjectException;

/**
 * The objects a run is asked for, read on the driver before any task starts: a manifest (a local file or an S3
 * object) or a listed prefix. Duplicates are dropped (first one kept).
 */
final class Inputs {
    /**
     * @param objects         the light curves, each once
     * @param notLightCurves  files under a prefix that are not light curves, left out
     */
    record Requested(List<S3Object> objects, int notLightCurves) {
    }

    private Inputs() {
    }

    /**
     * @throws UsageException when the manifest cannot be read or parsed, or the prefix cannot be listed
     */
    static Requested read(JobConfig config, PublicBucket bucket) throws UsageException, InterruptedException {
        if (config.manifest().isPresent()) {
            String name = config.manifest().get();
            return new Requested(unique(Manifest.parseChecked(name, text(name, bucket), config.bucket())), 0);
        }
        S3Uri prefix = config.prefix().orElseThrow();
        List<S3Object> listed;
        try {
            listed = bucket.list(prefix.bucket(), prefix.key());
        } catch (S3ObjectException e) {
            throw new UsageException("--prefix " + prefix + ": cannot be listed: " + e.getMessage(), e);
        }
        List<S3Object> lightCurves = listed.stream().filter(o -> isLightCurve(o.key())).toList();
        return new Requested(unique(lightCurves), listed.size() - lightCurves.size());
    }

    /** Light-curve files by the pipelines' names: {@code _llc}, {@code _slc}, {@code _lc}, {@code fast-lc}, HLSPs. */
    static boolean isLightCurve(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.endsWith("lc.fits") || k.endsWith("lc.fits.gz");
    }

    private static String text(String manifest, PublicBucket bucket) throws UsageException, InterruptedException {
        try {
            if (manifest.startsWith("s3://")) {
                S3Uri uri = S3Uri.parse(manifest);
                return new String(bucket.get(S3Object.of(uri.bucket(), uri.key())), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(manifest), StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("--manifest " + manifest + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<S3Object> unique(List<S3Object> objects) {
        Map<String, S3Object> byUri = new LinkedHashMap<>();
        objects.forEach(o -> byUri.putIfAbsent(o.uri(), o));
        return new ArrayList<>(byUri.values());
    }
}
