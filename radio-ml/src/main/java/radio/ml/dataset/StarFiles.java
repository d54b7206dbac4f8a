package radio.ml.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import radio.lightcurve.LightCurves;

/** Light-curve files grouped by the star they belong to. */
public final class StarFiles {
    private StarFiles() {
    }

    /**
     * Files by canonical star name ({@link TargetKey}), from the file name when it follows pipeline or HLSP
     * naming, else from the file's header; files whose star cannot be told are added to {@code skipped}.
     */
    public static Map<String, List<Path>> groupByStar(List<Path> files, List<DatasetReport.Skipped> skipped) {
        Map<String, List<Path>> out = new TreeMap<>();
        for (Path file : files) {
            Optional<String> star = TargetKey.fromFileName(file);
            if (star.isEmpty()) {
                try {
                    star = Optional.of(TargetKey.normalise(LightCurves.read(file).meta().objectName()));
                } catch (IOException | RuntimeException e) {
                    skipped.add(new DatasetReport.Skipped(file.toString(), "cannot read: " + e.getMessage()));
                    continue;
                }
            }
            out.computeIfAbsent(star.get(), k -> new ArrayList<>()).add(file);
        }
        return out;
    }

    /** The SHA-256 of a file, hex. */
    public static String sha256(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
