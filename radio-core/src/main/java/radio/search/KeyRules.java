package radio.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.mast.CloudPath;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;
import radio.archive.mast.S3KeyRule;

/**
 * The S3 key rules as one run trusts them. A rule is confirmed by looking up the first product it keys (one
 * {@code path_lookup} call on its own, concurrent with the rest of the search) — usually the representative
 * product an observation names ({@code dataURL}), so the answer arrives while {@code Mast.Caom.Products} is still
 * listing the products themselves; agreement makes the rule trusted for the run, disagreement makes
 * {@code path_lookup} the source for that mission and is reported once. An inconclusive answer (not in the cloud, or
 * the call failed) leaves the rule unconfirmed for the next product, up to {@value #CONFIRMATION_ATTEMPTS} attempts,
 * after which {@code path_lookup} is used. With keys verified, no rule is used or confirmed.
 *
 * <p>One per run; thread-safe.
 */
final class KeyRules {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRules.class);
    static final int CONFIRMATION_ATTEMPTS = 3;

    private final MastClient mast;
    private final boolean verifyKeys;
    private final Executor executor;
    private final Map<S3KeyRule, Boolean> trusted = new EnumMap<>(S3KeyRule.class);
    private final Map<S3KeyRule, CompletableFuture<Void>> confirming = new EnumMap<>(S3KeyRule.class);
    private final Map<S3KeyRule, Integer> attempts = new EnumMap<>(S3KeyRule.class);
    private final List<String> warnings = new ArrayList<>();

    /** @param verifyKeys every key comes from {@code path_lookup} ({@link SearchSettings#verifyKeys()}) */
    KeyRules(MastClient mast, boolean verifyKeys, Executor executor) {
        this.mast = mast;
        this.verifyKeys = verifyKeys;
        this.executor = executor;
    }

    /**
     * Starts confirming the rules of these observations' representative products ({@code dataURL}) that have not
     * been tried yet, so that confirmation overlaps the products query instead of following it. A URI without a rule
     * (Kepler's {@code .tar} bundles, HLSPs) starts nothing. Returns its argument.
     */
    List<Observation> confirmEarly(List<Observation> observations) {
        if (verifyKeys) {
            return observations;
        }
        synchronized (this) {
            for (Observation o : observations) {
                if (attempts.size() == S3KeyRule.values().length) {
                    break; // every rule tried: nothing left to start early
                }
                o.dataUrl().ifPresent(uri -> S3KeyRule.forUri(uri)
                        .filter(rule -> !attempts.containsKey(rule))
                        .ifPresent(rule -> startConfirming(rule, uri)));
            }
        }
        return observations;
    }

    /**
     * The keys of those URIs that a trusted rule gives, once every rule they need has been settled (or has been
     * tried for now); the others are for {@code path_lookup}. Empty when keys are verified.
     */
    CompletableFuture<Map<String, String>> settle(List<String> uris) {
        if (verifyKeys) {
            return CompletableFuture.completedFuture(Map.of());
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        synchronized (this) {
            for (String uri : uris) {
                Optional<S3KeyRule> rule = S3KeyRule.forUri(uri);
                if (rule.isEmpty() || trusted.containsKey(rule.get())) {
                    continue;
                }
                CompletableFuture<Void> c = confirming.get(rule.get());
                if (c == null) {
                    if (attempts.getOrDefault(rule.get(), 0) >= CONFIRMATION_ATTEMPTS) {
                        LOG.debug("could not confirm the S3 key rule for {} in {} attempts; using path_lookup",
                                rule.get().mission(), CONFIRMATION_ATTEMPTS);
                        trusted.put(rule.get(), false);
                        continue;
                    }
                    c = startConfirming(rule.get(), uri);
                }
                if (!waits.contains(c)) {
                    waits.add(c);
                }
            }
        }
        return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, String> out = new HashMap<>();
            synchronized (this) {
                for (String uri : uris) {
                    S3KeyRule.forUri(uri).filter(r -> trusted.getOrDefault(r, false))
                            .ifPresent(r -> out.put(uri, r.key(uri).orElseThrow()));
                }
            }
            return out;
        });
    }

    /** Caller holds the lock. */
    private CompletableFuture<Void> startConfirming(S3KeyRule rule, String uri) {
        attempts.merge(rule, 1, Integer::sum);
        CompletableFuture<Void> c = confirm(rule, uri);
        confirming.put(rule, c);
        return c;
    }

    private CompletableFuture<Void> confirm(S3KeyRule rule, String uri) {
        String ruled = rule.key(uri).orElseThrow();
        return CompletableFuture.runAsync(() -> {
            Optional<String> answer = Optional.empty();
            try {
                CloudPath path = mast.pathLookup(List.of(uri)).get(uri);
                answer = path == null ? Optional.empty() : path.s3Key();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.debug("path_lookup to confirm the {} key rule failed: {}", rule.mission(), e.getMessage());
            }
            synchronized (this) {
                confirming.remove(rule);
                if (answer.isEmpty()) {
                    LOG.debug("path_lookup has no key for {}: the {} key rule stays unconfirmed", uri, rule.mission());
                } else if (answer.get().equals(ruled)) {
                    LOG.debug("S3 key rule for {} confirmed by path_lookup on {}", rule.mission(), uri);
                    trusted.put(rule, true);
                } else {
                    trusted.put(rule, false);
                    String w = "the S3 key rule for " + rule.mission() + " gives " + ruled + " for " + uri
                            + " but path_lookup answers " + answer.get() + "; keys of " + rule.mission()
                            + " products come from path_lookup for the rest of this search";
                    warnings.add(w);
                    LOG.warn(w);
                }
            }
        }, executor);
    }

    /** What the user should know about the rules in this run: each disagreement with {@code path_lookup}, once. */
    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
