package org.eventbase.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.ArticleProfiles;

/**
 * The one job run of the test JVM, shared by the test classes: a {@link MixedCorpus} of {@value #GENERATED}
 * generated articles plus the {@link StoryCorpus} ({@value #ARTICLES} articles in all), the job's output for it in
 * {@code local[2]}, and what the CLI's pipeline makes of the same inputs.
 *
 * @param cli      the CLI's document JSON per article id, with the input named as Hadoop names it ({@code file:/...})
 * @param profiles the story profile of each article the CLI's pipeline extracted, in input order
 */
record JobRun(Path corpus, Path output, RunReport report, Map<String, ObjectNode> cli, List<ArticleProfile> profiles) {
    static final int GENERATED = 6;
    static final int ARTICLES = GENERATED + StoryCorpus.ARTICLES;

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
            MixedCorpus.write(corpus, 7, GENERATED);
            StoryCorpus.write(corpus.resolve("stories.jsonl"));
            Path output = dir.resolve("out");
            RunReport report = new CorpusExtraction(LocalSpark.session()).run(JobOptions.parse("--input",
                    corpus.toUri().toString(), "--output", output.toUri().toString(), "--partitions", "3"));
            Map<String, ObjectNode> cli = new HashMap<>();
            List<ArticleProfile> profiles = new ArrayList<>();
            ArticleExtractor extractor = ArticleExtractor.standard();
            try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(corpus)) {
                for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                    if (result instanceof ReadResult.Ok ok) {
                        Document doc = extractor.extract(ok.article(), ArticleMetadata.EMPTY);
                        profiles.add(ArticleProfiles.of(doc));
                        ObjectNode json = DocumentJson.toTree(doc);
                        ObjectNode article = (ObjectNode) json.get("article");
                        article.put("input", "file:" + article.get("input").asText());
                        cli.put(article.get("id").asText(), json);
                    }
                }
            }
            return new JobRun(corpus, output, report, Map.copyOf(cli), List.copyOf(profiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
