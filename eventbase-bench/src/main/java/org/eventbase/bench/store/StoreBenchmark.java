package org.eventbase.bench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eventbase.bench.ThroughputMeter;
import org.eventbase.bench.corpus.GeneratedArticle;
import org.eventbase.bench.corpus.NewsCorpusGenerator;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.BoundingBox;
import org.eventbase.store.EventFilter;
import org.eventbase.store.IngestProgress;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.Vendor;

/**
 * Measures the store at scale: ingest rate and database size for generated articles (light mode without NLP, and the
 * full pipeline), then the p50/p95 time of typical event queries and of a text search on a store filled with
 * synthetic events through the store's own writer. Example:
 * {@code new StoreBenchmark(out, dir).ingest(10_000, false)} writes 10,000 generated articles to {@code dir} and
 * ingests them with {@code --text-only}'s extractor.
 */
public final class StoreBenchmark {
    /** The five typical filters, and a text search, timed by {@link #queries}. */
    public static final Map<String, EventFilter> QUERIES = queries();

    private final PrintWriter out;
    private final Path dir;

    public StoreBenchmark(PrintWriter out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    /** Ingests {@code count} generated articles into a fresh SQLite store; prints articles/s and the store's size. */
    public void ingest(int count, boolean fullPipeline, int threads) {
        Path articles = dir.resolve("articles-" + count);
        writeArticles(articles, count);
        Path db = dir.resolve((fullPipeline ? "full-" : "light-") + count + ".db");
        deleteStore(db);
        Supplier<ArticleExtractor> extractor = fullPipeline ? ArticleExtractor::standard
                : () -> new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(), Pipeline.of(List.of()));
        if (fullPipeline) {
            extractor.get(); // load the models before the clock starts, as a long ingest pays them once
        }
        IngestReport report;
        long cpuBefore = ThroughputMeter.processCpuNanos();
        try (Store store = Store.open(StoreLocation.parse(db.toString()))) {
            report = new Ingester(store, extractor, threads, new ArticleInputs(ReadLimits.defaults()),
                    IngestProgress.SILENT).ingest(List.of(articles), false);
        }
        double cpuSeconds = (ThroughputMeter.processCpuNanos() - cpuBefore) / 1e9;
        out.printf(Locale.ROOT, "ingest %s, %d generated articles, %d threads: %d new, %d failed in %.1f s = "
                        + "%.1f articles/s, %.3f CPU-s/article (whole JVM); database %s%n",
                fullPipeline ? "full pipeline" : "--text-only", count, threads, report.added(), report.failed(),
                report.seconds(), report.added() / report.seconds(), cpuSeconds / Math.max(1, report.added()),
                megabytes(storeBytes(db)));
        out.flush();
    }

    /**
     * Fills the store (when it holds fewer) with synthetic documents of {@code perDocument} events each until it
     * holds {@code events} events, {@code batch} documents per transaction through {@link Store#saveAll} (the same
     * rows {@link Store#save} writes; ingest itself commits each article); prints the rate and the store's size.
     */
    public void fill(StoreLocation location, int events, int perDocument, int batch) {
        int documents = events / perDocument;
        try (Store store = Store.open(location)) {
            int stored = (int) store.summary().articles();
            SyntheticEventDocuments synthetic = new SyntheticEventDocuments(42, perDocument);
            long started = System.nanoTime();
            long cpuBefore = ThroughputMeter.processCpuNanos();
            int reported = stored;
            for (int i = stored; i < documents; ) {
                List<Document> docs = new ArrayList<>();
                List<ArticleSource> sources = new ArrayList<>();
                for (int end = Math.min(documents, i + Math.max(1, batch)); i < end; i++) {
                    Document doc = synthetic.document(i);
                    docs.add(doc);
                    sources.add(ArticleSource.of(synthetic.raw(i, doc)));
                }
                store.saveAll(docs, sources, "synthetic");
                if (i - reported >= Math.max(1, documents / 10) || i == documents) {
                    reported = i;
                    out.printf(Locale.ROOT, "  %,d documents (%,d events), %.0f s%n", i, (long) i * perDocument,
                            (System.nanoTime() - started) / 1e9);
                    out.flush();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long written = (long) (documents - stored) * perDocument;
            out.printf(Locale.ROOT, "store %s: %,d documents with %,d events each (%,d events written now in %.0f s "
                    + "= %.0f events/s, %.1f CPU-s of this JVM, %d documents per transaction); %s; database %s%n",
                    location.given(), documents, perDocument, written, seconds, written / Math.max(seconds, 1e-9),
                    (ThroughputMeter.processCpuNanos() - cpuBefore) / 1e9, batch, store.summary(), size(location));
            out.flush();
        }
    }

    /** Runs each query {@code runs} times after two warm-up runs and prints p50 and p95 in milliseconds. */
    public void queries(StoreLocation location, int runs) {
        try (Store store = Store.open(location)) {
            for (Map.Entry<String, EventFilter> query : QUERIES.entrySet()) {
                int[] rows = {0};
                Percentiles p = time(runs, () -> rows[0] = store.events(query.getValue()).size());
                out.printf(Locale.ROOT, "%-44s rows %4d  p50 %8.1f ms  p95 %8.1f ms  (%d runs)%n", query.getKey(),
                        rows[0], p.p50(), p.p95(), p.runs());
                out.flush();
            }
            int[] hits = {0};
            Percentiles p = time(runs, () -> hits[0] = store.search("railway station", 20).size());
            out.printf(Locale.ROOT, "%-44s rows %4d  p50 %8.1f ms  p95 %8.1f ms  (%d runs)%n",
                    "search \"railway station\" (eventbase search)", hits[0], p.p50(), p.p95(), p.runs());
            out.flush();
        }
    }

    private static Percentiles time(int runs, Runnable query) {
        query.run();
        query.run();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return Percentiles.of(millis);
    }

    private static Map<String, EventFilter> queries() {
        Map<String, EventFilter> queries = new LinkedHashMap<>();
        queries.put("date range (--from 2020-03-01 --to 2020-03-31)",
                EventFilter.ALL.withDays("2020-03-01", "2020-03-31").withLimit(100));
        queries.put("country + type (--country KE --type PROTEST)",
                EventFilter.ALL.withCountry("KE").withType(EventType.PROTEST).withLimit(100));
        queries.put("bounding box (--bbox 33.9,-4.7,41.9,5.5)",
                EventFilter.ALL.withBbox(BoundingBox.parse("33.9,-4.7,41.9,5.5")).withLimit(100));
        queries.put("actor (--actor \"dock workers\")", EventFilter.ALL.withActor("dock workers").withLimit(100));
        queries.put("text (--text \"railway station\")", EventFilter.ALL.withText("railway station").withLimit(100));
        return queries;
    }

    private static void writeArticles(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            NewsCorpusGenerator generator = new NewsCorpusGenerator(42);
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve(String.format("article-%05d.txt", i));
                if (!Files.exists(file)) {
                    GeneratedArticle article = generator.article(i);
                    Files.writeString(file, article.text(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated articles to " + folder, e);
        }
    }

    /** The database's size: file and WAL for SQLite, {@code pg_database_size} for PostgreSQL. */
    private static String size(StoreLocation location) {
        if (location.vendor() == Vendor.SQLITE) {
            return megabytes(storeBytes(Path.of(location.given())));
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl());
                ResultSet r = c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            return r.next() ? megabytes(r.getLong(1)) : "unknown";
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long storeBytes(Path db) {
        long total = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = Path.of(db + suffix);
            try {
                total += Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException ignored) {
                // a file that vanished adds nothing
            }
        }
        return total;
    }

    private static void deleteStore(Path db) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old store " + db, e);
            }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
