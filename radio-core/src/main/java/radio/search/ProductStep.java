package radio.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import radio.archive.mast.DataProduct;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;

/**
 * Third step: the products of each target's observations. Targets reaching it together share one
 * {@code Mast.Caom.Products} call for all their obsids (up to {@value MastClient#MAX_OBSIDS_PER_CALL}; a target with
 * more has a call of its own), the answer split back by obsid.
 *
 * <p>One per run; thread-safe.
 */
final class ProductStep {
    private final MastClient mast;
    private final MicroBatcher<List<Long>, Map<Long, List<DataProduct>>> products;

    ProductStep(MastClient mast, Pipeline pipeline) {
        this.mast = mast;
        this.products = pipeline.batcher(Pipeline.Step.PRODUCTS, "products", pipeline.settings().batchSize(),
                MastClient.MAX_OBSIDS_PER_CALL, List::size, this::productsByObsid);
    }

    /**
     * Every product listed for these observations, each data URI once, in the order of the observations and of
     * MAST's answer; each with the (first) observation that lists it.
     */
    CompletableFuture<List<Candidate>> products(List<Observation> observations, Pipeline.Target progress) {
        if (observations.isEmpty()) {
            progress.passThrough(Pipeline.Step.PRODUCTS, false);
            return CompletableFuture.completedFuture(List.of());
        }
        progress.passThrough(Pipeline.Step.PRODUCTS, true);
        List<Long> obsids = new ArrayList<>(new LinkedHashSet<>(observations.stream().map(Observation::obsid).toList()));
        return products.submit(obsids).thenApply(byObsid -> {
            Set<String> seen = new HashSet<>();
            Set<Long> done = new HashSet<>();
            List<Candidate> listed = new ArrayList<>();
            for (Observation o : observations) {
                if (!done.add(o.obsid())) {
                    continue;
                }
                for (DataProduct p : byObsid.getOrDefault(o.obsid(), List.of())) {
                    if (seen.add(p.dataUri())) {
                        listed.add(new Candidate(o, p));
                    }
                }
            }
            return listed;
        });
    }

    private List<Map<Long, List<DataProduct>>> productsByObsid(List<List<Long>> batch) throws Exception {
        Map<Long, List<DataProduct>> all = mast.productsByObsid(Calls.union(batch));
        List<Map<Long, List<DataProduct>>> out = new ArrayList<>(batch.size());
        for (List<Long> ids : batch) {
            Map<Long, List<DataProduct>> mine = new LinkedHashMap<>();
            ids.forEach(id -> mine.put(id, all.getOrDefault(id, List.of())));
            out.add(mine);
        }
        return out;
    }
}
