package org.eventbase.eval.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventbase.model.Article;
import org.eventbase.model.InputException;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.TimeRef;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.time.TimeStage;

/**
 * Scores the times stage on TimeML documents: each document's text runs through the pipeline with its creation
 * date as publication date, and the resolved time expressions are scored against the gold TIMEX3s with
 * {@link TimexScore}. An interval value ("since Sunday" → {@code 2022-01-02/2022-01-06}) is scored by its start,
 * the day TIMEX3 would give. Example: {@code TimeEvaluation.standard().evaluate(TimeEvaluation.readAll(dir))}.
 */
public final class TimeEvaluation {
    private final Pipeline pipeline;

    public TimeEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The shared NLP models, then the times stage. */
    public static TimeEvaluation standard() {
        return new TimeEvaluation(Pipeline.of(CoreNlpStage.shared(), new TimeStage()));
    }

    /** Every {@code .tml} file under {@code dir}, in path order. */
    public static List<TimeMlDocument> readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "not a directory; give a directory of TimeML (.tml) files");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list the directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException(dir.toString(), "holds no .tml files; give a directory of TimeML files");
        }
        return files.stream().map(TimeMlReader::read).toList();
    }

    public TimeReport evaluate(List<TimeMlDocument> documents) {
        TimexScore score = TimexScore.EMPTY;
        Map<String, TimexScore> byType = new HashMap<>();
        for (TimeMlDocument doc : documents) {
            List<PredictedTimex> predicted = predict(doc);
            score = score.plus(doc.timexes(), predicted);
            Map<String, List<GoldTimex>> goldByType = new HashMap<>();
            doc.timexes().forEach(g -> goldByType.computeIfAbsent(g.type(), t -> new ArrayList<>()).add(g));
            goldByType.forEach((type, gold) ->
                    byType.merge(type, TimexScore.EMPTY.plus(gold, predicted), TimeEvaluation::sum));
        }
        return new TimeReport(documents.size(), score, byType);
    }

    private List<PredictedTimex> predict(TimeMlDocument doc) {
        Article article = new Article(doc.id(), doc.id(), null, null, null, null, null, doc.creationDate(), "en",
                doc.text(), OffsetMap.identity(doc.text().length()));
        List<PredictedTimex> predicted = new ArrayList<>();
        for (TimeRef ref : pipeline.run(Document.of(article)).layer(Layers.TIMES).times()) {
            String value = ref.value() == null ? "" : ref.value().split("/")[0];
            predicted.add(new PredictedTimex(ref.span().start(), ref.span().end(), value));
        }
        return predicted;
    }

    private static TimexScore sum(TimexScore a, TimexScore b) {
        return new TimexScore(a.gold() + b.gold(), a.predicted() + b.predicted(), a.strictMatches() + b.strictMatches(),
                a.relaxedMatches() + b.relaxedMatches(), a.valueMatches() + b.valueMatches());
    }
}
