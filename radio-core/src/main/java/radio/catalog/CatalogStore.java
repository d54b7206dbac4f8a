package radio.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * radio's memory: a SQLite database (normally {@code RADIO_HOME/catalog.db}) of resolved names, search answers
 * and every file radio downloaded or verified. It lets a re-run skip the network for files it already vouches for,
 * and lets {@code --offline} answer from what is known.
 *
 * <p><b>Durability and concurrency.</b> The database runs in WAL mode with {@code synchronous=NORMAL}: a crash
 * (or {@code kill -9}) at any moment leaves it consistent, losing at most the last few commits, which only costs a
 * re-verification later. Several processes may use the same file at once: every write is one short
 * {@code BEGIN IMMEDIATE} transaction and waits (up to the busy timeout) for others instead of failing.
 * Within a process one instance is safe for use by many threads: writes are serialised on one connection, reads
 * run on a second one and never wait for a write to commit. Batch writes ({@link #recordFiles}) where there are
 * many: each transaction costs a commit.
 *
 * <p><b>Schema.</b> Versioned by SQLite's {@code user_version}; opening migrates an older file forward and refuses
 * a file written by a newer radio.
 *
 * <p>Errors surface as {@link CatalogException} naming the database file; no JDBC type leaks out of this class.
 * The caller that opens a store closes it.
 */
public final class CatalogStore implements Catalog {
    /** The schema version this radio writes. */
    public static final int SCHEMA_VERSION = 2;
    /** How long a write waits for another process's write before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private static final Logger log = LoggerFactory.getLogger(CatalogStore.class);

    private static final String[] SCHEMA_V1 = {
        """
        CREATE TABLE resolved_target (
            name        TEXT PRIMARY KEY,
            target_name TEXT,
            ra          REAL,
            dec         REAL,
            resolver    TEXT NOT NULL,
            resolved_at INTEGER NOT NULL)""",
        """
        CREATE TABLE search (
            target     TEXT NOT NULL,
            selection  TEXT NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (target, selection))""",
        """
        CREATE TABLE observation (
            target         TEXT NOT NULL,
            selection      TEXT NOT NULL,
            seq            INTEGER NOT NULL,
            obsid          TEXT NOT NULL,
            obs_id         TEXT NOT NULL,
            obs_collection TEXT NOT NULL,
            target_name    TEXT,
            t_exptime      REAL,
            PRIMARY KEY (target, selection, seq),
            FOREIGN KEY (target, selection) REFERENCES search ON DELETE CASCADE)""",
        """
        CREATE TABLE product (
            target           TEXT NOT NULL,
            selection        TEXT NOT NULL,
            seq              INTEGER NOT NULL,
            obs_id           TEXT NOT NULL,
            obs_collection   TEXT NOT NULL,
            t_exptime        REAL,
            product          TEXT,
            product_filename TEXT NOT NULL,
            size             INTEGER,
            data_uri         TEXT NOT NULL,
            s3_key           TEXT,
            PRIMARY KEY (target, selection, seq),
            FOREIGN KEY (target, selection) REFERENCES search ON DELETE CASCADE)""",
        """
        CREATE TABLE file (
            path        TEXT PRIMARY KEY,
            size        INTEGER NOT NULL,
            md5         TEXT NOT NULL,
            source      TEXT NOT NULL,
            uri         TEXT NOT NULL,
            s3_key      TEXT,
            recorded_at INTEGER NOT NULL,
            mtime       INTEGER NOT NULL)""",
        "CREATE INDEX file_by_uri ON file (uri)",
    };

    /** Version 2: an observation's mission, pipeline, season and start, for the search table's provenance columns. */
    private static final String[] SCHEMA_V2 = {
        "ALTER TABLE observation ADD COLUMN project TEXT",
        "ALTER TABLE observation ADD COLUMN provenance_name TEXT",
        "ALTER TABLE observation ADD COLUMN sequence_number INTEGER",
        "ALTER TABLE observation ADD COLUMN t_min REAL",
    };

    private final Path database;
    /** Writes go through this connection, one transaction at a time (guarded by {@link #writeLock}). */
    private final Connection writer;
    /** Reads go through this one, so they never wait for a write's commit (WAL lets them run side by side). */
    private final Connection reader;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();

    private CatalogStore(Path database, Connection writer, Connection reader) {
        this.database = database;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Opens (creating folders and file as needed) and migrates the catalog at {@code file}.
     *
     * @throws CatalogException when the file cannot be opened, is not a radio catalog, or was written by a newer radio
     */
    public static CatalogStore open(Path file) {
        Path database = file.toAbsolutePath().normalize();
        try {
            Path parent = database.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CatalogException(database, "cannot create its folder: " + e.getMessage(), e);
        }
        Connection w = null;
        Connection r = null;
        try {
            w = connect(database);
            try (Statement s = w.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    String mode = rs.next() ? rs.getString(1) : "?";
                    if (!"wal".equalsIgnoreCase(mode)) {
                        log.warn("catalog {}: journal mode is {}, not WAL; concurrent runs will wait more", database, mode);
                    }
                }
            }
            r = connect(database);
            CatalogStore store = new CatalogStore(database, w, r);
            store.migrate();
            try (Statement s = r.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
            return store;
        } catch (SQLException e) {
            closeQuietly(w);
            closeQuietly(r);
            throw new CatalogException(database, "cannot open: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(w);
            closeQuietly(r);
            throw e;
        }
    }

    private static Connection connect(Path database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + database, p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** The database file. */
    public Path database() {
        return database;
    }

    /** What {@code name} resolved to, when recorded. */
    @Override
    public Optional<ResolvedTarget> resolvedTarget(String name) {
        return read("read resolved target " + name, c -> loadResolvedTarget(c, name));
    }

    /**
     * Records what names resolved to and search answers (each replacing any earlier answer for its target and
     * selection) in one transaction: much cheaper than one call each when a search of thousands of targets is being
     * recorded.
     */
    @Override
    public void recordSearches(Collection<ResolvedTarget> resolutions, Collection<SearchRecord> searches) {
        if (resolutions.isEmpty() && searches.isEmpty()) {
            return;
        }
        write("record " + resolutions.size() + " resolution(s) and " + searches.size() + " search(es)", c -> {
            try (AnswerWriter w = new AnswerWriter(c)) {
                for (ResolvedTarget target : resolutions) {
                    w.resolution(target);
                }
                for (SearchRecord search : searches) {
                    w.search(search);
                }
            }
        });
    }

    /** The statements that record answers, prepared once per transaction rather than once per answer. */
    private static final class AnswerWriter implements AutoCloseable {
        private final PreparedStatement resolution;
        private final PreparedStatement deleteSearch;
        private final PreparedStatement insertSearch;
        private final PreparedStatement observation;
        private final PreparedStatement product;

        AnswerWriter(Connection c) throws SQLException {
            resolution = c.prepareStatement("""
                    INSERT OR REPLACE INTO resolved_target (name, target_name, ra, dec, resolver, resolved_at)
                    VALUES (?, ?, ?, ?, ?, ?)""");
            deleteSearch = c.prepareStatement("DELETE FROM search WHERE target = ? AND selection = ?");
            insertSearch = c.prepareStatement("INSERT INTO search (target, selection, fetched_at) VALUES (?, ?, ?)");
            observation = c.prepareStatement("""
                    INSERT INTO observation (target, selection, seq, obsid, obs_id, obs_collection, target_name,
                                             t_exptime, project, provenance_name, sequence_number, t_min)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            product = c.prepareStatement("""
                    INSERT INTO product (target, selection, seq, obs_id, obs_collection, t_exptime, product,
                                         product_filename, size, data_uri, s3_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        void resolution(ResolvedTarget target) throws SQLException {
            resolution.setString(1, target.name());
            setText(resolution, 2, target.targetName());
            setReal(resolution, 3, target.ra());
            setReal(resolution, 4, target.dec());
            resolution.setString(5, target.resolver());
            resolution.setLong(6, target.resolvedAt().toEpochMilli());
            resolution.executeUpdate();
        }

        void search(SearchRecord search) throws SQLException {
            deleteSearch.setString(1, search.target());
            deleteSearch.setString(2, search.selection());
            deleteSearch.executeUpdate();
            insertSearch.setString(1, search.target());
            insertSearch.setString(2, search.selection());
            insertSearch.setLong(3, search.fetchedAt().toEpochMilli());
            insertSearch.executeUpdate();
            int seq = 0;
            for (ObservationRow o : search.observations()) {
                observation.setString(1, search.target());
                observation.setString(2, search.selection());
                observation.setInt(3, seq++);
                observation.setString(4, o.obsid());
                observation.setString(5, o.obsId());
                observation.setString(6, o.obsCollection());
                setText(observation, 7, o.targetName());
                setReal(observation, 8, o.tExptime());
                setText(observation, 9, o.project());
                setText(observation, 10, o.provenanceName());
                setInteger(observation, 11, o.sequenceNumber());
                setReal(observation, 12, o.tMin());
                observation.addBatch();
            }
            observation.executeBatch();
            seq = 0;
            for (ProductRow p : search.products()) {
                product.setString(1, search.target());
                product.setString(2, search.selection());
                product.setInt(3, seq++);
                product.setString(4, p.obsId());
                product.setString(5, p.obsCollection());
                setReal(product, 6, p.tExptime());
                setText(product, 7, p.product());
                product.setString(8, p.productFilename());
                setInteger(product, 9, p.size());
                product.setString(10, p.dataUri());
                setText(product, 11, p.s3Key());
                product.addBatch();
            }
            product.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(resolution, deleteSearch, insertSearch, observation, product)) {
                ps.close();
            }
        }
    }

    /** The recorded answer for {@code target} under {@code selection}, if any. */
    @Override
    public Optional<SearchRecord> search(String target, String selection) {
        return read("read search for " + target, c -> loadSearch(c, target, selection));
    }

    /**
     * Answers for each target from the catalog alone: its recorded search under {@code selection}, or why there is
     * none. Makes no network request, by construction.
     */
    @Override
    public OfflineAnswer offline(List<String> targets, String selection) {
        return read("answer offline", c -> {
            List<OfflineAnswer.KnownTarget> known = new ArrayList<>();
            List<OfflineAnswer.UnknownTarget> unknown = new ArrayList<>();
            for (String target : targets) {
                Optional<SearchRecord> search = loadSearch(c, target, selection);
                Optional<ResolvedTarget> resolution = loadResolvedTarget(c, target);
                if (search.isPresent()) {
                    known.add(new OfflineAnswer.KnownTarget(target, resolution, search.get()));
                    continue;
                }
                List<String> others = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT selection FROM search WHERE target = ? ORDER BY selection")) {
                    ps.setString(1, target);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            others.add(rs.getString(1));
                        }
                    }
                }
                OfflineAnswer.Reason reason = !others.isEmpty() ? OfflineAnswer.Reason.OTHER_SELECTION
                        : resolution.isPresent() ? OfflineAnswer.Reason.RESOLVED_ONLY
                        : OfflineAnswer.Reason.NEVER_SEEN;
                unknown.add(new OfflineAnswer.UnknownTarget(target, reason, others));
            }
            return new OfflineAnswer(known, unknown);
        });
    }

    /** Records (or replaces) several files in one transaction: much cheaper than one call each. */
    @Override
    public void recordFiles(Collection<FileRecord> files) {
        if (files.isEmpty()) {
            return;
        }
        write("record " + files.size() + " file(s)", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO file (path, size, md5, source, uri, s3_key, recorded_at, mtime)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (FileRecord file : files) {
                    ps.setString(1, file.path().toString());
                    ps.setLong(2, file.size());
                    ps.setString(3, file.md5());
                    ps.setString(4, file.source());
                    ps.setString(5, file.uri());
                    setText(ps, 6, file.s3Key());
                    ps.setLong(7, file.recordedAt().toEpochMilli());
                    ps.setLong(8, file.mtimeMillis());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** The record for the file at {@code path} (made absolute and normalised), if any. */
    @Override
    public Optional<FileRecord> file(Path path) {
        Path key = path.toAbsolutePath().normalize();
        return read("read file " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT size, md5, source, uri, s3_key, recorded_at, mtime FROM file WHERE path = ?")) {
                ps.setString(1, key.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new FileRecord(key, rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), text(rs, 5), Instant.ofEpochMilli(rs.getLong(6)), rs.getLong(7)));
                }
            }
        });
    }

    /** Forgets the file at {@code path}; no effect when unknown. */
    @Override
    public void forgetFile(Path path) {
        Path key = path.toAbsolutePath().normalize();
        write("forget file " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM file WHERE path = ?")) {
                ps.setString(1, key.toString());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public List<CatalogedFile> files() {
        return read("list files", c -> {
            List<CatalogedFile> out = new ArrayList<>();
            // each file with the newest answer listing its URI (a product may be in several searches)
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.path, f.size, f.md5, f.source, f.uri, f.s3_key, f.recorded_at, f.mtime,
                           p.target, p.obs_id, p.obs_collection, p.t_exptime, p.product, p.product_filename, p.size,
                           p.data_uri, p.s3_key,
                           o.obsid, o.obs_id, o.obs_collection, o.target_name, o.t_exptime, o.project,
                           o.provenance_name, o.sequence_number, o.t_min
                    FROM file f
                    LEFT JOIN product p ON p.rowid = (
                        SELECT p2.rowid FROM product p2 JOIN search s2 ON s2.target = p2.target
                            AND s2.selection = p2.selection
                        WHERE p2.data_uri = f.uri ORDER BY s2.fetched_at DESC LIMIT 1)
                    LEFT JOIN observation o ON o.target = p.target AND o.selection = p.selection
                        AND o.obs_id = p.obs_id
                    GROUP BY f.path ORDER BY f.path""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    FileRecord file = new FileRecord(Path.of(rs.getString(1)), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), text(rs, 6), Instant.ofEpochMilli(rs.getLong(7)),
                            rs.getLong(8));
                    Optional<ProductRow> product = rs.getString(10) == null ? Optional.empty()
                            : Optional.of(new ProductRow(rs.getString(10), rs.getString(11), real(rs, 12), text(rs, 13),
                            rs.getString(14), integer(rs, 15), rs.getString(16), text(rs, 17)));
                    Optional<ObservationRow> observation = rs.getString(18) == null ? Optional.empty()
                            : Optional.of(new ObservationRow(rs.getString(18), rs.getString(19), rs.getString(20),
                            text(rs, 21), real(rs, 22), text(rs, 23), text(rs, 24), integer(rs, 25), real(rs, 26)));
                    out.add(new CatalogedFile(file, text(rs, 9), product, observation));
                }
            }
            return out;
        });
    }

    /** Closes the database; committed data is safe whether or not this is called. */
    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                try {
                    try {
                        writer.close();
                    } finally {
                        reader.close();
                    }
                } catch (SQLException e) {
                    throw new CatalogException(database, "cannot close: " + e.getMessage(), e);
                }
            }
        }
    }

    private void migrate() {
        int version = read("read schema version", CatalogStore::userVersion);
        if (version > SCHEMA_VERSION) {
            throw new CatalogException(database, "written by a newer radio (schema " + version
                    + ", this radio knows " + SCHEMA_VERSION + "); upgrade radio or use another RADIO_HOME", null);
        }
        if (version == SCHEMA_VERSION) {
            return;
        }
        write("migrate schema", c -> {
            // another process may have migrated while we waited for the write lock
            int now = userVersion(c);
            try (Statement s = c.createStatement()) {
                if (now < 1) {
                    for (String ddl : SCHEMA_V1) {
                        s.execute(ddl);
                    }
                }
                if (now < 2) {
                    // answers recorded before version 2 keep empty provenance columns until searched again
                    for (String ddl : SCHEMA_V2) {
                        s.execute(ddl);
                    }
                }
                s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            log.debug("catalog {}: schema version {} -> {}", database, now, SCHEMA_VERSION);
        });
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Optional<ResolvedTarget> loadResolvedTarget(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT target_name, ra, dec, resolver, resolved_at FROM resolved_target WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResolvedTarget(name, text(rs, 1), real(rs, 2), real(rs, 3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
    }

    private static Optional<SearchRecord> loadSearch(Connection c, String target, String selection)
            throws SQLException {
        Instant fetchedAt;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fetched_at FROM search WHERE target = ? AND selection = ?")) {
            ps.setString(1, target);
            ps.setString(2, selection);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                fetchedAt = Instant.ofEpochMilli(rs.getLong(1));
            }
        }
        List<ObservationRow> observations = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT obsid, obs_id, obs_collection, target_name, t_exptime, project, provenance_name,
                       sequence_number, t_min
                FROM observation WHERE target = ? AND selection = ? ORDER BY seq""")) {
            ps.setString(1, target);
            ps.setString(2, selection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    observations.add(new ObservationRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            text(rs, 4), real(rs, 5), text(rs, 6), text(rs, 7), integer(rs, 8), real(rs, 9)));
                }
            }
        }
        List<ProductRow> products = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT obs_id, obs_collection, t_exptime, product, product_filename, size, data_uri, s3_key
                FROM product WHERE target = ? AND selection = ? ORDER BY seq""")) {
            ps.setString(1, target);
            ps.setString(2, selection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.add(new ProductRow(rs.getString(1), rs.getString(2), real(rs, 3), text(rs, 4),
                            rs.getString(5), integer(rs, 6), rs.getString(7), text(rs, 8)));
                }
            }
        }
        return Optional.of(new SearchRecord(target, selection, fetchedAt, observations, products));
    }

    /** Runs {@code work} as one immediate write transaction (so concurrent writers queue on the busy timeout). */
    private void write(String what, SqlWork work) {
        synchronized (writeLock) {
            try {
                try (Statement s = writer.createStatement()) {
                    s.execute("BEGIN IMMEDIATE");
                }
                try {
                    work.run(writer);
                    try (Statement s = writer.createStatement()) {
                        s.execute("COMMIT");
                    }
                } catch (SQLException | RuntimeException e) {
                    rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new CatalogException(database, "cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code query} on the read connection, in one implicit (consistent) read transaction. */
    private <T> T read(String what, SqlQuery<T> query) {
        synchronized (readLock) {
            try {
                return query.get(reader);
            } catch (SQLException e) {
                throw new CatalogException(database, "cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }

    private void rollback() {
        try (Statement s = writer.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            log.debug("catalog {}: rollback failed: {}", database, e.getMessage());
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("closing a half-opened catalog failed: {}", e.getMessage());
            }
        }
    }

    private static void setText(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ps.setString(i, v.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    private static void setReal(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            ps.setDouble(i, v.getAsDouble());
        } else {
            ps.setNull(i, Types.REAL);
        }
    }

    private static void setInteger(PreparedStatement ps, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            ps.setLong(i, v.getAsLong());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static Optional<String> text(ResultSet rs, int i) throws SQLException {
        return Optional.ofNullable(rs.getString(i));
    }

    private static OptionalDouble real(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static OptionalLong integer(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T get(Connection c) throws SQLException;
    }
}
