package radio.archive.exoplanets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.archive.HttpStatusException;

/** Extracts the archive's message from its error bodies, leniently (they are not always well-formed). */
final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUERY_STATUS_ERROR = Pattern.compile(
            "<INFO[^>]*name\\s*=\\s*\"QUERY_STATUS\"[^>]*value\\s*=\\s*\"ERROR\"[^>]*>(.*?)</INFO>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_STATUS_ERROR_VALUE_FIRST = Pattern.compile(
            "<INFO[^>]*value\\s*=\\s*\"ERROR\"[^>]*name\\s*=\\s*\"QUERY_STATUS\"[^>]*>(.*?)</INFO>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ErrorBodies() {
    }

    /**
     * The {@code msg} of a {@code {"status": "error", "msg": ...}} body. The 2021 server inserted the message
     * without JSON escaping, so a message with double quotes breaks strict parsing: then the text between
     * {@code "msg": "} and the last {@code "} before the closing brace is taken.
     */
    static String jsonMessage(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.hasNonNull("msg")) {
                return n.get("msg").asText().strip();
            }
        } catch (java.io.IOException e) {
            // fall through to the lenient reading
        }
        Matcher m = Pattern.compile("\"msg\"\\s*:\\s*\"").matcher(body);
        if (m.find()) {
            int start = m.end();
            int brace = body.lastIndexOf('}');
            int end = body.lastIndexOf('"', brace < 0 ? body.length() : brace);
            if (end > start) {
                return body.substring(start, end).strip();
            }
        }
        return HttpStatusException.excerpt(body, 300);
    }

    /** The text of {@code <INFO name="QUERY_STATUS" value="ERROR">}, if the XML reports an error. */
    static Optional<String> votableError(String xml) {
        for (Pattern p : new Pattern[] {QUERY_STATUS_ERROR, QUERY_STATUS_ERROR_VALUE_FIRST}) {
            Matcher m = p.matcher(xml);
            if (m.find()) {
                String text = m.group(1).replaceAll("<!\\[CDATA\\[|]]>", "").strip();
                return Optional.of(text.isEmpty() ? "QUERY_STATUS=ERROR" : text);
            }
        }
        return Optional.empty();
    }

    /** The legacy API's {@code ERROR<br> / Error Type: …<br> / Message: …} text. */
    static String legacyMessage(String body) {
        String type = null;
        String message = null;
        for (String line : body.split("\\R")) {
            String l = line.replace("<br>", "").strip();
            if (l.regionMatches(true, 0, "Error Type:", 0, 11)) {
                type = l.substring(11).strip();
            } else if (l.regionMatches(true, 0, "Message:", 0, 8)) {
                message = l.substring(8).strip();
            }
        }
        if (message == null) {
            return HttpStatusException.excerpt(body, 300);
        }
        return type == null ? message : message + " (" + type + ")";
    }
}
