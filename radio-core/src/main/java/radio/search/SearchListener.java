package radio.search;

/**
 * Receives each target's outcome as soon as that target is done, while other targets are still being
 * searched: a download can start on the first target's files before the last target is resolved.
 *
 * <p>Rules: {@link #onTarget} is called exactly once per input target, in completion order (not input order;
 * {@link TargetOutcome#index()} gives the input position). Calls never overlap (they are serialised), but
 * come from the search's worker threads: keep them quick and hand long work (downloads) to your own
 * executor, since a slow listener holds up the search. Do not throw; an exception is logged and ignored.
 */
@FunctionalInterface
public interface SearchListener {
    void onTarget(TargetOutcome outcome);
}
