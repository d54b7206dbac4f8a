import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import radio.sim.SimArchive;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;

/**
 * Helper of bench/spark.sh.
 * <pre>
 *   SparkBench serve OUT N   radio's simulated archive (no faults) with N public light curves, Kepler long cadence
 *                            and TESS 2-minute alternately: writes their files to OUT/kepler and OUT/tess (for the
 *                            command line), their s3:// URIs to OUT/keys.txt (for the job) and the S3 endpoint to
 *                            OUT/endpoint, then serves until its standard input closes
 * </pre>
 */
public final class SparkBench {
    public static void main(String[] args) throws Exception {
        if (!args[0].equals("serve")) {
            throw new IllegalArgumentException(args[0]);
        }
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        // about 14 Kepler quarters and 2 TESS sectors per star in the simulated sky: enough of both for n
        try (SimArchive sim = SimArchive.builder().extraK2Targets(0).keplerTargets(n / 20 + 2).tessTargets(n / 3 + 2)
                .start()) {
            List<Product> kepler = new ArrayList<>();
            List<Product> tess = new ArrayList<>();
            for (Target t : sim.catalogue().targets()) {
                for (Product p : sim.catalogue().products(t)) {
                    String name = p.productFilename();
                    if (p.cloud() == CloudState.PUBLIC && name.endsWith("_llc.fits") && name.startsWith("kplr")) {
                        kepler.add(p);
                    } else if (p.cloud() == CloudState.PUBLIC && name.endsWith("-s_lc.fits")) {
                        tess.add(p);
                    }
                }
            }
            if (kepler.size() < n / 2 || tess.size() < n - n / 2) {
                throw new IllegalStateException("the simulated sky has " + kepler.size() + " Kepler and " + tess.size()
                        + " TESS light curves; " + n + " wanted");
            }
            StringBuilder keys = new StringBuilder();
            write(sim, kepler.subList(0, n / 2), out.resolve("kepler"), keys);
            write(sim, tess.subList(0, n - n / 2), out.resolve("tess"), keys);
            Files.writeString(out.resolve("keys.txt"), keys);
            Files.writeString(out.resolve("endpoint"), sim.s3Endpoint().toString());
            System.out.println(n + " light curves (" + n / 2 + " Kepler, " + (n - n / 2) + " TESS) served at "
                    + sim.s3Endpoint());
            while (System.in.read() >= 0) {
                // serve until the script closes our standard input
            }
        }
    }

    private static void write(SimArchive sim, List<Product> products, Path dir, StringBuilder keys)
            throws IOException {
        Files.createDirectories(dir);
        for (Product p : products) {
            Files.write(dir.resolve(p.productFilename()), sim.files().bytes(p));
            keys.append("s3://").append(sim.bucket()).append('/').append(p.s3Key().orElseThrow()).append('\n');
        }
    }
}
