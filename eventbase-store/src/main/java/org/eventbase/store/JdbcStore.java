package org.eventbase.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.eventbase.pipeline.Document;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The {@link Store} over JDBC, for SQLite and PostgreSQL alike; the vendor differences (connection settings,
 * full-text search) are confined to {@link #connect}, {@link DocumentWriter} and {@link TextSearch}.
 * SQLite runs in WAL mode with foreign keys on, so that a killed process leaves the last committed article intact.
 */
final class JdbcStore implements Store {
    /** Tables whose rows hang off an article; deleted with it (also by ON DELETE CASCADE). */
    static final List<String> ARTICLE_TABLES = List.of("sentences", "entities", "mentions", "entity_roles",
            "entity_attributes", "times", "quotes", "places", "place_mentions", "counts", "events", "event_actors",
            "event_counts", "event_evidence", "claims");

    private final StoreLocation location;
    private final Connection connection;

    private JdbcStore(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    static JdbcStore open(StoreLocation location) {
        try {
            migrate(location);
            Connection connection = connect(location);
            connection.setAutoCommit(false);
            new StoryWriter(connection).rebuildIfEmpty();
            connection.commit();
            return new JdbcStore(location, connection);
        } catch (SQLException | FlywayException e) {
            throw new StoreException(location.given() + ": cannot open the database (" + rootMessage(e)
                    + "); check the path or URL, and that no other program holds it", e);
        }
    }

    private static void migrate(StoreLocation location) {
        Flyway.configure()
                .dataSource(dataSource(location))
                .locations("classpath:db/migration/common", location.vendor().migrationLocation())
                .load()
                .migrate();
    }

    private static DataSource dataSource(StoreLocation location) {
        if (location.vendor() == Vendor.SQLITE) {
            SQLiteDataSource ds = new SQLiteDataSource(sqliteConfig());
            ds.setUrl(location.jdbcUrl());
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(location.jdbcUrl());
        return ds;
    }

    private static SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        return config;
    }

    private static Connection connect(StoreLocation location) throws SQLException {
        if (location.vendor() == Vendor.SQLITE) {
            Properties properties = sqliteConfig().toProperties();
            return DriverManager.getConnection(location.jdbcUrl(), properties);
        }
        return dataSource(location).getConnection();
    }

    /** The store's connection, for {@link StoryIndexFill} and {@link CandidateLookupPlan} (benchmarks). */
    Connection connection() {
        return connection;
    }

    @Override
    public Vendor vendor() {
        return location.vendor();
    }

    @Override
    public Set<String> contentHashes() {
        Set<String> hashes = new HashSet<>();
        read("SELECT content_hash FROM articles UNION SELECT content_hash FROM duplicate_inputs",
                r -> hashes.add(r.getString(1)));
        return hashes;
    }

    @Override
    public boolean knowsUrl(String url) {
        return firstString("SELECT id FROM articles WHERE url = ? OR input = ? "
                + "UNION SELECT article_id FROM duplicate_inputs WHERE input = ?", url, url, url).isPresent();
    }

    @Override
    public Optional<String> articleIdByHash(String contentHash) {
        return firstString("SELECT id FROM articles WHERE content_hash = ? "
                + "UNION SELECT article_id FROM duplicate_inputs WHERE content_hash = ?", contentHash, contentHash);
    }

    private Optional<String> firstString(String sql, String... values) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            Optional<String> first;
            try (ResultSet r = s.executeQuery()) {
                first = r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
            connection.commit();
            return first;
        } catch (SQLException e) {
            throw failure("cannot read the database", e);
        }
    }

    @Override
    public SaveOutcome save(Document document, ArticleSource source, String pipelineVersion) {
        try {
            SaveOutcome outcome = write(document, source, pipelineVersion);
            connection.commit();
            return outcome;
        } catch (SQLException | DocumentWriter.SqlFailure e) {
            rollback();
            throw failure("cannot store article " + document.article().id() + " from " + source.raw().input(), e);
        }
    }

    @Override
    public List<SaveOutcome> saveAll(List<Document> documents, List<ArticleSource> sources, String pipelineVersion) {
        if (documents.size() != sources.size()) {
            throw new IllegalArgumentException(documents.size() + " documents but " + sources.size() + " sources");
        }
        List<SaveOutcome> outcomes = new ArrayList<>();
        int i = 0;
        try {
            for (; i < documents.size(); i++) {
                outcomes.add(write(documents.get(i), sources.get(i), pipelineVersion));
            }
            connection.commit();
            return outcomes;
        } catch (SQLException | DocumentWriter.SqlFailure e) {
            rollback();
            throw failure("cannot store article " + documents.get(i).article().id() + " from "
                    + sources.get(i).raw().input() + " (nor the " + documents.size() + " saved with it)", e);
        }
    }

    /** {@link #save}'s writes, inside the caller's transaction. */
    private SaveOutcome write(Document document, ArticleSource source, String pipelineVersion) throws SQLException {
        String id = document.article().id();
        String input = document.article().input();
        List<String[]> replaced = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, input, content_hash FROM articles WHERE id = ? OR input = ? OR content_hash = ?")) {
            s.setString(1, id);
            s.setString(2, input);
            s.setString(3, source.contentHash());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    replaced.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
        }
        update("DELETE FROM failures WHERE input = ?", input);
        update("DELETE FROM duplicate_inputs WHERE input = ?", input);
        for (String[] old : replaced) {
            if (old[0].equals(id) && old[1].compareTo(input) < 0) {
                for (String[] own : replaced) {
                    if (own[1].equals(input)) {
                        delete(own[0]);
                    }
                }
                insertDuplicate(input, source.contentHash(), id);
                return SaveOutcome.DUPLICATE;
            }
        }
        for (String[] old : replaced) {
            delete(old[0]);
        }
        new DocumentWriter(connection, vendor()).write(document, source, pipelineVersion, now());
        new StoryWriter(connection).add(document);
        for (String[] old : replaced) {
            if (old[0].equals(id) && !old[1].equals(input)) {
                insertDuplicate(old[1], old[2], id);
            }
        }
        return replaced.isEmpty() ? SaveOutcome.NEW : SaveOutcome.REPLACED;
    }

    private void insertDuplicate(String input, String contentHash, String articleId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO duplicate_inputs (input, content_hash, article_id) VALUES (?, ?, ?)")) {
            s.setString(1, input);
            s.setString(2, contentHash);
            s.setString(3, articleId);
            s.executeUpdate();
        }
    }

    private void delete(String articleId) throws SQLException {
        new StoryWriter(connection).remove(articleId);
        if (vendor() == Vendor.SQLITE) {
            update("DELETE FROM article_search WHERE article_id = ?", articleId);
            update("DELETE FROM sentence_search WHERE article_id = ?", articleId);
        }
        update("DELETE FROM event_search WHERE article_id = ?", articleId);
        for (String table : ARTICLE_TABLES) {
            update("DELETE FROM " + table + " WHERE article_id = ?", articleId);
        }
        update("DELETE FROM duplicate_inputs WHERE article_id = ?", articleId);
        update("DELETE FROM articles WHERE id = ?", articleId);
    }

    @Override
    public void recordFailure(String input, String contentHash, String reason) {
        try {
            update("DELETE FROM failures WHERE input = ?", input);
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO failures (input, content_hash, reason, failed_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, input);
                s.setString(2, contentHash);
                s.setString(3, reason);
                s.setString(4, now());
                s.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("cannot record the failure of " + input, e);
        }
    }

    @Override
    public List<ArticleSource> sourcesNotMadeBy(String pipelineVersion) {
        List<ArticleSource> sources = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT input, raw_format, raw_content, raw_metadata, "
                + "content_hash FROM articles WHERE pipeline_version <> ? ORDER BY id")) {
            s.setString(1, pipelineVersion);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sources.add(DocumentReader.source(r));
                }
            }
            connection.commit();
            return sources;
        } catch (SQLException e) {
            throw failure("cannot read the stored articles", e);
        }
    }

    @Override
    public StoreSummary summary() {
        return new StoreSummary(count("articles"), count("entities"), count("quotes"), count("times"),
                count("places"), count("counts"), count("events"), count("failures"));
    }

    private long count(String table) {
        long[] n = new long[1];
        read("SELECT COUNT(*) FROM " + table, r -> n[0] = r.getLong(1));
        return n[0];
    }

    @Override
    public List<String> articleIds() {
        List<String> ids = new ArrayList<>();
        read("SELECT id FROM articles ORDER BY input", r -> ids.add(r.getString(1)));
        return ids;
    }

    @Override
    public Optional<Document> article(String articleId) {
        try {
            Optional<Document> doc = new DocumentReader(connection).document(articleId);
            connection.commit();
            return doc;
        } catch (SQLException e) {
            throw failure("cannot read article " + articleId, e);
        }
    }

    @Override
    public Optional<EventRow> event(EventKey key) {
        return new EventQuery(connection, vendor()).one(key);
    }

    @Override
    public List<EventRow> events(EventFilter filter) {
        return new EventQuery(connection, vendor()).find(filter);
    }

    @Override
    public void exportEvents(EventFilter filter, boolean includeRejected,
            java.util.function.Consumer<StoredEvent> sink) {
        exportEvents(filter, includeRejected, sink, EventExportQuery.PAGE);
    }

    /** {@link #exportEvents} reading {@code pageSize} event keys per query (tests use small pages). */
    void exportEvents(EventFilter filter, boolean includeRejected, java.util.function.Consumer<StoredEvent> sink,
            int pageSize) {
        new EventExportQuery(connection, vendor(), pageSize).forEach(filter, includeRejected, sink);
    }

    @Override
    public EventReview review(EventReview review) {
        try {
            EventReview saved = new ReviewLog(connection).save(review, now());
            connection.commit();
            return saved;
        } catch (SQLException e) {
            rollback();
            throw failure("cannot store the review of " + review.event(), e);
        }
    }

    @Override
    public List<EventReview> reviews(EventKey key) {
        try {
            List<EventReview> reviews = new ReviewLog(connection).history(key);
            connection.commit();
            return reviews;
        } catch (SQLException e) {
            throw failure("cannot read the reviews of " + key, e);
        }
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return new TextSearch(connection, vendor()).search(query, limit);
    }

    @Override
    public List<StorySummary> stories(int limit) {
        return new StoryQuery(connection).list(limit);
    }

    @Override
    public Optional<org.eventbase.story.Story> story(String id) {
        return new StoryQuery(connection).timeline(id);
    }

    @Override
    public String canonicalDump() {
        return new CanonicalDump(connection).dump();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close the database", e);
        }
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void read(String sql, RowReader reader) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                reader.read(r);
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot read the database", e);
        }
    }

    private void update(String sql, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, value);
            s.executeUpdate();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the transaction is rolled back by the database.
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(location.given() + ": " + what + " (" + rootMessage(e) + ")", e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
