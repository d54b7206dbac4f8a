package radio.sim.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the simulated archive received it, for tests that check what a client sent.
 *
 * @param endpoint  which endpoint it reached
 * @param method    HTTP method
 * @param path      request path, percent-decoded
 * @param params    query and form parameters, percent-decoded ({@code +} and {@code %20} both become a space), in
 *                  arrival order; for MAST invoke, {@code request} holds the JSON document
 * @param headers   request headers, names lower-cased
 * @param fault     the fault injected into the response, if any
 * @param received  arrival time
 */
public record RecordedRequest(Endpoint endpoint, String method, String path, Map<String, List<String>> params,
                              Map<String, List<String>> headers, Optional<Fault> fault, Instant received) {
    public RecordedRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(fault, "fault");
    }

    /** The first value of a parameter (exact name), if present. */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a parameter (exact name), possibly empty. */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** The first value of a header (case-insensitive name), if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
