package radio.ml.dataset;

import java.io.IOException;

/** A labels file that cannot be used: the message names the file, the line and the reason. */
public final class LabelsException extends IOException {
    public LabelsException(String message) {
        super(message);
    }
}
