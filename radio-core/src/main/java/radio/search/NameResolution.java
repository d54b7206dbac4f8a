package radio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.mast.MastClient;
import radio.archive.mast.ResolvedName;
import radio.archive.mast.SantaResolver;

/**
 * Names to sky positions: SANTA first (many names per call), then MAST's legacy {@code Mast.Name.Lookup} for
 * each name SANTA could not place (or for all, when SANTA itself failed). Thread-safe.
 */
final class NameResolution {
    private static final Logger LOG = LoggerFactory.getLogger(NameResolution.class);

    /** A position, or the reason there is none. */
    record Result(Optional<ResolvedName> position, String failure) {
    }

    private final SantaResolver santa;
    private final MastClient mast;

    NameResolution(SantaResolver santa, MastClient mast) {
        this.santa = santa;
        this.mast = mast;
    }

    /** One result per name, in order. */
    List<Result> resolve(List<String> names) throws InterruptedException {
        Map<String, ResolvedName> found;
        String santaProblem;
        try {
            found = santa.resolve(names);
            santaProblem = "the SANTA resolver found nothing";
        } catch (java.io.IOException e) {
            LOG.warn("SANTA resolver failed ({}); trying Mast.Name.Lookup", e.getMessage());
            found = Map.of();
            santaProblem = "the SANTA resolver failed (" + e.getMessage() + ")";
        }
        List<Result> out = new ArrayList<>(names.size());
        for (String name : names) {
            ResolvedName r = found.get(name);
            if (r != null) {
                out.add(new Result(Optional.of(r), ""));
                continue;
            }
            try {
                Optional<ResolvedName> legacy = mast.nameLookup(name);
                out.add(legacy.isPresent() ? new Result(legacy, "")
                        : new Result(Optional.empty(), santaProblem + " and Mast.Name.Lookup found nothing"));
            } catch (java.io.IOException e) {
                out.add(new Result(Optional.empty(), santaProblem + " and Mast.Name.Lookup failed (" + e.getMessage() + ")"));
            }
        }
        return out;
    }
}
