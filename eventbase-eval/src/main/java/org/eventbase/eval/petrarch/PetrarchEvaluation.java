package org.eventbase.eval.petrarch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventbase.eval.event.FieldScore;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Event;
import org.eventbase.model.EventLayer;
import org.eventbase.model.EventType;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;

/**
 * Scores event typing on PETRARCH2's unit-test sentences: each sentence runs through the pipeline with its date as
 * publication date, and the PLOVER types of its events are compared with the gold CAMEO codes mapped by
 * {@link CameoToPlover}, as multisets per sentence (actors are not scored: the tests' invented countries have no
 * counterpart in Eventbase's entities). Example: {@code PetrarchEvaluation.standard().evaluate(records)}.
 */
public final class PetrarchEvaluation {
    private final ArticleExtractor extractor;

    public PetrarchEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static PetrarchEvaluation standard() {
        return new PetrarchEvaluation(ArticleExtractor.standard());
    }

    /** The predicted types of one sentence, or empty when the pipeline has no events layer. */
    public record Prediction(List<EventType> types, boolean eventsLayer) {
        public Prediction {
            types = List.copyOf(types);
        }
    }

    public PetrarchReport evaluate(List<PetrarchRecord> records) {
        List<Prediction> predictions = new ArrayList<>();
        for (PetrarchRecord record : records) {
            predictions.add(predict(record));
        }
        return score(records, predictions);
    }

    Prediction predict(PetrarchRecord record) {
        if (record.errorRecord()) {
            return new Prediction(List.of(), true);
        }
        Optional<EventLayer> events;
        try {
            events = extractor.extract(new RawArticle(record.id(), ContentFormat.TEXT, record.text(),
                            new ArticleMetadata(record.id(), null, null, null, null, null)),
                    new ArticleMetadata(null, null, null, null, null, record.date()))
                    .find(org.eventbase.pipeline.Layers.EVENTS);
        } catch (InputException refused) {
            return new Prediction(List.of(), true);
        }
        return events.map(layer -> new Prediction(layer.events().stream().map(Event::type).toList(), true))
                .orElse(new Prediction(List.of(), false));
    }

    /** Scores predictions (same order as the records): a pure function of the two. */
    public static PetrarchReport score(List<PetrarchRecord> records, List<Prediction> predictions) {
        Map<EventType, FieldScore> perType = new EnumMap<>(EventType.class);
        FieldScore overall = FieldScore.EMPTY;
        int scored = 0;
        int unmapped = 0;
        boolean eventsLayer = !predictions.isEmpty();
        for (int i = 0; i < records.size(); i++) {
            PetrarchRecord record = records.get(i);
            eventsLayer &= predictions.get(i).eventsLayer();
            List<EventType> gold = new ArrayList<>();
            for (String code : record.cameoCodes()) {
                Optional<EventType> type = CameoToPlover.type(code);
                type.ifPresent(gold::add);
                unmapped += type.isPresent() ? 0 : 1;
            }
            if (record.errorRecord() || (gold.isEmpty() && !record.noEvents())) {
                continue;
            }
            scored++;
            List<EventType> predicted = new ArrayList<>(predictions.get(i).types());
            for (EventType type : gold) {
                boolean hit = predicted.remove(type);
                FieldScore s = hit ? new FieldScore(1, 0, 0) : new FieldScore(0, 0, 1);
                perType.merge(type, s, FieldScore::plus);
                overall = overall.plus(s);
            }
            for (EventType extra : predicted) {
                perType.merge(extra, new FieldScore(0, 1, 0), FieldScore::plus);
                overall = overall.plus(0, 1, 0);
            }
        }
        return new PetrarchReport(records.size(), scored, unmapped, eventsLayer, overall, perType);
    }
}
