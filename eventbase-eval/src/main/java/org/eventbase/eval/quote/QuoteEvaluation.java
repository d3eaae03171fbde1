package org.eventbase.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eventbase.entity.EntityStage;
import org.eventbase.model.Article;
import org.eventbase.model.Entity;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.quote.QuoteStage;

/**
 * Scores the quote stage on a gold set: each article runs through NLP, entities and quotes; predictions pair with
 * gold quotes by {@link QuoteMatcher}; speakers compare by {@link SpeakerMatch}. The project set is scored over
 * all quotes and per kind (a pair must then agree on the kind); PolNeAR over its quoted passages (Content opening
 * with a quotation mark, against predicted DIRECT and PARTIAL quotes) and over all its attributions (against
 * every predicted quote but SCARE); there a prediction inside another attribution's Content is not counted, as
 * PolNeAR gives each token to one attribution only. Example: {@code QuoteEvaluation.standard().evaluate(QuoteGoldSet.read(p, "dev"))}.
 */
public final class QuoteEvaluation {
    private static final int SNIPPET = 80;

    private final Pipeline pipeline;

    public QuoteEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The shared NLP models, then the entities and quotes stages. */
    public static QuoteEvaluation standard() {
        return new QuoteEvaluation(Pipeline.of(CoreNlpStage.shared(), new EntityStage(), new QuoteStage()));
    }

    public QuoteReport evaluate(QuoteGoldSet gold) {
        List<View> views = QuoteGoldSet.POLNEAR.equals(gold.format()) ? polnearViews() : projectViews();
        QuoteScore[] scores = new QuoteScore[views.size()];
        java.util.Arrays.fill(scores, QuoteScore.EMPTY);
        List<QuoteReport.Error> errors = new ArrayList<>();
        for (QuoteGoldDocument doc : gold.documents()) {
            List<PredictedQuote> predicted = predict(doc);
            QuoteMatcher matcher = new QuoteMatcher(doc.text());
            for (int v = 0; v < views.size(); v++) {
                View view = views.get(v);
                List<GoldQuote> g = doc.quotes().stream().filter(q -> view.gold().test(doc, q)).toList();
                List<PredictedQuote> p = predicted.stream().filter(view.predicted()).toList();
                List<List<Span>> ignored = !view.ignoreOtherGold() ? List.of() : doc.quotes().stream()
                        .filter(q -> !view.gold().test(doc, q)).map(GoldQuote::content).toList();
                QuoteMatcher.Result result = matcher.match(g, p, ignored);
                scores[v] = scores[v].plus(result);
                if (v == 0) {
                    errors.addAll(errors(doc, result));
                }
            }
        }
        List<QuoteReport.Row> rows = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            rows.add(new QuoteReport.Row(views.get(v).label(), scores[v]));
        }
        return new QuoteReport(gold.format(), gold.split(), gold.documents().size(), rows, errors);
    }

    /**
     * @param ignoreOtherGold whether predictions inside gold quotes outside the view are left out (PolNeAR gives
     *                        each token to one attribution, so quoted words inside a reported clause are never gold)
     */
    private record View(String label, GoldFilter gold, Predicate<PredictedQuote> predicted,
            boolean ignoreOtherGold) {}

    private interface GoldFilter {
        boolean test(QuoteGoldDocument doc, GoldQuote quote);
    }

    private static List<View> projectViews() {
        List<View> views = new ArrayList<>();
        views.add(new View("all kinds", (d, q) -> true, p -> true, false));
        for (QuoteKind kind : QuoteKind.values()) {
            views.add(new View(kind.name(), (d, q) -> q.kind() == kind, p -> p.kind() == kind, false));
        }
        return views;
    }

    private static List<View> polnearViews() {
        return List.of(
                new View("quoted", (d, q) -> PolnearReader.opensWithMark(q, d.text()),
                        p -> p.kind() == QuoteKind.DIRECT || p.kind() == QuoteKind.PARTIAL, true),
                new View("all attributions", (d, q) -> true, p -> p.kind() != QuoteKind.SCARE, true));
    }

    private List<PredictedQuote> predict(QuoteGoldDocument doc) {
        Article article = new Article(doc.id(), doc.id(), null, null, null, null, null, null, "en", doc.text(),
                OffsetMap.identity(doc.text().length()));
        Document result = pipeline.run(Document.of(article));
        List<Entity> entities = result.layer(Layers.ENTITIES).entities();
        return result.layer(Layers.QUOTES).quotes().stream().map(q -> PredictedQuote.of(q, entities)).toList();
    }

    private static List<QuoteReport.Error> errors(QuoteGoldDocument doc, QuoteMatcher.Result result) {
        List<QuoteReport.Error> errors = new ArrayList<>();
        for (GoldQuote g : result.missed()) {
            errors.add(new QuoteReport.Error(doc.id(), "missed", snippet(doc.text(), g.content().get(0)),
                    describe(doc.text(), g), null));
        }
        for (PredictedQuote p : result.spurious()) {
            errors.add(new QuoteReport.Error(doc.id(), "spurious", snippet(doc.text(), p.content()), null,
                    p.kind() + " by " + p.speakerText()));
        }
        for (QuoteMatcher.Pair pair : result.pairs()) {
            if (!SpeakerMatch.agrees(pair.gold(), pair.predicted())) {
                errors.add(new QuoteReport.Error(doc.id(), "speaker", snippet(doc.text(), pair.predicted().content()),
                        speakerOf(doc.text(), pair.gold()), pair.predicted().speakerNames().isEmpty()
                                ? pair.predicted().speakerText() : pair.predicted().speakerNames().get(0)));
            }
            if (pair.gold().kind() != null && pair.gold().kind() != pair.predicted().kind()) {
                errors.add(new QuoteReport.Error(doc.id(), "kind", snippet(doc.text(), pair.predicted().content()),
                        pair.gold().kind().name(), pair.predicted().kind().name()));
            }
        }
        return errors;
    }

    private static String describe(String text, GoldQuote g) {
        return (g.kind() == null ? "" : g.kind() + " ") + "by " + speakerOf(text, g);
    }

    private static String speakerOf(String text, GoldQuote g) {
        if (g.speaker() != null) {
            return g.speaker();
        }
        return g.speakerSpans().isEmpty() ? null
                : text.substring(g.speakerSpans().get(0).start(), g.speakerSpans().get(0).end());
    }

    private static String snippet(String text, Span span) {
        String s = text.substring(span.start(), Math.min(span.end(), span.start() + SNIPPET));
        return s.replace('\n', ' ');
    }
}
