package radio.spark;

import java.util.List;

/**
 * What a run did.
 *
 * @param requested      light curves asked for (after dropping duplicates and, for prefixes, other files)
 * @param notLightCurves files under the prefix that are not light curves (target pixel files, previews…), left out
 * @param alreadyDone    light curves an earlier run put in results or failures, not searched again
 * @param searched       light curves this run put in results
 * @param failed         light curves this run put in failures
 * @param failedEarlier  light curves asked for that an earlier run put in failures
 * @param partitions     tasks the work was cut into
 * @param bytes          bytes of the light curves this run searched
 * @param firstFailures  up to 20 of this run's failures, one line each ({@code s3://…: stage: error})
 */
record JobReport(int requested, int notLightCurves, int alreadyDone, long searched, long failed, int failedEarlier,
                 int partitions, long bytes, List<String> firstFailures) {
    JobReport {
        firstFailures = List.copyOf(firstFailures);
    }

    /** 0 when every light curve asked for is in results, 1 when some are in failures. */
    int exitCode() {
        return failed + failedEarlier == 0 ? 0 : 1;
    }
}
