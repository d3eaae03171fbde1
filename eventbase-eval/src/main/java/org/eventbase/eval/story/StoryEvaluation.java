package org.eventbase.eval.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventbase.eval.event.EventEvaluation;
import org.eventbase.eval.event.EventMatcher;
import org.eventbase.eval.event.EventMatching;
import org.eventbase.eval.event.GoldEventArticle;
import org.eventbase.eval.event.PredictedEvent;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventLayer;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.story.ArticleProfiles;
import org.eventbase.story.Grouping;
import org.eventbase.story.MemoryStoryGraph;
import org.eventbase.story.StoryClustering;
import org.eventbase.story.StorySettings;

/**
 * Scores story clustering on the event gold set: the articles of a split run through the pipeline, are added one by
 * one to a {@link StoryClustering}, and the result is scored with B-cubed against the gold stories (articles) and
 * the gold {@code event_key}s (events matched per article as {@code eval events} does), plus near-duplicate pairs
 * against {@code syndicated_from}. Example: {@code StoryEvaluation.standard().evaluate(gold, "dev")}.
 */
public final class StoryEvaluation {
    private final ArticleExtractor extractor;
    private final StorySettings settings;

    public StoryEvaluation(ArticleExtractor extractor, StorySettings settings) {
        this.extractor = extractor;
        this.settings = settings;
    }

    public static StoryEvaluation standard() {
        return new StoryEvaluation(ArticleExtractor.standard(), StorySettings.DEFAULT);
    }

    /**
     * Clusters every gold article (a store holds them all: syndicated copies and their originals are in different
     * halves) and scores the articles, events and duplicate pairs of {@code split}.
     */
    public StoryReport evaluate(List<GoldEventArticle> gold, String split) {
        EventEvaluation.select(gold, split);
        List<Document> docs = new ArrayList<>();
        for (GoldEventArticle article : gold) {
            docs.add(extract(article));
        }
        return score(split, gold, docs, settings);
    }

    public Document extract(GoldEventArticle article) {
        RawArticle raw = new RawArticle(article.id(), ContentFormat.TEXT, article.text(),
                new ArticleMetadata(article.title(), article.url(), article.publisher(), null, null, null));
        return extractor.extract(raw, new ArticleMetadata(null, null, null, null, null, article.published()));
    }

    /**
     * Clusters the extracted documents (same order as {@code gold}) and scores the items of {@code split}: B-cubed
     * over the split's articles and matched events, and the duplicate pairs with at least one article in the split.
     * A pure function.
     */
    public static StoryReport score(String split, List<GoldEventArticle> gold, List<Document> docs,
            StorySettings settings) {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), settings);
        docs.forEach(d -> clustering.add(ArticleProfiles.of(d)));
        var graph = clustering.graph();
        List<String> systemStories = new ArrayList<>();
        List<String> goldStories = new ArrayList<>();
        List<String> systemEvents = new ArrayList<>();
        List<String> goldEvents = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldEventArticle article = gold.get(i);
            if (!inSplit(article, split)) {
                continue;
            }
            Document doc = docs.get(i);
            String id = doc.article().id();
            systemStories.add(graph.cluster(Grouping.STORIES, id));
            goldStories.add(article.story());
            List<Event> events = doc.find(Layers.EVENTS).map(EventLayer::events).orElse(List.of());
            CountLayer counts = doc.find(Layers.COUNTS).orElse(new CountLayer(List.of()));
            PlaceLayer places = doc.find(Layers.PLACES).orElse(new PlaceLayer(List.of()));
            Map<PredictedEvent, String> keyOf = new IdentityHashMap<>();
            List<PredictedEvent> predicted = new ArrayList<>();
            for (Event e : events) {
                PredictedEvent p = PredictedEvent.of(e, counts.counts(), places.places());
                keyOf.put(p, id + "-" + e.id());
                predicted.add(p);
            }
            EventMatching matching = EventMatcher.byTypeAndEvidence()
                    .match(doc.article().text(), article.events(), predicted);
            for (EventMatching.Pair pair : matching.pairs()) {
                systemEvents.add(graph.cluster(Grouping.EVENTS, keyOf.get(pair.predicted())));
                goldEvents.add(pair.gold().eventKey());
            }
        }
        Set<String> merged = new HashSet<>(systemEvents);
        return new StoryReport(split, goldStories.size(), new HashSet<>(goldStories).size(),
                new HashSet<>(systemStories).size(), BCubed.score(systemStories, goldStories), systemEvents.size(),
                merged.size(), BCubed.score(systemEvents, goldEvents), duplicates(gold, docs, graph, split));
    }

    private static PairScore duplicates(List<GoldEventArticle> gold, List<Document> docs,
            org.eventbase.story.StoryGraph graph, String split) {
        Map<String, String> goldRoot = new HashMap<>();
        for (GoldEventArticle a : gold) {
            goldRoot.put(a.id(), a.syndicatedFrom() == null ? a.id() : a.syndicatedFrom());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                if (!inSplit(gold.get(i), split) && !inSplit(gold.get(j), split)) {
                    continue;
                }
                boolean system = graph.cluster(Grouping.DUPLICATES, docs.get(i).article().id())
                        .equals(graph.cluster(Grouping.DUPLICATES, docs.get(j).article().id()));
                boolean truth = goldRoot.get(gold.get(i).id()).equals(goldRoot.get(gold.get(j).id()));
                tp += system && truth ? 1 : 0;
                fp += system && !truth ? 1 : 0;
                fn += !system && truth ? 1 : 0;
            }
        }
        return new PairScore(tp, fp, fn);
    }

    private static boolean inSplit(GoldEventArticle article, String split) {
        return split.equals("all") || article.split().equals(split);
    }
}
