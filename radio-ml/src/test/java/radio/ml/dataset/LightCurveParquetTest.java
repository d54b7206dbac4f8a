package radio.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.TimeSystem;

/** A Parquet export read by an independent reader (DuckDB's): every cadence, the values, radio's metadata. */
class LightCurveParquetTest {
    @TempDir
    Path dir;

    @Test
    void duckDbReadsEveryCadenceAndTheMetadata() throws Exception {
        int n = 3000;
        double[] t = new double[n];
        double[] f = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 2000 + i * 0.0204;
            f[i] = 1 + 0.001 * Math.sin(i / 40.0);
            e[i] = 1e-4;
        }
        LightCurve lc = LightCurve.of(t, f, e, TimeSystem.BKJD, "", LightCurveMeta.inMemory("EPIC 211436265"));
        Path file = dir.resolve("k2.parquet");

        LightCurveParquet.write(lc, file);

        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(time), min(flux), max(quality) FROM '" + file
                    + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(lc.size());
                assertThat(rs.getDouble(2)).isEqualTo(java.util.Arrays.stream(lc.time()).sum(),
                        org.assertj.core.api.Assertions.within(1e-6));
                assertThat(rs.getDouble(3)).isEqualTo(java.util.Arrays.stream(lc.flux()).min().orElseThrow());
                assertThat(rs.getInt(4)).isEqualTo(java.util.Arrays.stream(lc.quality()).max().orElseThrow());
            }
            try (ResultSet rs = s.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata('" + file
                    + "') WHERE decode(key) IN ('radio.time_system', 'radio.target', 'radio.flux_unit') "
                    + "ORDER BY 1")) {
                StringBuilder kv = new StringBuilder();
                while (rs.next()) {
                    kv.append(rs.getString(1)).append('=').append(rs.getString(2)).append(';');
                }
                assertThat(kv.toString()).isEqualTo("radio.flux_unit=relative;radio.target=EPIC 211436265;"
                        + "radio.time_system=BKJD;");
            }
        }
        assertThat(LightCurveParquet.KIND.recognizer().recognizes(file)).isTrue();
        Path other = Files.writeString(dir.resolve("other.parquet"), "PAR1 not radio's PAR1");
        assertThat(LightCurveParquet.KIND.recognizer().recognizes(other)).isFalse();
    }
}
