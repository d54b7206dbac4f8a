package radio.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Row;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsStats;
import radio.periodogram.DepthEstimate;
import radio.periodsearch.LombScargleSearch;
import radio.periodsearch.LombScargleSearchOptions;
import radio.periodsearch.LombScargleSearchResult;
import radio.periodsearch.PeriodSearchException;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;
import radio.periodsearch.TransitSearchResult;
import radio.spark.s3.S3Object;

/**
 * What happens to one light curve once its bytes are in memory, as {@code radio periodogram} does it: read
 * (PDCSAP flux, the default quality mask, NaN fluxes dropped), then the BLS transit search (normalise, flatten,
 * lightkurve's grid, refinement, vetting statistics) and the Lomb–Scargle search of {@link radio.periodsearch},
 * a CDPP-like noise figure and, given a model, the probability that the star hosts a transiting planet. Every
 * failure becomes an outcome row naming the stage; nothing is thrown. One per task, used by the task's thread only.
 */
final class LightCurvePipeline {
    static final String READ = "read";
    static final String SEARCH = "search";
    static final String FETCH = "fetch";
    static final String SCORE = "score";

    private final FitsLightCurveReader reader;
    private final TransitSearchOptions bls;
    private final LombScargleSearchOptions ls;
    private final Optional<HostScore> model;

    LightCurvePipeline(FitsLightCurveReader reader, SearchSettings settings, Optional<HostScore> model) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.bls = settings.blsOptions();
        this.ls = settings.lsOptions();
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The outcome row of an object that could not be fetched. */
    static Row fetchFailed(S3Object object, Exception e) {
        return failed(object, Seasons.ofKey(object.key()), FETCH, e);
    }

    /** Reads and searches one fetched object. */
    Row run(S3Object object, byte[] bytes) {
        LightCurve lc;
        try {
            lc = reader.read(Path.of(object.fileName()), bytes, bls.read());
        } catch (IOException | RuntimeException e) {
            return failed(object, Seasons.ofKey(object.key()), READ, e);
        }
        Seasons place = Seasons.of(lc.meta(), object.key());
        TransitSearchResult t;
        LombScargleSearchResult p;
        try {
            t = TransitSearch.run(List.of(lc), bls);
            p = LombScargleSearch.run(List.of(lc), ls);
        } catch (PeriodSearchException | RuntimeException e) {
            return failed(object, place, SEARCH, e);
        }
        double noise;
        try {
            noise = Noise.cdppPpm(lc.normalize());
        } catch (RuntimeException e) {
            noise = Double.NaN; // too few cadences to tell: the searches above succeeded, so this is no failure
        }
        HostScore.Scored score = null;
        if (model.isPresent()) {
            try {
                score = model.get().score(t.lightCurve().target(), lc, object.uri());
            } catch (IOException | RuntimeException e) {
                return failed(object, place, SCORE, e);
            }
        }
        Map<String, Object> v = common(object, place, "ok");
        v.put("bytes", (long) bytes.length);
        v.put("target", t.lightCurve().target());
        lc.meta().targetId().ifPresent(id -> v.put("target_id", id));
        v.put("title", t.lightCurve().title());
        v.put("time_system", t.lightCurve().timeSystem().name());
        v.put("cadence_days", lc.cadenceDays());
        v.put("points", t.lightCurve().points());
        v.put("flatten_window_days", t.lightCurve().flattenWindow().map(w -> w.days()).orElse(Double.NaN));
        v.put("noise_cdpp_ppm", noise);
        v.put("bls_periods", t.grid().periods());
        v.put("bls_refined_periods", t.grid().refinedPeriods());
        v.put("bls_min_period_days", t.grid().minimumPeriodDays());
        v.put("bls_max_period_days", t.grid().maximumPeriodDays());
        BlsPeak b = t.best();
        v.put("bls_period_days", b.period());
        v.put("bls_epoch", b.epoch());
        v.put("bls_epoch_bjd", t.epochJulianDate());
        v.put("bls_duration_days", b.duration());
        v.put("bls_depth_ppm", ppm(b.depth()));
        v.put("bls_depth_err_ppm", ppm(b.depthErr()));
        v.put("bls_snr", b.snr());
        v.put("bls_power", b.power());
        v.put("bls_log_likelihood", b.logLikelihood());
        v.put("bls_transits", t.transits());
        BlsStats s = t.stats();
        depth(v, "depth_odd", s.depthOdd());
        depth(v, "depth_even", s.depthEven());
        depth(v, "depth_half", s.depthHalf());
        depth(v, "depth_phased", s.depthPhased());
        v.put("harmonic_amplitude_ppm", ppm(s.harmonicAmplitude()));
        v.put("harmonic_delta_log_likelihood", s.harmonicDeltaLogLikelihood());
        v.put("warnings", String.join("; ", t.warnings()));
        v.put("ls_points", p.lightCurve().points());
        v.put("ls_period_days", p.best().period());
        v.put("ls_frequency_per_day", p.best().frequency());
        v.put("ls_power", p.best().power());
        v.put("ls_false_alarm_probability", p.falseAlarmProbability());
        if (score != null) {
            v.put("score", score.probability());
            score.skipped().ifPresent(reason -> v.put("score_skipped", reason));
        }
        return Tables.outcomeRow(v);
    }

    private static Row failed(S3Object object, Seasons place, String stage, Exception e) {
        Map<String, Object> v = common(object, place, "failed");
        v.put("stage", stage);
        v.put("error", oneLine(e));
        return Tables.outcomeRow(v);
    }

    private static Map<String, Object> common(S3Object object, Seasons place, String status) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", status);
        v.put("key", object.key());
        v.put("bucket", object.bucket());
        v.put("mission", place.mission());
        v.put("season", place.season());
        return v;
    }

    /** The exception's message on one line (its class name when it has none). */
    static String oneLine(Exception e) {
        String m = e.getMessage();
        String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static void depth(Map<String, Object> v, String name, DepthEstimate e) {
        v.put(name + "_ppm", ppm(e.depth()));
        v.put(name + "_err_ppm", ppm(e.error()));
    }

    private static double ppm(double fraction) {
        return fraction * 1e6;
    }
}
