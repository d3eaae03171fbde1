package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventbase.bench.store.StoreBenchmark;
import org.eventbase.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase bench-store}: ingest rate and store size on generated articles, then event query times at a
 * million synthetic events (see bench/README.md). Example:
 * {@code eventbase bench-store --articles 10000 --full-articles 500 --events 1000000 --runs 20}.
 */
@Command(name = "bench-store",
        mixinStandardHelpOptions = true,
        description = {"Measure the store: ingest rate and database size on generated articles (--text-only and the "
                + "full pipeline), then p50/p95 of typical event queries and a text search on a store of synthetic "
                + "events written through the store's writer. SQLite files go to --dir; --events-db puts the event store "
                + "elsewhere, e.g. on PostgreSQL."})
public final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "target/bench-store", paramLabel = "DIR",
            description = "Folder for the generated articles and the stores (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
            description = "Generated articles ingested with --text-only; 0 skips (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--full-articles", defaultValue = "500", paramLabel = "N",
            description = "Generated articles ingested with the full pipeline; 0 skips (default: ${DEFAULT-VALUE}).")
    int fullArticles;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Ingest threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N",
            description = "Synthetic events in the query store; 0 skips the queries (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--events-per-article", defaultValue = "10", paramLabel = "N",
            description = "Events in each synthetic article (default: ${DEFAULT-VALUE}).")
    int perArticle;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Synthetic articles written per transaction when filling the query store (a bench-only "
                    + "fast path; ingest commits each article) (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--events-db", paramLabel = "URL",
            description = "Fill and query this store instead of DIR/events-N.db, e.g. jdbc:postgresql://localhost/bench"
                    + "?user=postgres (the database must exist; it is migrated and topped up).")
    String eventsDb;

    @Option(names = "--runs", defaultValue = "20", paramLabel = "N",
            description = "Timed runs of each query, after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        PrintWriter out = spec.commandLine().getOut();
        StoreBenchmark bench = new StoreBenchmark(out, dir);
        if (articles > 0) {
            bench.ingest(articles, false, threads);
        }
        if (fullArticles > 0) {
            bench.ingest(fullArticles, true, threads);
        }
        if (events > 0) {
            StoreLocation db = StoreLocation.parse(eventsDb != null ? eventsDb
                    : dir.resolve("events-" + events + ".db").toString());
            bench.fill(db, events, perArticle, batch);
            bench.queries(db, runs);
        }
        return ExitCodes.OK;
    }
}
