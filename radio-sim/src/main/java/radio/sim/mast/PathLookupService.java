package radio.sim.mast;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Json;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * MAST {@code GET /api/v0.1/path_lookup/?uri=..&uri=..[&use_cloud_path=True]} (mast-api.md section 7.2): an object
 * keyed by each URI exactly as sent, {@code {"status_code": 200, "path": "/k2/public/..."}} for products with a
 * cloud key (whether or not the bucket really serves them) and {@code {"status_code": 404, "path": null}}
 * otherwise. More than {@value #MAX_URIS} URIs in one call get HTTP 414, so clients must chunk. Thread-safe.
 */
public final class PathLookupService implements Service {
    /** The most URIs one call may carry before the server answers 414. */
    public static final int MAX_URIS = 50;

    private final Catalogue catalogue;

    public PathLookupService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Endpoint classify(Request request) {
        return Endpoint.PATH_LOOKUP;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        List<String> uris = request.params("uri");
        if (uris.size() > MAX_URIS) {
            reply.sendText(414, "text/html", "<html><head><title>414 Request-URI Too Large</title></head><body>"
                    + "<center><h1>414 Request-URI Too Large</h1></center><hr><center>nginx</center></body></html>\n");
            return;
        }
        Set<String> distinct = new LinkedHashSet<>(uris);
        StringBuilder body = new StringBuilder("{");
        int n = 0;
        for (String uri : distinct) {
            Optional<String> key = catalogue.productByUri(uri).flatMap(Product::s3Key);
            if (n++ > 0) {
                body.append(", ");
            }
            Json.string(body, uri).append(": ");
            if (key.isPresent()) {
                body.append("{\"status_code\": 200, \"path\": ");
                Json.string(body, "/" + key.get()).append('}');
            } else {
                body.append("{\"status_code\": 404, \"path\": null}");
            }
        }
        body.append('}');
        reply.sendText(200, "application/json", body.toString());
    }
}
