package org.eventbase.event;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.eventbase.model.Article;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventType;
import org.eventbase.model.OffsetMap;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;

/**
 * A test kit for counts and events: give text and a publication date, get the document with its counts and
 * events, look an event up by type and trigger word or a count up by kind and number. Models load once per JVM.
 * Example: {@code assertThat(sources(event(doc, ASSAULT, "stormed"))).containsExactly("gunmen")}.
 */
public final class EventAssertions {
    private EventAssertions() {}

    private static final class Shared {
        /** The standard pipeline, so that events are tested with every layer they read (places included). */
        static final Pipeline PIPELINE = ArticleExtractor.standard().pipeline();
    }

    /** Runs the stages up to events on {@code text}, published on {@code published} (ISO date, or null). */
    public static Document extract(String text, String published) {
        Article article = new Article("test", "test", null, null, null, null, null, published, "en", text,
                OffsetMap.identity(text.length()));
        return Shared.PIPELINE.run(Document.of(article));
    }

    public static List<Event> events(Document doc) {
        return doc.layer(Layers.EVENTS).events();
    }

    public static List<Count> counts(Document doc) {
        return doc.layer(Layers.COUNTS).counts();
    }

    /** The event of {@code type} whose trigger contains {@code trigger}; fails listing the events otherwise. */
    public static Event event(Document doc, EventType type, String trigger) {
        return events(doc).stream()
                .filter(e -> e.type() == type && e.trigger().toLowerCase().contains(trigger.toLowerCase()))
                .findFirst()
                .orElseGet(() -> fail("no %s event triggered by '%s' among %s", type, trigger, describe(doc)));
    }

    /** The count of {@code kind} with minimum {@code min}; fails listing the counts otherwise. */
    public static Count count(Document doc, CountKind kind, int min) {
        return counts(doc).stream()
                .filter(c -> c.kind() == kind && c.min() == min)
                .findFirst()
                .orElseGet(() -> fail("no %s count of %d among %s", kind, min, describe(doc)));
    }

    public static List<String> sources(Event e) {
        return e.sources().stream().map(EventActor::text).toList();
    }

    public static List<String> targets(Event e) {
        return e.targets().stream().map(EventActor::text).toList();
    }

    public static String describe(Document doc) {
        String counts = counts(doc).stream()
                .map(c -> c.id() + " " + c.kind() + " " + c.min() + ".." + c.max() + " «" + c.text() + "» victims="
                        + c.victims() + " claimant=" + (c.claimant() == null ? null : c.claimant().name()
                        + (c.claimant().reportedBy() == null ? "" : " via " + c.claimant().reportedBy()))
                        + (c.historical() ? " HISTORICAL" : ""))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        String events = events(doc).stream()
                .map(e -> e.id() + " " + e.type() + "/" + e.mode() + " «" + e.trigger() + "» src=" + actors(e.sources())
                        + " tgt=" + actors(e.targets()) + " place=" + (e.place() == null ? null : e.place().text()
                        + (e.place().placeId() == null ? "" : "#" + e.place().placeId()))
                        + " time=" + (e.time() == null ? null : e.time().text() + "→" + e.time().value())
                        + " acled=" + (e.acled() == null ? null : e.acled().eventType() + "/"
                        + e.acled().subEventType()) + " counts=" + e.countIds() + " claimant="
                        + (e.claimant() == null ? null : e.claimant().name()) + " " + flags(e) + " conf="
                        + e.confidence() + " evidence=" + e.evidence().size())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        return counts + events;
    }

    private static String actors(List<EventActor> actors) {
        return actors.stream().map(a -> a.text() + ":" + a.kind() + (a.entityId() == null ? "" : "#" + a.entityId()))
                .toList().toString();
    }

    private static String flags(Event e) {
        return (e.modality().hypothetical() ? "HYPOTHETICAL " : "") + (e.modality().negated() ? "NEGATED " : "")
                + (e.modality().historical() ? "HISTORICAL " : "") + (e.modality().reported() ? "REPORTED" : "");
    }
}
