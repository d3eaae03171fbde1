package org.eventbase.eval.event;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.EventLayer;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Scores event typing on CASE 2021 task 2 snippets: each snippet runs through the pipeline without a publication
 * date, the {@link EventTypeChoice chosen} event's ACLED sub-event type becomes a CASE code ({@link CaseLabels}),
 * and a snippet that is refused or holds no ACLED event gets {@code OTHER}. Example:
 * {@code EventTypeEvaluation.standard().evaluate(CaseSnippetReader.read(path))}.
 */
public final class EventTypeEvaluation {
    private final ArticleExtractor extractor;

    public EventTypeEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static EventTypeEvaluation standard() {
        return new EventTypeEvaluation(ArticleExtractor.standard());
    }

    /** What the pipeline said about one snippet. */
    public record Prediction(String code, boolean refused, boolean eventsLayer) {}

    public EventTypeReport evaluate(List<CaseSnippet> snippets) {
        List<Prediction> predictions = new ArrayList<>();
        for (CaseSnippet snippet : snippets) {
            predictions.add(predict(snippet));
        }
        return score(snippets, predictions);
    }

    Prediction predict(CaseSnippet snippet) {
        Document doc;
        try {
            doc = extractor.extract(new RawArticle("snippet " + snippet.id(), ContentFormat.TEXT, snippet.text(),
                    new ArticleMetadata("CASE snippet " + snippet.id(), null, null, null, null, null)), ArticleMetadata.EMPTY);
        } catch (InputException refused) {
            return new Prediction(CaseLabels.NO_EVENT, true, true);
        }
        EventLayer events = doc.find(Layers.EVENTS).orElse(null);
        if (events == null) {
            return new Prediction(CaseLabels.NO_EVENT, false, false);
        }
        String code = EventTypeChoice.choose(events.events()).map(e -> CaseLabels.code(e.acled()))
                .orElse(CaseLabels.NO_EVENT);
        return new Prediction(code, false, true);
    }

    /** Scores predictions (same order as the snippets): a pure function of the two. */
    public static EventTypeReport score(List<CaseSnippet> snippets, List<Prediction> predictions) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        int distractors = 0;
        int distractorsAsOther = 0;
        int refused = 0;
        boolean eventsLayer = !predictions.isEmpty();
        for (int i = 0; i < snippets.size(); i++) {
            Prediction p = predictions.get(i);
            refused += p.refused() ? 1 : 0;
            eventsLayer &= p.eventsLayer();
            String label = snippets.get(i).label();
            if (!CaseLabels.isAcled(label)) {
                distractors++;
                distractorsAsOther += CaseLabels.NO_EVENT.equals(p.code()) ? 1 : 0;
                continue;
            }
            gold.add(label);
            predicted.add(p.code());
        }
        LabelScores subTypes = LabelScores.of(CaseLabels.ACLED_CODES, gold, predicted);
        LabelScores eventTypes = LabelScores.of(CaseLabels.EVENT_TYPES,
                gold.stream().map(CaseLabels::eventType).toList(),
                predicted.stream().map(CaseLabels::eventType).toList());
        return new EventTypeReport(snippets.size(), distractors, distractorsAsOther, refused, eventsLayer, subTypes,
                eventTypes);
    }
}
