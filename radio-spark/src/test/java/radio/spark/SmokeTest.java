package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void runs() {
        try (SimArchive sim = SimArchive.builder().extraK2Targets(0).keplerTargets(2).tessTargets(10).start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int code = SparkMain.run(new String[] {"--master", "local[2]", "--prefix", "s3://stpubdata/tess/public/tid/",
                    "--out", dir.resolve("out").toString(), "--conf", "spark.ui.enabled=false",
                    "--s3-endpoint", sim.s3Endpoint().toString()}, Map.of(), new PrintStream(out), new PrintStream(err));
            System.out.println("took " + (System.nanoTime() - t0) / 1e9);
            System.out.println(out + " GETs=" + sim.requestCount(radio.sim.server.Endpoint.S3_GET));
            System.out.println(err);
            assertThat(code).isZero();
        }
    }
}
