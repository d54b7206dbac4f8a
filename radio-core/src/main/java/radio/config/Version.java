package radio.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** radio's own version and the User-Agent it sends, of the form {@code radio/<version> (Java/<version>; <os>)}. */
public final class Version {
    private Version() {
    }

    /** The project version baked in at build time. */
    public static String radio() {
        try (InputStream in = Version.class.getResourceAsStream("/radio/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An honest User-Agent: who we are, on what runtime and system. */
    public static String userAgent() {
        return "radio/" + radio() + " (Java/" + Runtime.version().feature() + "." + Runtime.version().interim()
                + "." + Runtime.version().update() + "; " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")";
    }
}
