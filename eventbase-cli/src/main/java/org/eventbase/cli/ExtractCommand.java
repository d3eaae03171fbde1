package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.PublicationDates;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase extract ARTICLE…}: reads articles (text, HTML, JSONL, gzip, or directories of them) and prints
 * what was extracted from each. Problems with one input are reported on stderr and the others still come out.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract the clean text, metadata, entities and times of articles and print them.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE",
            description = "Article files (text, HTML, JSONL, .gz) or directories of them.")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (e.g. 2022-01-06 or 2022-01-06T09:30:00Z); overrides the input's.")
    String published;

    @Option(names = "--url", description = "The article's URL (only with a single article file).")
    String url;

    @Option(names = "--format", defaultValue = "json",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--max-bytes", defaultValue = "20M", converter = ByteSizeConverter.class, paramLabel = "SIZE",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        ArticleMetadata overrides = overrides();
        ArticleRun run = new ArticleRun(spec.commandLine().getErr(), debug);
        PrintWriter out = spec.commandLine().getOut();
        ArticleInputs reader = new ArticleInputs(new ReadLimits(maxBytes));
        for (Path input : inputs) {
            try (Stream<ReadResult> results = reader.read(input)) {
                results.forEach(result -> run.process(result, overrides, doc -> print(out, doc)));
            }
        }
        out.flush();
        return run.finish();
    }

    private ArticleMetadata overrides() {
        String normalisedDate = null;
        if (published != null) {
            normalisedDate = PublicationDates.normalise(published).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--published '" + published + "' is not a date; write e.g. 2022-01-06"));
        }
        if (url != null && (inputs.size() > 1 || Files.isDirectory(inputs.get(0)))) {
            throw new ParameterException(spec.commandLine(), "--url applies to a single article file, not to "
                    + (inputs.size() > 1 ? inputs.size() + " inputs" : "the directory " + inputs.get(0)));
        }
        return new ArticleMetadata(null, url, null, null, null, normalisedDate);
    }

    private void print(PrintWriter out, Document doc) {
        switch (format) {
            case json -> out.println(DocumentJson.pretty(doc));
            case jsonl -> out.println(DocumentJson.compact(doc));
            case text -> out.println(ArticleSummary.render(doc));
        }
        out.flush();
    }
}
