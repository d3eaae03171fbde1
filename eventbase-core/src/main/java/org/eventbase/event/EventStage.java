package org.eventbase.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventbase.claim.ClaimantFinder;
import org.eventbase.count.BackgroundYears;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.nlp.DependencyGraph;
import org.eventbase.nlp.SentenceParser;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Codes the article's events ({@link Layers#EVENTS}): trigger words by PLOVER type and mode are found cheaply
 * first ({@link TriggerLexicon}); only sentences holding one are dependency-parsed ({@link SentenceParser}); the
 * parse gives source and target ({@link Arguments}) and modality ({@link Modality}); place and time come from the
 * places and times layers ({@link EventSetting}), counts and claimant from the counts layer and
 * {@link ClaimantFinder}; ACLED categories from {@link AcledMapping}; restated events are merged
 * ({@link EventMerger}). Example: "Riot police fired tear gas at dockers in Valparaíso on Tuesday" gives COERCE
 * crowd-control, source riot police (STATE_FORCES), target dockers (PROTESTERS), place Valparaíso, Tuesday's date.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventStage implements Stage {
    private static final String VERSION = "3";

    private static final Set<ActorKind> GROUPS = Set.of(ActorKind.PROTESTERS, ActorKind.RIOTERS,
            ActorKind.STATE_FORCES, ActorKind.MILITARY, ActorKind.UNIDENTIFIED_ARMED_GROUP, ActorKind.CIVILIANS);

    private final TriggerLexicon lexicon = new TriggerLexicon();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.NLP, Layers.ENTITIES, Layers.TIMES, Layers.COUNTS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        NlpAnnotation nlp = document.layer(Layers.NLP);
        String published = document.article().published();
        EventSetting setting = new EventSetting(text, nlp.sentences(), document.layer(Layers.ENTITIES),
                document.find(Layers.PLACES).orElse(null), document.layer(Layers.TIMES), published);
        ClaimantFinder claimants = new ClaimantFinder(text, document.layer(Layers.ENTITIES),
                document.find(Layers.QUOTES).orElse(null));
        SentenceCoder coder = new SentenceCoder(text, document.layer(Layers.ENTITIES).entities(),
                document.layer(Layers.COUNTS), setting, claimants, new BackgroundYears(published), published);
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : nlp.sentences()) {
            List<Trigger> triggers = lexicon.find(sentence.tokens());
            if (triggers.isEmpty()) {
                continue;
            }
            DependencyGraph graph = SentenceParser.shared().parse(sentence);
            if (graph.dependencies().isEmpty()) {
                continue;
            }
            events.addAll(coder.code(sentence, graph, triggers));
        }
        return document.with(Layers.EVENTS, new EventLayer(EventMerger.merge(events, coder.anaphoricTriggers())), provenance(Layers.EVENTS));
    }

    static boolean sameActors(List<EventActor> a, List<EventActor> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        EventActor x = a.get(0);
        EventActor y = b.get(0);
        return x.entityId() != null && x.entityId().equals(y.entityId())
                || x.text().equalsIgnoreCase(y.text()) || x.kind() == y.kind() && x.entityId() == null
                && y.entityId() == null && GROUPS.contains(x.kind());
    }
}
