package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import radio.testing.Fixtures;

/**
 * Every fixture reads to exactly the values astropy reads, column by column, for the default read and for SAP flux
 * without a mask. The expected arrays are produced at test time by {@code src/test/python/astropy_lightcurves.py}
 * into {@code target/astropy-expected} (never committed). Skipped when {@code /usr/bin/python3} with astropy is
 * missing, unless {@code RADIO_REQUIRE_ASTROPY=1} (as CI sets it), in which case that is a failure.
 */
class AstropyCrossCheckTest {
    private static final Path OUT = Path.of("target/astropy-expected");

    private final FitsLightCurveReader reader = new FitsLightCurveReader();

    @BeforeAll
    static void generateExpectedValuesWithAstropy() throws IOException {
        ReferencePython.assume("numpy, astropy");
        List<String> args = new ArrayList<>(List.of(OUT.toString()));
        fixtureFiles().forEach(p -> args.add(p.toString()));
        ReferencePython.run("astropy_lightcurves.py", args, new byte[0]);
    }

    static Stream<Path> fixtureFiles() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.root().resolve("fits"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".fits")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void defaultReadEqualsAstropy(Path file) throws IOException {
        assertSameAsAstropy(file, "default", reader.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void sapReadWithoutMaskEqualsAstropy(Path file) throws IOException {
        assertSameAsAstropy(file, "sap_none", reader.read(file, ReadOptions.ALL_ROWS.withFlux(FluxSource.SAP)));
    }

    private static void assertSameAsAstropy(Path file, String variant, LightCurve lc) throws IOException {
        String name = file.getFileName().toString();
        assertThat(lc.time()).as("time").containsExactly(expected(name, variant, "time"));
        assertThat(lc.flux()).as("flux").containsExactly(expected(name, variant, "flux"));
        assertThat(lc.fluxErr()).as("flux_err").containsExactly(expected(name, variant, "flux_err"));
        assertThat(toDoubles(lc.quality())).as("quality").containsExactly(expected(name, variant, "quality"));
        assertThat(toDoubles(lc.cadenceNumber())).as("cadenceno").containsExactly(expected(name, variant, "cadenceno"));
        assertThat(lc.centroidCol()).as("centroid_col").containsExactly(expected(name, variant, "centroid_col"));
        assertThat(lc.centroidRow()).as("centroid_row").containsExactly(expected(name, variant, "centroid_row"));
    }

    private static double[] expected(String file, String variant, String column) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(OUT.resolve(file + "." + variant + "." + column + ".f64")))
                .order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(v);
        return v;
    }

    private static double[] toDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
