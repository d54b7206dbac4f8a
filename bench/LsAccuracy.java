import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.Method;

/**
 * radio's side of bench/ls-accuracy.sh: the fast Lomb–Scargle powers of every fast Lomb–Scargle case in
 * OUT/cases.json (written by bench/periodogram.sh), as little-endian doubles in OUT/NAME.radio-fast.bin.
 *
 * <p>Usage: java -cp ... LsAccuracy OUT_DIR
 */
public final class LsAccuracy {
    private LsAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        for (JsonNode c : json.readTree(out.resolve("cases.json").toFile())) {
            if (c.has("periods") || !"fast".equals(c.get("method").asText())) {
                continue;
            }
            double[] t = json.treeToValue(c.get("t"), double[].class);
            double[] y = json.treeToValue(c.get("y"), double[].class);
            double[] dy = json.treeToValue(c.get("dy"), double[].class);
            FrequencyGrid grid = new FrequencyGrid(c.get("f0").asDouble(), c.get("df").asDouble(), c.get("n").asInt());
            double[] power = LombScargle.of(t, y, dy).power(grid, Method.FAST, 1).power();
            ByteBuffer bytes = ByteBuffer.allocate(Double.BYTES * power.length).order(ByteOrder.LITTLE_ENDIAN);
            for (double p : power) {
                bytes.putDouble(p);
            }
            Files.write(out.resolve(c.get("name").asText() + ".radio-fast.bin"), bytes.array());
        }
    }
}
