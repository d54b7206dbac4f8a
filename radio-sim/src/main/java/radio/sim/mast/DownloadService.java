package radio.sim.mast;

import java.io.IOException;
import java.util.Optional;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.ProductFiles;
import radio.sim.server.ByteRange;
import radio.sim.server.Endpoint;
import radio.sim.server.HttpDates;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * MAST {@code GET|HEAD /api/v0.1/Download/file?uri=<dataURI>} (mast-api.md section 6.2): the product's bytes
 * with {@code Content-Length}, {@code Accept-Ranges: bytes}, {@code ETag}, {@code Last-Modified} and
 * {@code content-disposition: attachment; filename="…"}; single {@code Range} requests get 206 with
 * {@code Content-Range} ({@code If-Range} honoured); unknown URIs get 404. MAST serves every product, including
 * those private or missing in the bucket. Thread-safe.
 */
public final class DownloadService implements Service {
    private final Catalogue catalogue;
    private final ProductFiles files;

    public DownloadService(Catalogue catalogue, ProductFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @Override
    public Endpoint classify(Request request) {
        return request.head() ? Endpoint.DOWNLOAD_HEAD : Endpoint.DOWNLOAD_GET;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        if (!request.head() && !"GET".equals(request.method())) {
            reply.header("Allow", "GET, HEAD");
            reply.sendText(405, "text/plain", "Method Not Allowed\n");
            return;
        }
        Optional<String> uri = request.param("uri");
        if (uri.isEmpty() || uri.get().isBlank()) {
            reply.sendText(400, "text/plain", "Missing required parameter 'uri'.\n");
            return;
        }
        Optional<Product> product = catalogue.productByUri(uri.get().trim());
        if (product.isEmpty()) {
            reply.sendText(404, "text/html", "<html><body><h1>404 Not Found</h1><p>No file found for "
                    + uri.get().replace("<", "&lt;") + "</p></body></html>\n");
            return;
        }
        Product p = product.get();
        long total = files.size(p);
        String etag = files.etag(p);
        String modified = HttpDates.format(files.lastModified(p));
        reply.header("Accept-Ranges", "bytes");
        reply.header("ETag", etag);
        reply.header("Last-Modified", modified);
        reply.header("content-disposition", "attachment; filename=\"" + p.productFilename() + "\"");
        Optional<String> range = request.header("Range");
        Optional<String> ifRange = request.header("If-Range");
        if (ifRange.isPresent() && !ifRange.get().trim().equals(etag) && !ifRange.get().trim().equals(modified)) {
            range = Optional.empty();
        }
        ByteRange.Parsed parsed = ByteRange.parse(range, total);
        if (parsed instanceof ByteRange.Unsatisfiable) {
            reply.header("Content-Range", "bytes */" + total);
            reply.sendText(416, "text/plain", "Requested Range Not Satisfiable\n");
        } else if (parsed instanceof ByteRange.Partial partial) {
            ByteRange r = partial.range();
            reply.header("Content-Range", r.contentRange(total));
            reply.sendBody(206, "application/octet-stream", r.length(),
                    (out, offset, length) -> files.write(p, r.first() + offset, length, out));
        } else {
            reply.sendBody(200, "application/octet-stream", total,
                    (out, offset, length) -> files.write(p, offset, length, out));
        }
    }
}
