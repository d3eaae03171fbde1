package org.eventbase.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.EventbaseVersion;

/**
 * The whole benchmark, printed as tables: Eventbase's full extraction against a plain CoreNLP pipeline on the same
 * articles in this JVM (warm-up, then measured passes that alternate between the two, per thread count), start-up
 * and heap figures, a cold start in a child JVM and, when asked, a stage profile.
 * Example: {@code new Benchmark(options, out).run()}.
 */
public final class Benchmark {
    private static final double MB = 1024.0 * 1024.0;

    private final BenchOptions options;
    private final PrintWriter out;
    private final HeapMeter heap = new HeapMeter();
    private final ThroughputMeter meter = new ThroughputMeter();

    public Benchmark(BenchOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    public void run() {
        double loadAtStart = loadAverage();
        EventbaseVersion version = EventbaseVersion.current();
        out.printf(Locale.ROOT, "Eventbase benchmark, %s; eventbase %s, CoreNLP %s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), version.eventbase(), version.corenlp());
        out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %.0f MB; load average at start %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), HeapMeter.maxHeapBytes() / MB,
                loadAtStart);
        BenchCorpus corpus = options.articlesDir() == null
                ? BenchCorpus.generated(options.generatedDir(), options.seed(), options.count())
                : BenchCorpus.fromDirectory(options.articlesDir());
        List<BenchArticle> articles = corpus.articles();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article Eventbase accepts in " + corpus.description());
        }
        out.printf(Locale.ROOT, "corpus: %s; %d words (%.0f per article)%s%n", corpus.description(), corpus.words(),
                (double) corpus.words() / articles.size(),
                corpus.skipped().isEmpty() ? "" : "; " + corpus.skipped().size() + " inputs left out (refused)");
        List<BenchArticle> warmup = warmup(articles, options.warmupArticles());
        out.printf(Locale.ROOT, "warm-up: %d articles per system; measured: %d pass(es) per system and thread count, "
                + "alternating between the systems%n%n", warmup.size(), options.passes());
        out.flush();

        long baseline = heap.retainedAfterGcBytes();
        heap.resetPeaks();
        long loadStart = System.nanoTime();
        ArticleExtractor extractor = ArticleExtractor.standard();
        extractor.extract(articles.get(0).raw(), ArticleMetadata.EMPTY);
        double firstArticleSeconds = (System.nanoTime() - loadStart) / 1e9;
        Workload eventbase = new EventbaseWorkload(extractor);
        meter.measure(eventbase, warmup, 1, 1);
        long eventbasePeak = heap.peakBytes();
        long eventbaseRetained = heap.retainedAfterGcBytes() - baseline;

        long plainStart = System.nanoTime();
        Workload plain = new PlainCoreNlpWorkload(new StanfordCoreNLP(PlainCoreNlpWorkload.properties()));
        double plainLoadSeconds = (System.nanoTime() - plainStart) / 1e9;
        meter.measure(plain, warmup, 1, 1);
        long plainRetained = heap.retainedAfterGcBytes() - baseline - eventbaseRetained;

        ThroughputTable throughput = new ThroughputTable();
        for (int threads : options.threads()) {
            Throughput e = null;
            Throughput p = null;
            for (int pass = 0; pass < options.passes(); pass++) {
                e = plus(e, meter.measure(eventbase, articles, threads, 1));
                p = plus(p, meter.measure(plain, articles, threads, 1));
            }
            throughput.add(e, p);
        }
        out.println("Throughput (articles/s/core = wall rate / threads; CPU = worker threads' CPU time)");
        out.println(throughput.render());
        out.flush();

        TextTable startup = new TextTable("start-up and memory", "value");
        startup.row("eventbase: models load + first article, in process (s)", fixed(firstArticleSeconds, 1));
        startup.row("plain CoreNLP: pipeline load, in process, after eventbase's (s)", fixed(plainLoadSeconds, 1));
        Path coldArticle = coldStartArticle(articles);
        if (options.coldStartMain() != null && coldArticle != null) {
            ColdStart cold = new ColdStart(options.coldStartMain(), "-Xmx1536m");
            startup.row("eventbase: cold start, child JVM 'extract' of one article, -Xmx1536m (s)",
                    fixed(cold.seconds(coldArticle), 1));
        }
        startup.row("eventbase: heap retained after load + warm-up, after GC (MB)", fixed(eventbaseRetained / MB, 0));
        startup.row("eventbase: peak heap during load + warm-up, sum of heap pool peaks (MB)",
                fixed(eventbasePeak / MB, 0));
        startup.row("plain CoreNLP: heap retained on top of eventbase's, after GC (MB)",
                fixed(plainRetained / MB, 0));
        out.println(startup.render());
        out.flush();

        if (options.profile()) {
            StageProfiler profiler = new StageProfiler(options.articlesDir() == null
                    ? options.generatedDir() : options.articlesDir());
            out.println("Profile, one thread, wall time; rows indented under 'nlp' come from CoreNLP's own timing of "
                    + "an identically configured pipeline (0.1 s resolution over the corpus);");
            out.println("their share, in parentheses, is of the annotators' sum");
            out.println(profiler.eventbase(articles).table().render());
            out.println(profiler.plain(articles).table().render());
        }
        out.printf(Locale.ROOT, "load average at end %.2f%n", loadAverage());
        out.flush();
    }

    private static Throughput plus(Throughput sum, Throughput next) {
        if (sum == null) {
            return next;
        }
        return new Throughput(sum.workload(), sum.threads(), sum.articles() + next.articles(),
                sum.wallNanos() + next.wallNanos(), sum.workerCpuNanos() + next.workerCpuNanos(),
                sum.processCpuNanos() < 0 ? -1 : sum.processCpuNanos() + next.processCpuNanos());
    }

    private static Path coldStartArticle(List<BenchArticle> articles) {
        Path first = Path.of(articles.get(0).input());
        return Files.isRegularFile(first) ? first : null;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * The first {@code count} articles of the corpus, going round it again when the warm-up is longer than the
     * corpus (the JIT compiler needs thousands of articles to settle).
     */
    static List<BenchArticle> warmup(List<BenchArticle> corpus, int count) {
        return IntStream.range(0, count).mapToObj(i -> corpus.get(i % corpus.size())).toList();
    }
}
