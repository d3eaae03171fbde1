package org.eventbase.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.eventbase.json.DocumentJson;
import org.eventbase.json.DocumentJsonReader;
import org.eventbase.model.Article;
import org.eventbase.model.Claimant;
import org.eventbase.model.Count;
import org.eventbase.model.Entity;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.Mention;
import org.eventbase.model.Place;
import org.eventbase.model.Quote;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Span;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Turns one extracted document into its rows of each {@link OutputTable}, in the tables' column order. The
 * articles row keeps the full document JSON ({@link DocumentJson}), its sentence bounds and the raw input, so
 * that {@code eventbase import} can store exactly what ingesting the same article would.
 * Example: {@code DocumentRows.of(doc, raw).get(OutputTable.EVENTS)} has one row per event.
 */
final class DocumentRows {
    private DocumentRows() {}

    static Map<OutputTable, List<Row>> of(Document doc, RawArticle raw) {
        Article a = doc.article();
        String day = publishedDay(a.published());
        Map<OutputTable, List<Row>> rows = new EnumMap<>(OutputTable.class);
        rows.put(OutputTable.ARTICLES, List.of(RowFactory.create(a.id(), a.input(), a.url(), a.title(), a.byline(),
                a.publisher(), a.syndicator(), a.published(), a.language(), a.text(), DocumentJson.compact(doc),
                DocumentJsonReader.sentencesJson(doc), raw.format().name(), raw.content(),
                json(raw.metadata()), day)));
        List<Row> entities = new ArrayList<>();
        doc.find(Layers.ENTITIES).ifPresent(layer -> layer.entities().forEach(e -> entities.add(entity(a, e, day))));
        rows.put(OutputTable.ENTITIES, entities);
        List<Row> places = new ArrayList<>();
        doc.find(Layers.PLACES).ifPresent(layer -> layer.places().forEach(p -> places.add(place(a, p, day))));
        rows.put(OutputTable.PLACES, places);
        List<Row> quotes = new ArrayList<>();
        doc.find(Layers.QUOTES).ifPresent(layer -> layer.quotes().forEach(q -> quotes.add(quote(a, q, day))));
        rows.put(OutputTable.QUOTES, quotes);
        List<Row> counts = new ArrayList<>();
        doc.find(Layers.COUNTS).ifPresent(layer -> layer.counts().forEach(c -> counts.add(count(a, c, day))));
        rows.put(OutputTable.COUNTS, counts);
        List<Row> events = new ArrayList<>();
        doc.find(Layers.EVENTS).ifPresent(layer -> layer.events().forEach(e -> events.add(event(a, e, day))));
        rows.put(OutputTable.EVENTS, events);
        return rows;
    }

    /** The partition of an article: the day of its ISO publication date, or {@value OutputTable#UNKNOWN_DAY}. */
    static String publishedDay(String published) {
        if (published == null || published.length() < 10) {
            return OutputTable.UNKNOWN_DAY;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return OutputTable.UNKNOWN_DAY;
        }
    }

    private static Row entity(Article a, Entity e, String day) {
        List<Row> mentions = new ArrayList<>();
        for (Mention m : e.mentions()) {
            mentions.add(RowFactory.create(m.start(), m.end(), m.text()));
        }
        return RowFactory.create(a.id(), e.id(), e.name(), e.kind().name(), seq(e.aliases()), seq(mentions), day);
    }

    private static Row place(Article a, Place p, String day) {
        return RowFactory.create(a.id(), p.id(), p.name(), p.geonameId(), p.lat(), p.lon(), p.featureClass(),
                p.featureCode(), p.countryCode(), p.population(), name(p.precision()), p.entityId(),
                p.mentions().size(), p.reason(), day);
    }

    private static Row quote(Article a, Quote q, String day) {
        return RowFactory.create(a.id(), q.id(), name(q.kind()), q.text(), start(q.span()), end(q.span()),
                q.speakerId(), q.speakerText(), q.verb(), q.channel(), day);
    }

    private static Row count(Article a, Count c, String day) {
        return RowFactory.create(a.id(), c.id(), name(c.kind()), c.min(), c.max(), c.text(), c.victims(),
                claimant(c.claimant()), c.historical(), start(c.span()), end(c.span()), day);
    }

    private static Row event(Article a, Event e, String day) {
        List<Row> actors = new ArrayList<>();
        e.sources().forEach(actor -> actors.add(actor("source", actor)));
        e.targets().forEach(actor -> actors.add(actor("target", actor)));
        List<Row> evidence = new ArrayList<>();
        for (Span s : e.evidence()) {
            evidence.add(RowFactory.create(s.start(), s.end(), a.text().substring(s.start(), s.end())));
        }
        EventModality m = e.modality() == null ? EventModality.ASSERTED : e.modality();
        return RowFactory.create(a.id(), e.id(), name(e.type()), e.mode(),
                e.acled() == null ? null : e.acled().eventType(), e.acled() == null ? null : e.acled().subEventType(),
                e.trigger(), e.place() == null ? null : e.place().text(), e.place() == null ? null : e.place().placeId(),
                e.time() == null ? null : e.time().text(), e.time() == null ? null : e.time().value(),
                m.hypothetical(), m.negated(), m.historical(), m.reported(), claimant(e.claimant()), e.confidence(),
                seq(e.countIds()), seq(actors), seq(evidence), day);
    }

    private static Row actor(String role, EventActor actor) {
        return RowFactory.create(role, actor.text(), actor.entityId(), name(actor.kind()), start(actor.span()),
                end(actor.span()));
    }

    /** Spark's row encoder takes array columns as Scala sequences only. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    private static String claimant(Claimant claimant) {
        return claimant == null ? null : claimant.name();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    private static String json(Object value) {
        try {
            return DocumentJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
