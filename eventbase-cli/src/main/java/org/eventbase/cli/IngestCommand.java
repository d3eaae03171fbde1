package org.eventbase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.fetch.Fetcher;
import org.eventbase.fetch.WebArticles;
import org.eventbase.fetch.WebRead;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import org.eventbase.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase ingest PATH|URL|FEED_URL…}: extracts articles in parallel and stores them, one transaction per
 * article, skipping content already stored; safe to kill and run again. URLs are fetched first (a feed's items
 * too, except those already stored). Example:
 * {@code eventbase ingest news/ dump.jsonl.gz https://example.org/rss --db news.db}.
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Extract articles (text, HTML, JSONL, WARC, .gz, folders, page URLs, RSS/Atom feed URLs or "
                + ".rss/.atom/.xml feed files) and store them with everything extracted.",
                "Content already stored is skipped; a changed article replaces its rows; bad inputs are recorded as "
                        + "failures. Safe to interrupt: run the same command again to finish."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FetchOptions fetch;

    @Parameters(arity = "0..*", paramLabel = "PATH|URL",
            description = "Article files (text, HTML, JSONL, WARC, .gz), folders (read recursively), page or feed "
                    + "URLs (http/https), or feed files (.rss, .atom, .xml).")
    List<String> inputs = List.of();

    @Option(names = "--reprocess",
            description = "Also extract again the stored articles that another pipeline version made.")
    boolean reprocess;

    @Option(names = "--text-only",
            description = "Store clean text and metadata without NLP (a fast bulk load); run 'ingest --reprocess' "
                    + "later to extract entities, dates and quotes.")
    boolean textOnly;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", defaultValue = "20M", converter = ByteSizeConverter.class, paramLabel = "SIZE",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && !reprocess) {
            throw new ParameterException(spec.commandLine(), "give at least one PATH to ingest, or --reprocess");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        try (Store opened = store.open()) {
            IngestProgressBar progress = new IngestProgressBar(spec.commandLine().getErr(),
                    System.console() != null ? System.err : null);
            Supplier<ArticleExtractor> extractor = textOnly
                    ? () -> new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(), Pipeline.of(List.of()))
                    : ArticleExtractor::standard;
            Ingester ingester = new Ingester(opened, extractor, threads,
                    new ArticleInputs(new ReadLimits(maxBytes)), progress);
            List<Path> files = new ArrayList<>();
            List<ReadResult> fetched = new ArrayList<>();
            WebArticles web = null;
            for (String input : inputs) {
                boolean url = WebArticles.isUrl(input);
                if (!url && !WebArticles.isFeedFile(Path.of(input))) {
                    files.add(Path.of(input));
                    continue;
                }
                if (web == null) {
                    web = new WebArticles(new Fetcher(fetch.settings(maxBytes)));
                }
                WebRead read = url ? web.read(input, opened::knowsUrl) : web.readFeedFile(Path.of(input), opened::knowsUrl);
                if (read.feedItems() > 0) {
                    spec.commandLine().getErr().println("Feed " + input + ": " + read.feedItems() + " items, "
                            + read.skipped() + " already stored, " + read.results().size() + " fetched");
                }
                fetched.addAll(read.results());
            }
            IngestReport report = ingester.ingest(files, fetched, reprocess);
            spec.commandLine().getOut().println("Stored in " + store.db + ": " + report.describe());
            spec.commandLine().getOut().flush();
            return report.failed() > 0 ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("eventbase: " + e.getMessage());
            if (debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_FAILED;
        }
    }
}
