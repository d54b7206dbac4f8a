package radio.ml.model;

import java.io.IOException;

/** A model folder or data set that does not fit: another architecture, missing views, other view lengths. */
public final class ModelException extends IOException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
