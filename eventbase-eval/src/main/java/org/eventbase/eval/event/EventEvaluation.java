package org.eventbase.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.CountLayer;
import org.eventbase.model.EventLayer;
import org.eventbase.model.InputException;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Scores the events layer on the event gold set: each gold article runs through {@link ArticleExtractor} with its
 * title and publication date, its events are matched to the gold ones ({@link EventMatcher}) and every field is
 * scored ({@link EventFields}). Example:
 * {@code EventEvaluation.standard().evaluate(GoldEventReader.read(path), "dev")}.
 */
public final class EventEvaluation {
    private final ArticleExtractor extractor;

    public EventEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static EventEvaluation standard() {
        return new EventEvaluation(ArticleExtractor.standard());
    }

    /** Runs the pipeline on the articles of {@code split} ({@code dev}, {@code test} or {@code all}) and scores them. */
    public EventReport evaluate(List<GoldEventArticle> gold, String split) {
        List<GoldEventArticle> chosen = select(gold, split);
        List<ArticlePrediction> predictions = new ArrayList<>();
        for (GoldEventArticle article : chosen) {
            predictions.add(predict(article));
        }
        return score(split, chosen, predictions);
    }

    /** The articles of one split; {@code all} keeps every one. */
    public static List<GoldEventArticle> select(List<GoldEventArticle> gold, String split) {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw new InputException("--split " + split, "unknown split; use dev, test or all");
        }
        return gold.stream().filter(a -> split.equals("all") || a.split().equals(split)).toList();
    }

    ArticlePrediction predict(GoldEventArticle article) {
        RawArticle raw = new RawArticle(article.id(), ContentFormat.TEXT, article.text(),
                new ArticleMetadata(article.title(), article.url(), article.publisher(), null, null, null));
        Document doc = extractor.extract(raw,
                new ArticleMetadata(null, null, null, null, null, article.published()));
        String text = doc.article().text();
        EventLayer events = doc.find(Layers.EVENTS).orElse(null);
        if (events == null) {
            return new ArticlePrediction(text, List.of(), false);
        }
        CountLayer counts = doc.find(Layers.COUNTS).orElse(new CountLayer(List.of()));
        PlaceLayer places = doc.find(Layers.PLACES).orElse(new PlaceLayer(List.of()));
        return new ArticlePrediction(text, events.events().stream()
                .map(e -> PredictedEvent.of(e, counts.counts(), places.places())).toList(), true);
    }

    /** Scores predictions against gold articles of the same order: a pure function of the two. */
    public static EventReport score(String split, List<GoldEventArticle> gold, List<ArticlePrediction> predictions) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException(gold.size() + " gold articles but " + predictions.size()
                    + " predictions");
        }
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        EventFields.NAMES.forEach(name -> fields.put(name, FieldScore.EMPTY));
        FieldScore detection = FieldScore.EMPTY;
        int goldEvents = 0;
        int predictedEvents = 0;
        int unlocated = 0;
        boolean eventsLayer = !predictions.isEmpty();
        for (int i = 0; i < gold.size(); i++) {
            GoldEventArticle article = gold.get(i);
            ArticlePrediction prediction = predictions.get(i);
            eventsLayer &= prediction.eventsLayer();
            goldEvents += article.events().size();
            predictedEvents += prediction.events().size();
            for (GoldEvent event : article.events()) {
                unlocated += EventMatcher.locate(prediction.text(), event.evidence()) == null ? 1 : 0;
            }
            EventMatching typed = EventMatcher.byTypeAndEvidence()
                    .match(prediction.text(), article.events(), prediction.events());
            EventFields.score(typed).forEach((name, s) -> fields.merge(name, s, FieldScore::plus));
            EventMatching any = EventMatcher.byEvidence()
                    .match(prediction.text(), article.events(), prediction.events());
            detection = detection.plus(any.pairs().size(), any.spurious().size(), any.missed().size());
        }
        return new EventReport(split, gold.size(), goldEvents, predictedEvents, eventsLayer, unlocated, detection,
                fields);
    }
}
