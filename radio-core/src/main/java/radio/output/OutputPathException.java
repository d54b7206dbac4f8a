package radio.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output path radio will not write: it is an input, a file of another kind, a folder where a file is wanted, or
 * not writable. The message is one line, {@code <option> <path as given>: <reason>}.
 */
public final class OutputPathException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final transient Path path;
    private final String reason;

    public OutputPathException(String option, String given, Path path, String reason) {
        super(option + " " + given + ": " + reason);
        this.option = Objects.requireNonNull(option, "option");
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The option (or role, such as {@code plot}) the path was given for. */
    public String option() {
        return option;
    }

    /** The path, resolved. */
    public Path path() {
        return path;
    }

    /** Why radio will not write there, e.g. {@code is an input of this command}. */
    public String reason() {
        return reason;
    }
}
