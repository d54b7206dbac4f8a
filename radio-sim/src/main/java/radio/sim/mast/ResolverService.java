package radio.sim.mast;

import java.io.IOException;
import java.util.List;

import radio.sim.catalogue.Catalogue;
import radio.sim.server.Endpoint;
import radio.sim.server.Json;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * SANTA, {@code GET /Santa-war/query} (mast-api.md section 3.1): repeated {@code name}, {@code outputFormat=json},
 * {@code resolveAll}, optional repeated {@code resolver}. Answers {@code {"resolvedCoordinate":[...],"status":""}}
 * with entries for every name in request order, {@code searchString} lower-cased; unknown names add nothing.
 * Only the JSON output format is simulated (anything else: HTTP 400). Thread-safe.
 */
public final class ResolverService implements Service {
    private final Resolver resolver;

    public ResolverService(Catalogue catalogue) {
        this.resolver = new Resolver(catalogue);
    }

    @Override
    public Endpoint classify(Request request) {
        return Endpoint.RESOLVER;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        if (!request.path().startsWith("/Santa-war/query")) {
            reply.sendText(404, "text/plain", "Not Found\n");
            return;
        }
        String format = request.param("outputFormat").orElse("xml");
        if (!"json".equalsIgnoreCase(format)) {
            reply.sendText(400, "text/plain", "outputFormat=" + format + " is not simulated; use outputFormat=json\n");
            return;
        }
        boolean all = request.param("resolveAll").map(Boolean::parseBoolean).orElse(false);
        List<String> resolvers = request.params("resolver");
        StringBuilder body = new StringBuilder("{\"resolvedCoordinate\":[");
        int n = 0;
        for (String name : request.params("name")) {
            for (Resolver.Resolved r : resolver.resolve(name, resolvers, all)) {
                if (n++ > 0) {
                    body.append(',');
                }
                append(body, r);
            }
        }
        body.append("],\"status\":\"\"}");
        reply.sendText(200, "application/json;charset=UTF-8", body.toString());
    }

    /** One {@code resolvedCoordinate} entry in SANTA's member order. */
    static void append(StringBuilder out, Resolver.Resolved r) {
        out.append("{\"searchString\":");
        Json.string(out, r.searchString());
        out.append(",\"resolver\":");
        Json.string(out, r.resolver());
        out.append(",\"cached\":").append(r.cached()).append(",\"resolverTime\":").append(r.resolverTime());
        if (r.cached() && r.cacheDate() != null) {
            out.append(",\"cacheDate\":");
            Json.string(out, r.cacheDate());
        }
        out.append(",\"searchRadius\":");
        Json.number(out, r.searchRadius()).append(",\"canonicalName\":");
        Json.string(out, r.canonicalName());
        out.append(",\"ra\":");
        Json.number(out, r.ra()).append(",\"decl\":");
        Json.number(out, r.decl());
        if (r.objectType() != null) {
            out.append(",\"objectType\":");
            Json.string(out, r.objectType());
        }
        out.append('}');
    }
}
