package radio.sim.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

/**
 * A received HTTP request, read completely: method, decoded path, parameters from the query string and (for
 * {@code application/x-www-form-urlencoded} bodies) the form, headers with lower-cased names.
 *
 * @param method   HTTP method, upper case
 * @param path     path, percent-decoded ({@code +} stays {@code +})
 * @param params   parameters in arrival order, values decoded as forms are ({@code +} and {@code %20} are spaces)
 * @param headers  headers, names lower-cased
 * @param body     raw body bytes (empty for GET/HEAD)
 */
public record Request(String method, String path, Map<String, List<String>> params, Map<String, List<String>> headers,
                      byte[] body) {
    public Request {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** Reads the whole request from an exchange. */
    public static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Map<String, List<String>> params = new LinkedHashMap<>();
        URI uri = exchange.getRequestURI();
        parseForm(uri.getRawQuery(), params);
        List<String> type = headers.getOrDefault("content-type", List.of());
        if (!type.isEmpty() && type.get(0).toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            parseForm(new String(body, StandardCharsets.UTF_8), params);
        }
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getPath(), params, headers, body);
    }

    /**
     * Parses {@code a=1&b=x+y&b=%20z} into the map (appending). Malformed percent escapes raise
     * {@link BadRequestException}.
     */
    static void parseForm(String text, Map<String, List<String>> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed percent-encoding in '" + text + "'");
        }
    }

    /** First value of a parameter (exact name). */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** First value of a parameter whose name equals {@code name} ignoring case (TAP parameters work so). */
    public Optional<String> paramIgnoreCase(String name) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** All values of a parameter (exact name). */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** First value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether this is a HEAD request. */
    public boolean head() {
        return "HEAD".equals(method);
    }

    /** The value of a cookie sent with the request. */
    public Optional<String> cookie(String name) {
        for (String line : headers.getOrDefault("cookie", List.of())) {
            for (String part : line.split(";")) {
                String p = part.trim();
                if (p.startsWith(name + "=")) {
                    return Optional.of(p.substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }
}
