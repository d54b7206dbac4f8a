package radio.config;

/**
 * A setting given by flag, environment or API is unusable. The message names the option or variable
 * and the bad value, so it can be shown to the user as is. Raised before any work starts.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
