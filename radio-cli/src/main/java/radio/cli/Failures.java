package radio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import radio.lightcurve.CorruptLightCurveException;
import radio.lightcurve.NotALightCurveException;
import radio.api.TargetResult;

/** One line telling the user why a file or a target gave nothing. */
final class Failures {
    static final String NO_PRODUCTS = "no products match the selection";

    private Failures() {
    }

    /**
     * For a target that yields no file, the line naming it and why: the failure, or for a target searched without
     * error but with nothing matching, that and MAST's side of it.
     */
    static String targetLine(TargetResult r) {
        if (r.failed()) {
            return "radio: " + r.target() + ": " + r.reason().orElse("failed");
        }
        return "radio: " + r.target() + ": " + NO_PRODUCTS + r.reason().map(n -> ": " + n).orElse("");
    }

    /** {@code 1 target}, {@code 3 targets}. */
    static String targets(int n) {
        return n + (n == 1 ? " target" : " targets");
    }

    static String describe(Path file, Exception e) {
        if (e instanceof NotALightCurveException || e instanceof CorruptLightCurveException) {
            return e.getMessage(); // already starts with the file name
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        String msg = e.getMessage();
        String what = msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
        return e instanceof IOException ? file.getFileName() + ": cannot read: " + what
                : file.getFileName() + ": " + what;
    }
}
