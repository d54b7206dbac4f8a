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
 * name (host names, aliases, planet names, TOIs, {@code EPIC n}, {@code KIC n}, {@code TIC n}, {@code ktwo…},
 * {@code kplr…}) through these resolvers:
 * <ul>
 *   <li>{@code SIMBAD}: any known name; coordinates within 0.3 arcsec of the catalogue position (a different
 *       epoch, as real SIMBAD and mission-catalogue positions differ), inside every target footprint;</li>
 *   <li>{@code K2}, {@code KEPLER}, {@code TIC}: the mission catalogues, for designations and MAST target names
 *       of their own mission only; exact catalogue position. Like SANTA's catalogue resolvers they answer
 *       first.</li>
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
        List<String> order = resolvers.isEmpty() ? List.of(catalogueResolver(m.target()), "SIMBAD") : resolvers;
        List<Resolved> out = new ArrayList<>();
        for (String resolver : order) {
            String which = resolver.toUpperCase(Locale.ROOT);
            Optional<Resolved> r = which.equals("SIMBAD") ? simbad(search, m)
                    : which.equals(catalogueResolver(m.target())) ? catalogue(search, m, which) : Optional.empty();
            r.ifPresent(out::add);
            if (!resolveAll && !out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static String catalogueResolver(Target t) {
        return switch (t.mission()) {
            case K2 -> "K2";
            case KEPLER -> "KEPLER";
            case TESS -> "TIC";
            case HST, JWST -> "";
        };
    }

    private static Optional<Resolved> catalogue(String search, Catalogue.NameMatch m, String resolver) {
        if (!m.catalogueName()) {
            return Optional.empty();
        }
        Target t = m.target();
        return Optional.of(new Resolved(search, resolver, false, 2, null, 0.000333, t.designation(), t.ra(), t.dec(),
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
