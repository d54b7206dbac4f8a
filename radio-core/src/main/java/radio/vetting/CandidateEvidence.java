package radio.vetting;

import java.util.Objects;
import radio.lightcurve.LightCurve;
import radio.periodsearch.TransitSearchResult;

/**
 * What a candidate was found and measured on, for a vetting sheet.
 *
 * @param candidate the candidate
 * @param search    the search that found it (its periodogram when the options kept it)
 * @param measured  the light curve it was measured on: normalised, earlier candidates' transits left out,
 *                  flattened with its own transits masked
 */
public record CandidateEvidence(Candidate candidate, TransitSearchResult search, LightCurve measured) {
    public CandidateEvidence {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(measured, "measured");
    }
}
