package radio.archive.mast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import radio.archive.PercentEncoding;

/**
 * One logical {@code invoke} query: a service and its {@code params}. Paging and the {@code cacheBreaker} are
 * added per request by {@link #json}/{@link #formBody}, in astroquery's key order ({@code service, params,
 * format, pagesize, page, cacheBreaker}) and JSON spelling, so the bytes equal what astroquery sends.
 * Immutable.
 */
public record MastQuery(String service, Map<String, Object> params) {
    public MastQuery {
        Objects.requireNonNull(service, "service");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code Mast.Caom.Filtered} with all columns. */
    public static MastQuery filtered(List<CaomFilter> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("Mast.Caom.Filtered needs at least one filter");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("columns", "*");
        p.put("filters", filters.stream().map(CaomFilter::toJson).collect(Collectors.toList()));
        return new MastQuery("Mast.Caom.Filtered", p);
    }

    /** {@code Mast.Caom.Filtered.Position}: filters plus the {@code "ra, dec, radius"} string (degrees). */
    public static MastQuery filteredPosition(SkyPosition position, double radiusDegrees, List<CaomFilter> filters) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("columns", "*");
        p.put("filters", filters.stream().map(CaomFilter::toJson).collect(Collectors.toList()));
        p.put("position", positionString(position, radiusDegrees));
        return new MastQuery("Mast.Caom.Filtered.Position", p);
    }

    /** {@code Mast.Caom.Cone}: every observation whose footprint meets the circle (radius in degrees). */
    public static MastQuery cone(SkyPosition position, double radiusDegrees) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ra", position.ra());
        p.put("dec", position.dec());
        p.put("radius", radiusDegrees);
        return new MastQuery("Mast.Caom.Cone", p);
    }

    /** {@code Mast.Caom.Products} for up to {@link MastClient#MAX_OBSIDS_PER_CALL} obsids. */
    public static MastQuery products(Collection<Long> obsids) {
        if (obsids.isEmpty() || obsids.size() > MastClient.MAX_OBSIDS_PER_CALL) {
            throw new IllegalArgumentException("Mast.Caom.Products takes 1.." + MastClient.MAX_OBSIDS_PER_CALL
                    + " obsids, not " + obsids.size());
        }
        List<String> ids = new ArrayList<>();
        for (Long id : obsids) {
            ids.add(Long.toString(id));
        }
        return new MastQuery("Mast.Caom.Products", Map.of("obsid", String.join(",", ids)));
    }

    /** The legacy {@code Mast.Name.Lookup} (note the inner {@code format}). */
    public static MastQuery nameLookup(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("input", name);
        p.put("format", "json");
        return new MastQuery("Mast.Name.Lookup", p);
    }

    /** The request document for one page. */
    public String json(int pageSize, int page, String cacheBreaker) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("service", service);
        doc.put("params", params);
        doc.put("format", "json");
        doc.put("pagesize", pageSize);
        doc.put("page", page);
        doc.put("cacheBreaker", cacheBreaker);
        return PythonStyleJson.write(doc);
    }

    /** The form body POSTed to {@code /api/v0/invoke}: {@code request=} and the percent-encoded document. */
    public String formBody(int pageSize, int page, String cacheBreaker) {
        return "request=" + PercentEncoding.encode(json(pageSize, page, cacheBreaker));
    }

    /**
     * {@code "<ra>, <dec>, <radius>"} with each number as Python prints it (lower-case exponent:
     * {@code 2.777777777777778e-08}), never Java's {@code 2.7777777777777777E-8}.
     */
    public static String positionString(SkyPosition position, double radiusDegrees) {
        if (!(radiusDegrees >= 0) || Double.isInfinite(radiusDegrees)) {
            throw new IllegalArgumentException("radius must be a finite number of degrees ≥ 0: " + radiusDegrees);
        }
        return PythonStyleJson.repr(position.ra()) + ", " + PythonStyleJson.repr(position.dec()) + ", "
                + PythonStyleJson.repr(radiusDegrees);
    }
}
