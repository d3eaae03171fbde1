package org.eventbase.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.ArticleExtractor;

/**
 * The one job run of the test JVM, shared by the test classes: a {@link MixedCorpus} of {@value #ARTICLES}
 * articles, the job's output for it in {@code local[2]}, and what the CLI's pipeline makes of the same inputs.
 *
 * @param cli the CLI's document JSON per article id, with the input named as Hadoop names it ({@code file:/...})
 */
record JobRun(Path corpus, Path output, RunReport report, Map<String, ObjectNode> cli) {
    static final int ARTICLES = 6;

    private static final class Lazy {
        static final JobRun RUN = start();
    }

    static JobRun shared() {
        return Lazy.RUN;
    }

    private static JobRun start() {
        try {
            Path dir = Files.createTempDirectory("eventbase-spark-test");
            Path corpus = dir.resolve("corpus");
            MixedCorpus.write(corpus, 7, ARTICLES);
            Path output = dir.resolve("out");
            RunReport report = new CorpusExtraction(LocalSpark.session()).run(JobOptions.parse("--input",
                    corpus.toUri().toString(), "--output", output.toUri().toString(), "--partitions", "3"));
            Map<String, ObjectNode> cli = new HashMap<>();
            ArticleExtractor extractor = ArticleExtractor.standard();
            try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(corpus)) {
                for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                    if (result instanceof ReadResult.Ok ok) {
                        ObjectNode json = DocumentJson.toTree(extractor.extract(ok.article(), ArticleMetadata.EMPTY));
                        ObjectNode article = (ObjectNode) json.get("article");
                        article.put("input", "file:" + article.get("input").asText());
                        cli.put(article.get("id").asText(), json);
                    }
                }
            }
            return new JobRun(corpus, output, report, Map.copyOf(cli));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
