package radio.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as PNG files. The image is rendered off screen (run with {@code -Djava.awt.headless=true} on
 * machines without a display), written to a temporary file beside the target and moved into place, so an existing
 * file is replaced whole or not at all. Parent folders are created.
 */
final class PngFiles {
    private PngFiles() {
    }

    /** Renders {@code chart} and writes it to {@code file} (replacing it). */
    public static void write(Chart<?, ?> chart, Path file) throws IOException {
        write(BitmapEncoder.getBufferedImage(chart), file);
    }

    /** Writes a rendered image to {@code file} (replacing it). */
    static void write(BufferedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // a plain file (not createTempFile, whose 0600 mode would stick to the result) with a unique name
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
