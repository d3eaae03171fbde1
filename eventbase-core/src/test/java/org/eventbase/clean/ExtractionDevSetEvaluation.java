package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the cleaner's score on the shared article-extraction development set (never copied into the project),
 * and how many paragraphs of its clean gold bodies the text filter would wrongly remove.
 * Off by default; run with
 * {@code mvn -B -q -o -pl eventbase-core test -Dtest=ExtractionDevSetEvaluation -Deventbase.eval=true}.
 */
@Tag("eval")
@EnabledIfSystemProperty(named = "eventbase.eval", matches = "true")
class ExtractionDevSetEvaluation {
    private static final Path DATA = Path.of(System.getProperty(
            "eventbase.eval.extraction", "../../shared/eval-data/article-extraction"));

    @Test
    void printsF1OnTheDevelopmentSet() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(DATA.resolve("ground-truth.json").toFile());
        ArticleCleaner cleaner = new ArticleCleaner();
        List<ExtractionScore.Pair> pairs = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String html = gunzip(DATA.resolve("html").resolve(entry.getKey() + ".html.gz"));
            String url = entry.getValue().path("url").asText(null);
            String predicted;
            try {
                predicted = cleaner.clean(new RawArticle(entry.getKey(), ContentFormat.HTML, html,
                        new ArticleMetadata(null, url, null, null, null, null))).text();
            } catch (InputException empty) {
                predicted = "";
            }
            ExtractionScore.Pair pair = new ExtractionScore.Pair(predicted, entry.getValue().path("articleBody").asText());
            pairs.add(pair);
            ExtractionScore one = ExtractionScore.of(List.of(pair));
            worst.add(String.format("%.3f P=%.3f R=%.3f %s %s", one.f1(), one.precision(), one.recall(),
                    entry.getKey().substring(0, 8), url));
        }
        ExtractionScore score = ExtractionScore.of(pairs);
        worst.sort(null);
        worst.stream().limit(Integer.getInteger("eventbase.eval.worst", 15)).forEach(System.out::println);
        System.out.printf("article extraction: documents=%d precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f%n",
                score.documents(), score.precision(), score.recall(), score.f1(), score.accuracy());
        assertThat(score.documents()).isPositive();
    }

    /** The gold bodies are clean prose: every paragraph the text filter removes from them is a false removal. */
    @Test
    void printsHowMuchCleanProseTheTextFilterRemoves() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(DATA.resolve("ground-truth.json").toFile());
        ArticleCleaner cleaner = new ArticleCleaner();
        int paragraphs = 0;
        List<Removal> removed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String body = "Headline\n\n" + entry.getValue().path("articleBody").asText().replace("\n", "\n\n");
            paragraphs += body.split("\n\n").length - 1;
            try {
                removed.addAll(cleaner.clean(new RawArticle(entry.getKey(), ContentFormat.TEXT, body, null)).removals());
            } catch (InputException empty) {
                System.out.println("emptied: " + entry.getKey());
            }
        }
        removed.forEach(r -> System.out.println("false removal [" + r.reason() + "] " + r.text()));
        System.out.printf("text filter on gold prose: %d of %d paragraphs removed%n", removed.size(), paragraphs);
        assertThat(paragraphs).isPositive();
    }

    private static String gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
