package radio.ml.dataset;

import java.util.Arrays;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.BlsResult;
import radio.periodogram.BlsStats;
import radio.periodogram.PeriodGrid;

/**
 * radio's BLS search for a data set: the box that best explains a flattened light curve among physically shaped
 * transits. Unlike lightkurve's default grid it does not let a "transit" last most of its period (a box with a
 * duty cycle near 1 fits red noise better than any real transit and wins on short periods); a peak counts only
 * when its duration is at most {@link #MAX_DUTY_CYCLE} of its period. The coarse grid ({@link #grid}, 4 phase bins
 * per shortest duration) is then searched again 10 times finer around the chosen peak. Stateless.
 */
final class TransitFinder {
    /** Trial durations, days (1 to 7 hours). */
    static final double[] DURATIONS = {0.04, 0.065, 0.1, 0.15, 0.22, 0.3};
    /** Longest transit, as a fraction of the period, a peak may have. */
    static final double MAX_DUTY_CYCLE = 0.15;
    static final double MIN_PERIOD_DAYS = 0.5;
    /** Largest drift of a transit across the baseline between neighbouring grid frequencies, in durations. */
    private static final double DRIFT = 0.5;
    private static final BlsOptions OPTIONS = BlsOptions.DEFAULT.withOversample(4).withThreads(1);

    private TransitFinder() {
    }

    /** The best peak of a search of {@code bls}, whose data span {@code baseline} days. */
    static Peak search(Bls bls) {
        double baseline = bls.baseline();
        double maxPeriod = baseline / 2.5;
        if (!(maxPeriod > MIN_PERIOD_DAYS)) {
            throw new IllegalArgumentException("the light curve spans only " + baseline + " days");
        }
        double[] periods = grid(baseline, MIN_PERIOD_DAYS, maxPeriod);
        BlsResult coarse = bls.power(PeriodGrid.of(periods), DURATIONS, OPTIONS);
        int best = bestAllowed(coarse);
        double p0 = coarse.period()[best];
        double f0 = 1 / p0;
        double step = frequencyStep(baseline, p0);
        double[] fine = new double[41];
        for (int k = -20; k <= 20; k++) {
            fine[k + 20] = 1 / (f0 + k * step / 10);
        }
        Arrays.sort(fine);
        BlsResult refined = bls.power(PeriodGrid.of(fine), DURATIONS, OPTIONS.withOversample(10));
        int b = bestAllowed(refined);
        return new Peak(refined.period()[b], refined.duration()[b], refined.transitTime()[b],
                refined.depthSnr()[b]);
    }

    /**
     * Periods from {@code max} down to {@code min} with the frequency step {@link #frequencyStep}: fine where
     * transits are short (short periods), coarser where they are long, so that a transit drifts by at most half
     * its shortest plausible duration over the baseline between grid points (after Ofir 2014).
     */
    static double[] grid(double baseline, double min, double max) {
        java.util.List<Double> periods = new java.util.ArrayList<>();
        for (double f = 1 / max; f <= 1 / min; f += frequencyStep(baseline, 1 / f)) {
            periods.add(1 / f);
        }
        double[] out = new double[periods.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = periods.get(out.length - 1 - i);
        }
        return out;
    }

    /** Half the shortest plausible transit duration at this period (0.04 d at 0.5 d, growing as P^1/3), per
     * baseline and period. */
    static double frequencyStep(double baseline, double period) {
        double shortest = DURATIONS[0] * Math.cbrt(period / MIN_PERIOD_DAYS);
        return DRIFT * shortest / (baseline * period);
    }

    /** The best period, duration, epoch and depth SNR of a search. */
    record Peak(double period, double duration, double epoch, double snr) {
    }

    /** The index of the highest power whose duration is short enough for its period (any, if none is). */
    private static int bestAllowed(BlsResult r) {
        double[] power = r.power();
        double[] period = r.period();
        double[] duration = r.duration();
        int best = -1;
        int any = 0;
        for (int i = 0; i < power.length; i++) {
            if (power[i] > power[any]) {
                any = i;
            }
            if (duration[i] <= MAX_DUTY_CYCLE * period[i] && Double.isFinite(power[i])
                    && (best < 0 || power[i] > power[best])) {
                best = i;
            }
        }
        return best >= 0 ? best : any;
    }

    /**
     * Whether a periodic signal at {@code period} (or twice it: a transit's Lomb–Scargle peak is often at half its
     * period) is better explained by a transit-like box than by a sinusoid, with a box SNR of at least 7.
     */
    static boolean transitLike(double[] t, double[] y, double period) {
        Bls bls = Bls.of(t, y, null);
        for (double p : new double[] {period, 2 * period}) {
            double[] durations = Arrays.stream(DURATIONS).filter(d -> d <= MAX_DUTY_CYCLE * p).toArray();
            if (durations.length == 0 || p > bls.baseline() / 2) {
                continue;
            }
            double[] grid = new double[21];
            for (int k = 0; k < grid.length; k++) {
                grid[k] = p * (0.995 + 0.0005 * k);
            }
            BlsResult r = bls.power(PeriodGrid.of(grid), durations, OPTIONS);
            if (r.bestIndex().isEmpty()) {
                continue;
            }
            var peak = r.best();
            BlsStats stats = bls.computeStats(peak);
            if (peak.snr() >= 7 && stats.harmonicDeltaLogLikelihood() < 0) {
                return true;
            }
        }
        return false;
    }
}
