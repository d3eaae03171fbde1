package org.eventbase.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;

/**
 * Ingests articles into a store: reads the inputs in order, skips content already stored, extracts the rest in
 * parallel (one task per article, at most twice as many in flight as threads), and saves each article in its own
 * transaction from one writer at a time. Killed at any moment, a rerun of the same inputs finishes the job: stored
 * articles are skipped by content hash, a half-written one was never committed. Bad input becomes a row in
 * {@code failures} and a line for the user, never an abort.
 * Example: {@code new Ingester(store, ArticleExtractor::standard, 4, progress).ingest(List.of(dir), false)}.
 */
public final class Ingester {
    private final Store store;
    private final Supplier<ArticleExtractor> extractorFactory;
    private final int threads;
    private final IngestProgress progress;
    private final ArticleInputs reader;
    private ArticleExtractor extractor;

    public Ingester(Store store, Supplier<ArticleExtractor> extractor, int threads, ArticleInputs reader,
            IngestProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.store = Objects.requireNonNull(store);
        this.extractorFactory = Objects.requireNonNull(extractor);
        this.threads = threads;
        this.reader = Objects.requireNonNull(reader);
        this.progress = Objects.requireNonNull(progress);
    }

    /**
     * Ingests every article in {@code inputs} (files, folders, gzip, JSONL); with {@code reprocess}, also extracts
     * again every stored article that another pipeline version made.
     *
     * @throws StoreException when the store itself fails (disk full, connection lost); articles saved until then stay
     */
    public IngestReport ingest(List<Path> inputs, boolean reprocess) {
        return ingest(inputs, List.of(), reprocess);
    }

    /**
     * Ingests the files in {@code inputs}, then articles already read elsewhere ({@code read}: pages fetched from
     * the web, an upload), in the same way: skipped when stored, failures recorded.
     */
    public IngestReport ingest(List<Path> inputs, List<ReadResult> read, boolean reprocess) {
        long started = System.nanoTime();
        Counters n = new Counters();
        Set<String> known = store.contentHashes();
        Set<String> seen = new HashSet<>();
        long total = read.size();
        for (Path input : inputs) {
            try (Stream<ReadResult> results = reader.read(input)) {
                total += results.count();
            }
        }
        List<ArticleSource> stale = List.of();
        if (reprocess) {
            stale = store.sourcesNotMadeBy(PipelineVersion.of(extractor().pipeline()));
            total += stale.size();
        }
        progress.start(total);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
        try {
            for (Path input : inputs) {
                try (Stream<ReadResult> results = reader.read(input)) {
                    for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                        if (storeFailure.get() != null) {
                            break;
                        }
                        take(result, known, seen, pool, inFlight, n, storeFailure);
                    }
                }
            }
            for (ReadResult result : read) {
                if (storeFailure.get() != null) {
                    break;
                }
                take(result, known, seen, pool, inFlight, n, storeFailure);
            }
            for (ArticleSource source : stale) {
                if (storeFailure.get() != null) {
                    break;
                }
                submit(pool, inFlight, source, true, n, storeFailure);
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            progress.finish();
        }
        if (storeFailure.get() != null) {
            throw storeFailure.get();
        }
        return new IngestReport(n.added.get(), n.replaced.get(), n.duplicates.get(), n.failed.get(),
                n.reprocessed.get(), (System.nanoTime() - started) / 1e9);
    }

    /** Records a failed read, skips a duplicate, or submits an article for extraction. */
    private void take(ReadResult result, Set<String> known, Set<String> seen, ExecutorService pool, Semaphore inFlight,
            Counters n, AtomicReference<RuntimeException> storeFailure) {
        if (result instanceof ReadResult.Failed f) {
            fail(f.input(), null, f.problem(), n);
            return;
        }
        ArticleSource source = ArticleSource.of(((ReadResult.Ok) result).article());
        if (known.contains(source.contentHash()) || !seen.add(source.contentHash())) {
            n.duplicates.incrementAndGet();
            String id;
            synchronized (store) {
                id = store.articleIdByHash(source.contentHash()).orElse(null);
            }
            progress.saved(source.raw().input(), id, SaveOutcome.DUPLICATE);
            progress.step();
            return;
        }
        submit(pool, inFlight, source, false, n, storeFailure);
    }

    private void submit(ExecutorService pool, Semaphore inFlight, ArticleSource source, boolean reprocessing,
            Counters n, AtomicReference<RuntimeException> storeFailure) {
        ArticleExtractor extractor = extractor();
        String version = PipelineVersion.of(extractor.pipeline());
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                Document doc = extractor.extract(source.raw(), ArticleMetadata.EMPTY);
                SaveOutcome outcome;
                synchronized (store) {
                    outcome = store.save(doc, source, version);
                }
                (outcome == SaveOutcome.DUPLICATE ? n.duplicates : reprocessing ? n.reprocessed
                        : outcome == SaveOutcome.NEW ? n.added : n.replaced).incrementAndGet();
                progress.saved(source.raw().input(), doc.article().id(), outcome);
                progress.step();
            } catch (InputException e) {
                failQuietly(source.raw().input(), source.contentHash(), e.problem(), n, storeFailure);
            } catch (StoreException e) {
                storeFailure.compareAndSet(null, e);
            } catch (RuntimeException e) {
                failQuietly(source.raw().input(), source.contentHash(), "internal error while extracting (" + e
                        + "); report it with this input", n, storeFailure);
            } finally {
                inFlight.release();
            }
        });
    }

    private void failQuietly(String input, String hash, String problem, Counters n,
            AtomicReference<RuntimeException> storeFailure) {
        try {
            fail(input, hash, problem, n);
        } catch (StoreException e) {
            storeFailure.compareAndSet(null, e);
        }
    }

    private void fail(String input, String hash, String problem, Counters n) {
        synchronized (store) {
            store.recordFailure(input, hash, problem);
        }
        n.failed.incrementAndGet();
        progress.failed(input, problem);
        progress.step();
    }

    private synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = extractorFactory.get();
        }
        return extractor;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicLong count = new AtomicLong();
        return task -> {
            Thread t = new Thread(task, "ingest-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: every submitted article is either saved or recorded as failed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Counters {
        final AtomicLong added = new AtomicLong();
        final AtomicLong replaced = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong reprocessed = new AtomicLong();
    }
}
