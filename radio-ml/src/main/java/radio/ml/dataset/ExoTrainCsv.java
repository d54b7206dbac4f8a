package radio.ml.dataset;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A split as Kaggle's K2 {@code exoTrain.csv}/{@code exoTest.csv}: header {@code LABEL,FLUX.1,…,FLUX.N}, then one
 * row per star: {@code LABEL} 2 for a planet host, 1 for any other star, then the {@link View#FLUX} view. spacekit
 * and the Kaggle notebooks read it unchanged. Not thread-safe.
 */
public final class ExoTrainCsv implements Closeable {
    private final BufferedWriter out;
    private final int length;

    public ExoTrainCsv(Path file, int length) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.length = length;
        StringBuilder header = new StringBuilder("LABEL");
        for (int i = 1; i <= length; i++) {
            header.append(",FLUX.").append(i);
        }
        out.write(header.toString());
        out.write('\n');
    }

    public void write(int label, float[] flux) throws IOException {
        if (flux.length != length) {
            throw new IllegalArgumentException("flux view has " + flux.length + " points, the file " + length);
        }
        StringBuilder row = new StringBuilder(length * 10);
        row.append(label == 1 ? '2' : '1');
        for (float v : flux) {
            row.append(',').append(v);
        }
        out.write(row.toString());
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
