package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.fetch.Fetcher;
import org.eventbase.fetch.WebArticles;
import org.eventbase.fetch.WebRead;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase watch FEED… --every 15m}: polls feeds until stopped and ingests their new items; items already
 * stored are skipped without fetching their pages again. Prints one line per feed per poll; Ctrl-C stops it (at once
 * between polls; during one, after the articles being extracted, waiting at most 20 s) and closes the store. Example: {@code eventbase watch https://example.org/rss --every 30m --db news.db}.
 */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds and ingest their new items until stopped (Ctrl-C).",
                "Items already stored are skipped without fetching them again; one line is printed per feed per poll."})
public final class WatchCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the article being stored before closing the store anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FetchOptions fetch;

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (RSS or Atom), or local feed files.")
    List<String> feeds;

    @Option(names = "--every", defaultValue = "15m", converter = DurationConverter.class, paramLabel = "TIME",
            description = "Time between the starts of two polls (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", defaultValue = "20M", converter = ByteSizeConverter.class, paramLabel = "SIZE",
            description = "Refuse feeds and pages larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--text-only", description = "Store clean text and metadata without NLP (see 'ingest --text-only').")
    boolean textOnly;

    /** For tests: stop after this many polls (0: never). */
    @Option(names = "--polls", hidden = true, defaultValue = "0")
    int polls;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    @Override
    public Integer call() {
        if (every.isZero()) {
            throw new ParameterException(spec.commandLine(), "--every must be above 0");
        }
        for (String feed : feeds) {
            if (!WebArticles.isUrl(feed) && !WebArticles.isFeedFile(Path.of(feed))) {
                throw new ParameterException(spec.commandLine(), feed + ": not a feed URL (http:// or https://) "
                        + "or a feed file (.rss, .atom, .xml)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        WebArticles web = new WebArticles(new Fetcher(fetch.settings(maxBytes)));
        Store opened = store.open();
        AtomicBoolean closed = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeOnce(opened, closed);
        }, "watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Ingester ingester = new Ingester(opened, extractor(), threads, new ArticleInputs(new ReadLimits(maxBytes)),
                    new IngestProgressBar(spec.commandLine().getErr(), null));
            out.println("Watching " + feeds.size() + " feed(s) every " + describe(every) + " into " + store.db
                    + "; Ctrl-C stops.");
            out.flush();
            for (int poll = 1; polls == 0 || poll <= polls; poll++) {
                long started = System.nanoTime();
                for (String feed : feeds) {
                    if (stop.getCount() == 0) {
                        break;
                    }
                    out.println(pollOnce(poll, feed, web, opened, ingester));
                    out.flush();
                }
                if (polls != 0 && poll == polls) {
                    break;
                }
                long waitNanos = every.toNanos() - (System.nanoTime() - started);
                if (stop.await(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            done.countDown();
            closeOnce(opened, closed);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and has waited for this
            }
        }
    }

    /** Reads one feed, ingests its new items and describes what happened in one line. */
    private String pollOnce(int poll, String feed, WebArticles web, Store opened, Ingester ingester) {
        // Once stopping, every item counts as stored, so that no more pages are fetched.
        java.util.function.Predicate<String> skip = url -> {
            synchronized (opened) {
                return stop.getCount() == 0 || opened.knowsUrl(url);
            }
        };
        WebRead read = WebArticles.isUrl(feed) ? web.read(feed, skip) : web.readFeedFile(Path.of(feed), skip);
        if (stop.getCount() == 0) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS) + " poll " + poll + " " + feed
                    + ": stopped before storing; the items will be fetched again next time";
        }
        IngestReport report = ingester.ingest(List.of(), read.results(), false);
        return Instant.now().truncatedTo(ChronoUnit.SECONDS) + " poll " + poll + " " + feed + ": "
                + read.feedItems() + " items, " + read.skipped() + " already stored; " + report.added() + " new, "
                + report.replaced() + " replaced, " + report.duplicates() + " duplicate, " + report.failed() + " failed";
    }

    /** Asks a running watch to stop after the article being stored; as Ctrl-C does. */
    void stop() {
        stop.countDown();
    }

    private Supplier<ArticleExtractor> extractor() {
        return textOnly
                ? () -> new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(), Pipeline.of(List.of()))
                : ArticleExtractor::standard;
    }

    private static void closeOnce(Store opened, AtomicBoolean closed) {
        if (closed.compareAndSet(false, true)) {
            synchronized (opened) {
                opened.close();
            }
        }
    }

    private static String describe(Duration d) {
        if (d.toMillis() % 3_600_000 == 0) {
            return d.toHours() + "h";
        }
        if (d.toMillis() % 60_000 == 0) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
