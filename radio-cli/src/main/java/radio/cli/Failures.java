package radio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import radio.lightcurve.CorruptLightCurveException;
import radio.lightcurve.NotALightCurveException;
import radio.search.TargetOutcome;

/** One line telling the user why a file or a target gave nothing. */
final class Failures {
    private Failures() {
    }

    /** For a target searched without error but with nothing matching: the line, with MAST's side of it. */
    static String noProducts(TargetOutcome o) {
        return "radio: " + o.target() + ": no products match the selection" + o.note().map(n -> ": " + n).orElse("");
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
