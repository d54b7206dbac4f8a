package radio.ml.dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A star's canonical name, {@code EPIC 211089792}, {@code KIC 11442793} or {@code TIC 25155310}: what labels
 * files, file headers ({@code OBJECT}) and pipeline file names are matched on. Case, spaces and leading zeros do
 * not matter ({@code epic211089792}, {@code KIC 011442793}).
 */
public final class TargetKey {
    private static final Pattern NAME = Pattern.compile("^(EPIC|KIC|TIC)\\s*0*(\\d+)$");
    private static final Pattern K2_FILE = Pattern.compile("^ktwo0*(\\d+)-c\\d+_");
    private static final Pattern KEPLER_FILE = Pattern.compile("^kplr0*(\\d+)-\\d+_");
    private static final Pattern TESS_FILE = Pattern.compile("^tess\\d+-s\\d+-0*(\\d+)-\\d+-");
    private static final Pattern HLSP_FILE = Pattern.compile("^hlsp_[a-z0-9]+_(k2|kepler|tess)_[a-z]+_0*(\\d+)-");

    private TargetKey() {
    }

    /** The canonical form of a name, or the name trimmed when it is not a catalogue designation. */
    public static String normalise(String name) {
        String t = name.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = NAME.matcher(t);
        return m.matches() ? m.group(1) + " " + m.group(2) : t;
    }

    /** The star a pipeline or HLSP light-curve file belongs to, from its name alone. */
    public static Optional<String> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Matcher m = K2_FILE.matcher(name);
        if (m.find()) {
            return Optional.of("EPIC " + m.group(1));
        }
        m = KEPLER_FILE.matcher(name);
        if (m.find()) {
            return Optional.of("KIC " + m.group(1));
        }
        m = TESS_FILE.matcher(name);
        if (m.find()) {
            return Optional.of("TIC " + m.group(1));
        }
        m = HLSP_FILE.matcher(name);
        if (m.find()) {
            String prefix = switch (m.group(1)) {
                case "k2" -> "EPIC ";
                case "kepler" -> "KIC ";
                default -> "TIC ";
            };
            return Optional.of(prefix + m.group(2));
        }
        return Optional.empty();
    }
}
