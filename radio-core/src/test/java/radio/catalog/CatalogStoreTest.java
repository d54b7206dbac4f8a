package radio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    @TempDir
    Path dir;

    static FileRecord file(Path dir, int i) {
        return new FileRecord(dir.resolve("f" + i + ".fits").toAbsolutePath(), 1000L + i,
                String.format("%032x", i), "s3", "mast:K2/url/missions/k2/f" + i + ".fits",
                Optional.of("k2/public/f" + i + ".fits"), T0, 1_700_000_000_000L + i);
    }

    private static ProductRow product(String uri, String key) {
        return new ProductRow("ktwo228725972-c10_lc", "K2", OptionalDouble.of(1800), Optional.of("LLC"),
                uri.substring(uri.lastIndexOf('/') + 1), OptionalLong.of(368640), uri, Optional.ofNullable(key));
    }

    @Test
    void createsWalDatabaseWithSchemaVersion() throws Exception {
        Path db = dir.resolve("home/catalog.db");
        try (CatalogStore store = CatalogStore.open(db)) {
            assertThat(store.database()).isEqualTo(db.toAbsolutePath());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(CatalogStore.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void refusesDatabaseWrittenByNewerRadio() throws Exception {
        Path db = dir.resolve("catalog.db");
        CatalogStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> CatalogStore.open(db))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("newer radio (schema 99");
    }

    @Test
    void aVersionOneCatalogIsMigratedAndKeepsItsAnswersWithoutProvenance() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            // the version-1 tables an earlier radio wrote, with one recorded answer
            s.execute("CREATE TABLE resolved_target (name TEXT PRIMARY KEY, target_name TEXT, ra REAL, dec REAL, "
                    + "resolver TEXT NOT NULL, resolved_at INTEGER NOT NULL)");
            s.execute("CREATE TABLE search (target TEXT NOT NULL, selection TEXT NOT NULL, fetched_at INTEGER NOT NULL, "
                    + "PRIMARY KEY (target, selection))");
            s.execute("CREATE TABLE observation (target TEXT NOT NULL, selection TEXT NOT NULL, seq INTEGER NOT NULL, "
                    + "obsid TEXT NOT NULL, obs_id TEXT NOT NULL, obs_collection TEXT NOT NULL, target_name TEXT, "
                    + "t_exptime REAL, PRIMARY KEY (target, selection, seq), "
                    + "FOREIGN KEY (target, selection) REFERENCES search ON DELETE CASCADE)");
            s.execute("CREATE TABLE product (target TEXT NOT NULL, selection TEXT NOT NULL, seq INTEGER NOT NULL, "
                    + "obs_id TEXT NOT NULL, obs_collection TEXT NOT NULL, t_exptime REAL, product TEXT, "
                    + "product_filename TEXT NOT NULL, size INTEGER, data_uri TEXT NOT NULL, s3_key TEXT, "
                    + "PRIMARY KEY (target, selection, seq), "
                    + "FOREIGN KEY (target, selection) REFERENCES search ON DELETE CASCADE)");
            s.execute("CREATE TABLE file (path TEXT PRIMARY KEY, size INTEGER NOT NULL, md5 TEXT NOT NULL, "
                    + "source TEXT NOT NULL, uri TEXT NOT NULL, s3_key TEXT, recorded_at INTEGER NOT NULL, "
                    + "mtime INTEGER NOT NULL)");
            s.execute("INSERT INTO search VALUES ('K2-18', 'mission=K2', 0)");
            s.execute("INSERT INTO observation VALUES ('K2-18', 'mission=K2', 0, '1', 'ktwo201912552-c01_lc', 'K2', "
                    + "'ktwo201912552', 1800)");
            s.execute("PRAGMA user_version = 1");
        }

        try (CatalogStore store = CatalogStore.open(db)) {
            ObservationRow kept = store.search("K2-18", "mission=K2").orElseThrow().observations().get(0);
            assertThat(kept.obsId()).isEqualTo("ktwo201912552-c01_lc");
            assertThat(kept.provenanceName()).isEmpty();
            assertThat(kept.sequenceNumber()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void refusesFileThatIsNotADatabase() throws Exception {
        Path db = dir.resolve("catalog.db");
        java.nio.file.Files.writeString(db, "this is not sqlite, just a text file that is long enough to have a header");
        assertThatThrownBy(() -> CatalogStore.open(db))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(db.toString());
    }

    @Test
    void recordsFilesAndReplacesThemByPath() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            FileRecord a = file(dir, 1);
            store.recordFile(a);
            assertThat(store.file(a.path())).contains(a);
            FileRecord replaced = new FileRecord(a.path(), 5, "0123456789abcdef0123456789abcdef", "mast", a.uri(),
                    Optional.empty(), T0.plusSeconds(5), 42);
            store.recordFile(replaced);
            assertThat(store.file(a.path())).contains(replaced);
            store.forgetFile(a.path());
            assertThat(store.file(a.path())).isEmpty();
        }
    }

    @Test
    void recordsManyFilesInOneBatch() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            List<FileRecord> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                batch.add(file(dir, i));
            }
            store.recordFiles(batch);
            store.recordFiles(List.of());
            assertThat(batch).allSatisfy(f -> assertThat(store.file(f.path())).contains(f));
        }
    }

    @Test
    void looksUpFilesByNormalisedPath() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            FileRecord a = file(dir, 7);
            store.recordFile(a);
            assertThat(store.file(dir.resolve("sub/../f7.fits"))).contains(a);
        }
    }

    @Test
    void searchAnswerIsReplacedAsAWholeAndKeepsOrder() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            ObservationRow obs = new ObservationRow("1207735", "ktwo228725972-c10_lc", "K2",
                    Optional.of("ktwo228725972"), OptionalDouble.of(1800), Optional.of("K2"), Optional.of("K2"),
                    OptionalLong.of(10), OptionalDouble.of(57575.29));
            SearchRecord first = new SearchRecord("K2-18", "mission=K2", T0, List.of(obs),
                    List.of(product("mast:K2/b_llc.fits", "k2/public/b_llc.fits"), product("mast:K2/a_llc.fits", null)));
            store.recordSearch(first);
            assertThat(store.search("K2-18", "mission=K2")).contains(first);

            SearchRecord second = new SearchRecord("K2-18", "mission=K2", T0.plusSeconds(60), List.of(),
                    List.of(product("mast:K2/c_llc.fits", null)));
            store.recordSearch(second);
            assertThat(store.search("K2-18", "mission=K2")).contains(second);
        }
    }

    @Test
    void manySearchesAreRecordedInOneCallAndALaterAnswerForTheSameTargetWins() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            List<ResolvedTarget> resolutions = new ArrayList<>();
            List<SearchRecord> searches = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                resolutions.add(new ResolvedTarget("TIC " + i, Optional.of(Integer.toString(i)), OptionalDouble.empty(),
                        OptionalDouble.empty(), "designation", T0));
                searches.add(new SearchRecord("TIC " + i, "mission=TESS", T0, List.of(),
                        List.of(product("mast:TESS/" + i + "_lc.fits", null))));
            }
            SearchRecord replaced = new SearchRecord("TIC 7", "mission=TESS", T0.plusSeconds(5), List.of(), List.of());
            searches.add(replaced);

            store.recordSearches(resolutions, searches);

            assertThat(store.search("TIC 199", "mission=TESS")).contains(searches.get(199));
            assertThat(store.search("TIC 7", "mission=TESS")).contains(replaced);
            assertThat(store.resolvedTarget("TIC 42")).contains(resolutions.get(42));
            assertThat(store.offline(resolutions.stream().map(ResolvedTarget::name).toList(), "mission=TESS")
                    .complete()).isTrue();
        }
    }

    @Test
    void offlineAnswerSaysWhatItKnowsAndWhyNot() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalog.db"))) {
            ResolvedTarget k218 = new ResolvedTarget("K2-18", Optional.of("K2-18"), OptionalDouble.of(172.56),
                    OptionalDouble.of(7.59), "SANTA", T0);
            store.recordResolvedTarget(k218);
            store.recordSearch(new SearchRecord("K2-18", "mission=K2", T0, List.of(), List.of()));
            store.recordResolvedTarget(new ResolvedTarget("K2-3", Optional.empty(), OptionalDouble.of(172.3),
                    OptionalDouble.of(-1.45), "SANTA", T0));
            store.recordSearch(new SearchRecord("K2-100", "mission=TESS", T0, List.of(), List.of()));

            OfflineAnswer answer = store.offline(List.of("K2-18", "K2-3", "K2-100", "Nowhere-1"), "mission=K2");

            assertThat(answer.complete()).isFalse();
            assertThat(answer.known()).hasSize(1);
            assertThat(answer.known().get(0).target()).isEqualTo("K2-18");
            assertThat(answer.known().get(0).resolution()).contains(k218);
            assertThat(answer.known().get(0).search().products()).isEmpty();
            assertThat(answer.known().get(0).fetchedAt()).isEqualTo(T0);
            assertThat(answer.unknown()).extracting(OfflineAnswer.UnknownTarget::target, OfflineAnswer.UnknownTarget::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("K2-3", OfflineAnswer.Reason.RESOLVED_ONLY),
                            org.assertj.core.groups.Tuple.tuple("K2-100", OfflineAnswer.Reason.OTHER_SELECTION),
                            org.assertj.core.groups.Tuple.tuple("Nowhere-1", OfflineAnswer.Reason.NEVER_SEEN));
            assertThat(answer.unknown().get(1).message()).contains("K2-100").contains("mission=TESS");
        }
    }

    @Test
    void concurrentWritersFromManyThreadsOnOneStoreAndTwoConnectionsLoseNothing() throws Exception {
        Path db = dir.resolve("catalog.db");
        try (CatalogStore one = CatalogStore.open(db); CatalogStore two = CatalogStore.open(db)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Void>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    CatalogStore store = t % 2 == 0 ? one : two;
                    int base = t * 250;
                    futures.add(pool.submit((Callable<Void>) () -> {
                        for (int i = base; i < base + 250; i++) {
                            store.recordFile(file(dir, i));
                            if (i % 10 == 0) {
                                store.recordSearch(new SearchRecord("T" + i, "s", T0, List.of(),
                                        List.of(product("mast:K2/x" + i + "_llc.fits", null))));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<Void> f : futures) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(two.file(file(dir, i).path())).as("file %d", i).contains(file(dir, i));
            }
            assertThat(one.search("T990", "s")).isPresent();
        }
    }
}
