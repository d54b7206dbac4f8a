package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The part of the catalogue for a mission searched by programme rather than by star (HST, JWST): a fixed set of
 * observations, each with the product rows MAST lists under it, generated once ({@link HstPrograms},
 * {@link JwstPrograms}). The observations belong to no catalogue target (they are "groups", like TESS FFI
 * groups): criteria queries ({@code proposal_id}, {@code obs_id}, {@code filters}) and positional queries find
 * them. A product may be listed under several observations (an association lists its members' files); lookups
 * by URI or key give the first listing. Immutable and thread-safe.
 */
final class ProgramSection implements Section {

    /** One observation and its product rows, in MAST's order. */
    record Listed(Observation observation, List<Product> products) {
        Listed {
            products = List.copyOf(products);
        }
    }

    private final String uriPrefix;
    private final String keyPrefix;
    private final List<Observation> observations = new ArrayList<>();
    private final Map<Long, List<Product>> byObsid = new HashMap<>();
    private final Map<String, Product> byUri = new LinkedHashMap<>();
    private final Map<String, Product> byKey = new HashMap<>();

    /**
     * @param uriPrefix the data-URI prefix of the mission's products, e.g. {@code mast:HST/product/} (compared
     *                  ignoring case)
     * @param keyPrefix the bucket prefix of the mission, e.g. {@code hst/public/}
     */
    ProgramSection(String uriPrefix, String keyPrefix, List<Listed> listed) {
        this.uriPrefix = uriPrefix.toLowerCase(Locale.ROOT);
        this.keyPrefix = keyPrefix;
        for (Listed l : listed) {
            observations.add(l.observation());
            byObsid.put(l.observation().obsid(), l.products());
            for (Product p : l.products()) {
                byUri.putIfAbsent(p.dataUri().toLowerCase(Locale.ROOT), p);
                p.s3Key().ifPresent(k -> byKey.putIfAbsent(k, p));
            }
        }
    }

    @Override
    public List<Observation> observations(Target target) {
        return List.of();
    }

    @Override
    public List<Product> products(Observation observation) {
        return byObsid.getOrDefault(observation.obsid(), List.of());
    }

    @Override
    public boolean ownsUri(String uri) {
        return uri.toLowerCase(Locale.ROOT).startsWith(uriPrefix);
    }

    @Override
    public boolean ownsKey(String key) {
        return key.startsWith(keyPrefix);
    }

    @Override
    public Optional<Target> targetOf(String uriOrKey) {
        return Optional.empty();
    }

    @Override
    public Stream<Observation> groups() {
        return observations.stream();
    }

    @Override
    public Optional<Observation> group(long obsid) {
        return byObsid.containsKey(obsid)
                ? observations.stream().filter(o -> o.obsid() == obsid).findFirst() : Optional.empty();
    }

    @Override
    public Optional<Product> groupProduct(String uriOrKey) {
        Product p = byUri.get(uriOrKey.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(p != null ? p : byKey.get(uriOrKey));
    }

    @Override
    public Stream<Product> bucketGroupProducts() {
        return byUri.values().stream();
    }
}
