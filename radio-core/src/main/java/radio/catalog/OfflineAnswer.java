package radio.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog alone can say about some targets under one selection: the targets it knows (with the
 * recorded search answer) and, separately, those it cannot answer for and why.
 *
 * @param known   targets with a recorded search under the selection, in the order asked
 * @param unknown targets the catalog cannot answer for, in the order asked
 */
public record OfflineAnswer(List<KnownTarget> known, List<UnknownTarget> unknown) {
    public OfflineAnswer {
        known = List.copyOf(known);
        unknown = List.copyOf(unknown);
    }

    /** True when every target asked about could be answered. */
    public boolean complete() {
        return unknown.isEmpty();
    }

    /**
     * A target with a recorded answer.
     *
     * @param target     the name asked about
     * @param resolution what the name resolved to, when recorded
     * @param search     the recorded search for the selection (possibly with no products)
     */
    public record KnownTarget(String target, Optional<ResolvedTarget> resolution, SearchRecord search) {
        public KnownTarget {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(search, "search");
        }

        /** When the archive gave the recorded answer. */
        public Instant fetchedAt() {
            return search.fetchedAt();
        }
    }

    /**
     * A target the catalog cannot answer for.
     *
     * @param target      the name asked about
     * @param reason      why
     * @param selections  selections this target was searched under, when the reason is {@link Reason#OTHER_SELECTION}
     */
    public record UnknownTarget(String target, Reason reason, List<String> selections) {
        public UnknownTarget {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            selections = List.copyOf(selections);
        }

        /** One line for the user, e.g. {@code K2-18: never searched (only resolved) — run once online}. */
        public String message() {
            return switch (reason) {
                case NEVER_SEEN -> target + ": not in the catalog; search for it once while online";
                case RESOLVED_ONLY -> target + ": resolved but never searched; search for it once while online";
                case OTHER_SELECTION -> target + ": searched only with other criteria (" + String.join("; ", selections)
                        + "); search with these criteria once while online";
            };
        }
    }

    /** Why a target cannot be answered from the catalog. */
    public enum Reason {
        /** The catalog has never seen the name. */
        NEVER_SEEN,
        /** The name was resolved but no search was recorded for it. */
        RESOLVED_ONLY,
        /** Searches were recorded, but none with the selection asked for. */
        OTHER_SELECTION
    }
}
