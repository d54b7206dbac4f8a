package radio.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DJL stays in radio.ml.model, Parquet and Hadoop in radio.ml.dataset, and radio-core knows nothing of radio.ml. */
class MlArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static List<String[]> imports(Path root) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                String pkg = src.replaceAll("(?s)^.*?package\\s+([\\w.]+);.*$", "$1");
                Matcher m = IMPORT.matcher(src);
                while (m.find()) {
                    out.add(new String[] {pkg, m.group(1), f.getFileName().toString()});
                }
            }
        }
        return out;
    }

    @Test
    void thirdPartyMachineryStaysBehindItsPackage() throws IOException {
        for (String[] i : imports(Path.of("src/main/java"))) {
            if (i[1].startsWith("ai.djl.")) {
                assertThat(i[0]).as(i[2] + " imports " + i[1]).isEqualTo("radio.ml.model");
            }
            if (i[1].startsWith("org.apache.parquet.") || i[1].startsWith("org.apache.hadoop.")) {
                assertThat(i[0]).as(i[2] + " imports " + i[1]).isEqualTo("radio.ml.dataset");
            }
            if (i[1].startsWith("radio.ml.model") || i[1].startsWith("radio.ml.demo")) {
                assertThat(i[0]).as(i[2] + " imports " + i[1]).isNotEqualTo("radio.ml.dataset");
            }
        }
    }

    @Test
    void theCoreLibraryDoesNotKnowMachineLearning() throws IOException {
        Path core = Path.of("../radio-core/src/main/java");
        assertThat(core).isDirectory();
        for (String[] i : imports(core)) {
            assertThat(i[1]).as(i[2]).doesNotStartWith("radio.ml").doesNotStartWith("ai.djl")
                    .doesNotStartWith("org.apache.parquet");
        }
    }
}
