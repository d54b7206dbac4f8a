package radio.vetting;

import java.util.List;
import java.util.Objects;
import radio.lightcurve.LightCurve;
import radio.periodsearch.SearchedLightCurve;

/**
 * The outcome of one {@link PlanetSearch}: the candidates in the order found, why the search stopped, and what
 * each candidate was measured on.
 *
 * @param lightCurve what was searched (the first search's description: files, target, points, flattening)
 * @param flattened  the whole light curve as the first search saw it: normalised (or stitched) and flattened
 * @param candidates the candidates, strongest first; empty when even the strongest signal was too weak
 * @param evidence   per candidate, in the same order, what it was found and measured on
 * @param stop       why no further candidate was reported
 */
public record PlanetSearchResult(SearchedLightCurve lightCurve, LightCurve flattened, List<Candidate> candidates,
                                 List<CandidateEvidence> evidence, Stop stop) {
    /**
     * Why a planet search stopped.
     *
     * @param reason the rule that stopped it
     * @param detail one sentence, e.g. {@code the strongest remaining signal, P = 4.21 d, has SNR 5.3 (< 7)}
     */
    public record Stop(Reason reason, String detail) {
        public Stop {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The rules that end a planet search. */
    public enum Reason {
        /** The strongest remaining signal is below the minimum SNR. */
        LOW_SNR,
        /** As many candidates as asked for were found. */
        MAX_PLANETS,
        /** Too little is left to search once the transits found are masked. */
        NOTHING_LEFT
    }

    public PlanetSearchResult {
        Objects.requireNonNull(lightCurve, "lightCurve");
        Objects.requireNonNull(flattened, "flattened");
        candidates = List.copyOf(candidates);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(stop, "stop");
        if (evidence.size() != candidates.size()) {
            throw new IllegalArgumentException("one piece of evidence per candidate");
        }
    }
}
