package radio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes write the same catalog; one dies mid-transaction; the survivor and a re-open see a sound database. */
class CatalogCrashTest {
    @TempDir
    Path dir;

    @Test
    void survivesAProcessDyingMidTransactionWhileAnotherWrites() throws Exception {
        Path db = dir.resolve("catalog.db");
        Path childFiles = dir.resolve("child");
        Path ourFiles = dir.resolve("parent");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child dies without cleaning up: its copy of SQLite's native library goes to the test folder
        Process child = new ProcessBuilder(java, "-Dorg.sqlite.tmpdir=" + dir, "-cp",
                System.getProperty("java.class.path"), CatalogCrashChild.class.getName(), db.toString(),
                childFiles.toString(), "300")
                .redirectErrorStream(true).start();
        try (CatalogStore store = CatalogStore.open(db)) {
            for (int i = 0; i < 300; i++) {
                store.recordFile(CatalogStoreTest.file(ourFiles, i));
            }
            String output;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output = r.lines().reduce("", (a, b) -> a + b + "\n");
            }
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as("child output: %s", output).isEqualTo(3);
            assertThat(output).contains("in-transaction");

            // the dead process's open transaction must not block us, nor be visible
            store.recordFile(CatalogStoreTest.file(ourFiles, 999));
            assertThat(store.file(Path.of("/uncommitted"))).isEmpty();
        }
        try (CatalogStore reopened = CatalogStore.open(db)) {
            for (int i = 0; i < 300; i++) {
                assertThat(reopened.file(CatalogStoreTest.file(childFiles, i).path())).isPresent();
                assertThat(reopened.file(CatalogStoreTest.file(ourFiles, i).path())).isPresent();
            }
            assertThat(reopened.file(CatalogStoreTest.file(ourFiles, 999).path())).isPresent();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
