package radio.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import radio.testing.Fixtures;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Received;
import radio.testing.LoopbackServer.Reply;

/**
 * A loopback stand-in for MAST, SANTA and TAP answering from the recorded fixtures, for testing how the
 * search batches and attributes. Observations: the three recorded K2 targets (ktwo228162462 C9,
 * ktwo228725972 C10, ktwo203830112 C11). Products: the recorded C10 list, plus the two C11 LLC rows the
 * fixtures README describes. Cloud keys by the K2 layout rule for K2 pipeline URIs, "not in the cloud" (404) for
 * the rest. Resolver: pi Mensae only.
 */
final class FixtureArchive implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LoopbackServer server;
    private final List<JsonNode> observations = new ArrayList<>();
    private final List<JsonNode> products = new ArrayList<>();
    private final Predicate<Received> failing;

    FixtureArchive(Predicate<Received> failing) throws Exception {
        this.failing = failing;
        for (String f : List.of("k2_c9_ktwo228162462_caom_filtered.json", "k2_c10_ktwo228725972_caom_filtered.json",
                "k2_c11_ktwo203830112_caom_filtered.json")) {
            JSON.readTree(Fixtures.bytes("mast/" + f)).get("data").forEach(observations::add);
        }
        JSON.readTree(Fixtures.bytes("mast/k2_c10_ktwo228725972_caom_products.json")).get("data").forEach(products::add);
        products.add(llc(978006, "ktwo203830112-c111_lc", "c111/203800000/30000/ktwo203830112-c111_llc.fits", 144000));
        products.add(llc(1010712, "ktwo203830112-c112_lc", "c112/203800000/30000/ktwo203830112-c112_llc.fits", 264960));
        server = LoopbackServer.start(8, this::answer);
    }

    private static JsonNode llc(long obsid, String obsId, String path, long size) {
        ObjectNode n = JSON.createObjectNode();
        n.put("obsID", obsid);
        n.put("obs_collection", "K2");
        n.put("obs_id", obsId);
        n.put("dataURI", "mast:K2/url/missions/k2/lightcurves/" + path);
        n.put("productSubGroupDescription", "LLC");
        n.put("productFilename", path.substring(path.lastIndexOf('/') + 1));
        n.put("size", size);
        return n;
    }

    java.net.URI url() {
        return server.baseUrl();
    }

    List<Received> received() {
        return server.received();
    }

    /** Requests to {@code invoke} for one service. */
    long invokes(String service) {
        return server.received().stream().filter(r -> r.uri().getPath().equals("/api/v0/invoke"))
                .filter(r -> service.equals(request(r).path("service").asText())).count();
    }

    long requestsTo(String path) {
        return server.received().stream().filter(r -> r.uri().getPath().equals(path)).count();
    }

    static JsonNode request(Received r) {
        return request(r.body());
    }

    /** The request document of an {@code invoke} form body. */
    static JsonNode request(String formBody) {
        try {
            return JSON.readTree(URLDecoder.decode(formBody.substring("request=".length()), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply answer(Received r) throws Exception {
        if (failing.test(r)) {
            return Reply.of(503, "injected failure");
        }
        String path = r.uri().getPath();
        if (path.equals("/TAP/sync")) {
            return Reply.json(Fixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_epic_id_k2_name.json"));
        }
        if (path.equals("/Santa-war/query")) {
            return Reply.json(r.uri().getRawQuery().toLowerCase().contains("name=pi%20mensae")
                    ? Fixtures.text("mast/santa_pi_mensae.json") : "{\"resolvedCoordinate\":[],\"status\":\"\"}");
        }
        if (path.equals("/api/v0.1/path_lookup/")) {
            ObjectNode out = JSON.createObjectNode();
            for (String part : r.uri().getRawQuery().split("&")) {
                if (part.startsWith("uri=")) {
                    String uri = URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8);
                    ObjectNode e = out.putObject(uri);
                    boolean k2 = uri.startsWith("mast:K2/url/missions/k2/");
                    e.put("status_code", k2 ? 200 : 404);
                    e.put("path", k2 ? "/" + uri.replace("mast:K2/url/missions/k2/", "k2/public/") : null);
                }
            }
            return Reply.json(out.toString());
        }
        JsonNode req = request(r);
        JsonNode params = req.path("params");
        return switch (req.path("service").asText()) {
            case "Mast.Caom.Filtered" -> {
                Set<String> names = new HashSet<>();
                for (JsonNode f : params.path("filters")) {
                    if (f.path("paramName").asText().equals("target_name")) {
                        f.path("values").forEach(v -> names.add(v.asText()));
                    }
                }
                yield table(observations, o -> names.contains(o.path("target_name").asText()));
            }
            case "Mast.Caom.Filtered.Position", "Mast.Caom.Cone" -> table(observations,
                    o -> o.path("target_name").asText().equals("ktwo228725972"));
            case "Mast.Caom.Products" -> {
                Set<String> ids = Set.of(params.path("obsid").asText().split(","));
                yield table(products, p -> ids.contains(p.path("obsID").asText()));
            }
            case "Mast.Name.Lookup" -> Reply.json("{\"resolvedCoordinate\":[],\"status\":\"\"}");
            default -> Reply.json("{\"status\":\"ERROR\",\"msg\":\"unknown service\"}");
        };
    }

    private static Reply table(List<JsonNode> rows, Predicate<JsonNode> keep) {
        ObjectNode out = JSON.createObjectNode();
        out.put("status", "COMPLETE");
        out.put("msg", "");
        ArrayNode data = out.putArray("data");
        rows.stream().filter(keep).forEach(data::add);
        out.putArray("fields");
        ObjectNode paging = out.putObject("paging");
        paging.put("page", 1);
        paging.put("pagesFiltered", 1);
        return Reply.json(out.toString());
    }

    @Override
    public void close() {
        server.close();
    }
}
