package org.eventbase.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventbase.entity.EntityStage;
import org.eventbase.model.Article;
import org.eventbase.model.OffsetMap;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Pipeline;

/**
 * Scores named-entity systems on CoNLL-2003 documents: each document is laid out as text ({@link ConllText}), run
 * once through the pipeline, and every system's entities are mapped back to tokens and scored against the gold.
 * Example: {@code NerEvaluation.standard().evaluate(ConllReader.read(file)).systems()}.
 */
public final class NerEvaluation {
    private final Pipeline pipeline;
    private final List<NerSystem> systems;

    public NerEvaluation(Pipeline pipeline, List<NerSystem> systems) {
        this.pipeline = pipeline;
        this.systems = List.copyOf(systems);
    }

    /** CoreNLP's raw mentions and Eventbase's entities, side by side, with the shared NLP models. */
    public static NerEvaluation standard() {
        return new NerEvaluation(Pipeline.of(CoreNlpStage.shared(), new EntityStage()),
                List.of(new CoreNlpNerSystem(), new EntityLayerNerSystem()));
    }

    public NerReport evaluate(List<ConllDocument> documents) {
        List<NerScore> scores = new ArrayList<>();
        systems.forEach(s -> scores.add(NerScore.EMPTY));
        int sentences = 0;
        int tokens = 0;
        for (ConllDocument conll : documents) {
            ConllText text = ConllText.of(conll);
            sentences += conll.sentences().size();
            tokens += conll.sentences().stream().mapToInt(List::size).sum();
            Document processed = pipeline.run(Document.of(articleOf(conll.input(), text.text())));
            List<EntitySpan> gold = conll.goldSpans();
            for (int i = 0; i < systems.size(); i++) {
                List<EntitySpan> predicted = systems.get(i).entities(processed).stream()
                        .map(text::toTokens)
                        .flatMap(Optional::stream)
                        .toList();
                scores.set(i, scores.get(i).plus(gold, predicted));
            }
        }
        List<SystemScore> result = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            result.add(new SystemScore(systems.get(i).name(), scores.get(i)));
        }
        return new NerReport(documents.size(), sentences, tokens, result);
    }

    private static Article articleOf(String input, String text) {
        return new Article(input, input, null, null, null, null, null, null, "en", text,
                OffsetMap.identity(text.length()));
    }
}
