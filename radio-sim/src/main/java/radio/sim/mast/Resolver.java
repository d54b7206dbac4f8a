package radio.sim.mast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Hash;
import radio.sim.catalogue.Target;

/**
 * The simulated name resolver behind SANTA and the legacy {@code Mast.Name.Lookup}. It knows every catalogue
 * name (host names, aliases, planet names, {@code EPIC n}, {@code ktwo…}) through two resolvers:
 * <ul>
 *   <li>{@code SIMBAD}: any known name; coordinates within 0.3 arcsec of the catalogue position (a different
 *       epoch, as real SIMBAD and EPIC positions differ), inside the 4-arcsec K2 footprint;</li>
 *   <li>{@code K2}: the catalogue resolver, for {@code EPIC n} and {@code ktwo…} only; exact EPIC position.
 *       Like SANTA's catalogue resolvers it answers first.</li>
 * </ul>
 * Unknown names resolve to nothing. Thread-safe.
 */
final class Resolver {

    /** One {@code resolvedCoordinate} entry. */
    record Resolved(String searchString, String resolver, boolean cached, int resolverTime, String cacheDate,
                    double searchRadius, String canonicalName, double ra, double decl, String objectType) {
    }

    private final Catalogue catalogue;

    Resolver(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Resolves one name.
     *
     * @param name        as sent
     * @param resolvers   requested resolvers (case-insensitive), or empty for all in the default order
     * @param resolveAll  false: only the first answer
     */
    List<Resolved> resolve(String name, List<String> resolvers, boolean resolveAll) {
        String search = name.trim().toLowerCase(Locale.ROOT);
        Optional<Catalogue.NameMatch> match = catalogue.lookup(name);
        if (match.isEmpty()) {
            return List.of();
        }
        Catalogue.NameMatch m = match.get();
        List<String> order = resolvers.isEmpty() ? List.of("K2", "SIMBAD") : resolvers;
        List<Resolved> out = new ArrayList<>();
        for (String resolver : order) {
            Optional<Resolved> r = switch (resolver.toUpperCase(Locale.ROOT)) {
                case "K2" -> k2(search, m);
                case "SIMBAD" -> simbad(search, m);
                default -> Optional.empty();
            };
            r.ifPresent(out::add);
            if (!resolveAll && !out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private Optional<Resolved> k2(String search, Catalogue.NameMatch m) {
        Target t = m.target();
        String compact = search.replaceAll("\\s+", "");
        boolean catalogueName = m.planet().isEmpty()
                && (compact.equals("epic" + t.id()) || compact.equals(t.targetName()));
        if (!catalogueName) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(search, "K2", false, 2, null, 0.000333, t.designation(), t.ra(), t.dec(),
                null));
    }

    private Optional<Resolved> simbad(String search, Catalogue.NameMatch m) {
        Target t = m.target();
        long h = Hash.of(catalogue.seed(), "simbad:" + t.id());
        double offset = Hash.unit(h) * 0.3 / 3600;
        double angle = Hash.unit(h + 1) * 2 * Math.PI;
        double dec = t.dec() + offset * Math.sin(angle);
        double ra = t.ra() + offset * Math.cos(angle) / Math.cos(Math.toRadians(t.dec()));
        String canonical = m.planet().isPresent() ? m.planet().get().name()
                : t.aliases().isEmpty() ? t.name() : t.aliases().get(0);
        String type = m.planet().isPresent() ? "Pl" : "PM*";
        int time = 280 + (int) (Hash.unit(h + 2) * 60);
        return Optional.of(new Resolved(search, "SIMBAD", true, time, "Oct 26, 2025, 2:25:46 PM", -1.0, canonical,
                ra, dec, type));
    }
}
