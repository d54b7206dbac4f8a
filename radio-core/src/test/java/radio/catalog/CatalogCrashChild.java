package radio.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate process for {@link CatalogCrashTest}: records files through the store, then dies abruptly
 * ({@code Runtime.halt}, like {@code kill -9}) in the middle of an open write transaction.
 */
public final class CatalogCrashChild {
    private CatalogCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path files = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        try (CatalogStore store = CatalogStore.open(db)) {
            for (int i = 0; i < count; i++) {
                store.recordFile(CatalogStoreTest.file(files, i));
            }
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        s.execute("PRAGMA busy_timeout = 30000");
        s.execute("BEGIN IMMEDIATE");
        s.execute("INSERT INTO file (path, size, md5, source, uri, recorded_at, mtime) "
                + "VALUES ('/uncommitted', 1, '00000000000000000000000000000000', 's3', 'mast:x', 0, 0)");
        System.out.println("in-transaction");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
