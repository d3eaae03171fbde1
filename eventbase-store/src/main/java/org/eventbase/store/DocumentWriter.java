package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.Article;
import org.eventbase.model.Attribute;
import org.eventbase.model.Claimant;
import org.eventbase.model.Count;
import org.eventbase.model.Entity;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.Mention;
import org.eventbase.model.Place;
import org.eventbase.model.Quote;
import org.eventbase.model.Role;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Writes one document's rows, layer by layer, inside the caller's transaction: the article, its sentences,
 * entities with mentions, roles and attributes, times, quotes, and (when present) places, counts, events with
 * their actors, counts and evidence, and the claims behind counts and events. A layer the document lacks writes no
 * rows. Example: {@code new DocumentWriter(connection, vendor).write(doc, source, version, now)}.
 */
final class DocumentWriter {
    static final ObjectMapper JSON = DocumentJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Connection c;
    private final Vendor vendor;

    DocumentWriter(Connection connection, Vendor vendor) {
        this.c = connection;
        this.vendor = vendor;
    }

    void write(Document doc, ArticleSource source, String pipelineVersion, String now) throws SQLException {
        Article a = doc.article();
        try (BatchInsert articles = new BatchInsert(c, "articles", "id", "input", "content_hash", "url",
                "title", "byline", "publisher", "syndicator", "published", "published_day", "language", "text",
                "source_map", "pipeline_version", "stages", "raw_format", "raw_content", "raw_metadata",
                "ingested_at")) {
            articles.row(a.id(), a.input(), source.contentHash(), a.url(), a.title(), a.byline(),
                    a.publisher(), a.syndicator(), a.published(), publishedDay(a.published()).orElse(null),
                    a.language(), a.text(), json(a.sourceMap()), pipelineVersion, json(doc.provenance()),
                    source.raw().format().name(), source.raw().content(), json(source.raw().metadata()), now);
            articles.run();
        }
        if (vendor == Vendor.SQLITE) {
            try (BatchInsert search = new BatchInsert(c, "article_search", "article_id", "title", "text")) {
                search.row(a.id(), a.title(), a.text());
                search.run();
            }
        }
        sentences(doc);
        doc.find(Layers.ENTITIES).ifPresent(layer -> unchecked(() -> entities(a.id(), layer.entities())));
        doc.find(Layers.TIMES).ifPresent(layer -> unchecked(() -> times(a.id(), layer.times())));
        doc.find(Layers.QUOTES).ifPresent(layer -> unchecked(() -> quotes(a.id(), layer.quotes())));
        doc.find(Layers.PLACES).ifPresent(layer -> unchecked(() -> places(a.id(), layer.places())));
        doc.find(Layers.COUNTS).ifPresent(layer -> unchecked(() -> counts(a.id(), layer.counts())));
        String publishedDay = publishedDay(a.published()).orElse(null);
        doc.find(Layers.EVENTS).ifPresent(layer -> unchecked(() -> events(a.id(), layer.events(), publishedDay)));
        doc.find(Layers.EVENTS).ifPresent(layer -> unchecked(() -> eventSearch(doc, layer.events())));
    }

    /**
     * One {@code event_search} row per event, for the word filters: its actors (text, and the linked entity's name)
     * and the text of the sentences its evidence spans overlap. Migration V8 fills the same rows for older stores.
     */
    private void eventSearch(Document doc, List<Event> events) throws SQLException {
        String text = doc.article().text();
        List<Sentence> sentences = doc.find(Layers.NLP).map(n -> n.sentences()).orElse(List.of());
        Map<String, String> names = new HashMap<>();
        doc.find(Layers.ENTITIES).ifPresent(layer -> layer.entities().forEach(e -> names.put(e.id(), e.name())));
        try (BatchInsert rows = new BatchInsert(c, "event_search", "article_id", "event_id", "actors", "evidence")) {
            for (Event e : events) {
                List<String> actors = new ArrayList<>();
                for (EventActor actor : concat(e.sources(), e.targets())) {
                    String name = actor.entityId() == null ? null : names.get(actor.entityId());
                    actors.add(name == null ? actor.text() : actor.text() + " " + name);
                }
                List<String> evidence = new ArrayList<>();
                for (Sentence s : sentences) {
                    if (e.evidence().stream().anyMatch(span -> s.start() < span.end() && span.start() < s.end())) {
                        evidence.add(text.substring(s.start(), s.end()));
                    }
                }
                rows.row(doc.article().id(), e.id(), String.join(" ; ", actors), String.join(" ", evidence));
            }
            rows.run();
        }
    }

    private static List<EventActor> concat(List<EventActor> a, List<EventActor> b) {
        List<EventActor> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Optional<String> publishedDay(String published) {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)).toString());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void sentences(Document doc) throws SQLException {
        Optional<List<Sentence>> sentences = doc.find(Layers.NLP).map(n -> n.sentences());
        if (sentences.isEmpty()) {
            return;
        }
        String text = doc.article().text();
        try (BatchInsert rows = new BatchInsert(c, "sentences", "article_id", "idx", "start_offset", "end_offset", "text");
                BatchInsert search = vendor == Vendor.SQLITE
                        ? new BatchInsert(c, "sentence_search", "article_id", "idx", "text") : null) {
            for (Sentence s : sentences.get()) {
                String sentence = text.substring(s.start(), s.end());
                rows.row(doc.article().id(), s.index(), s.start(), s.end(), sentence);
                if (search != null) {
                    search.row(doc.article().id(), s.index(), sentence);
                }
            }
            rows.run();
            if (search != null) {
                search.run();
            }
        }
    }

    private void entities(String id, List<Entity> entities) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "entities", "article_id", "entity_id", "name", "kind", "aliases");
                BatchInsert mentions = new BatchInsert(c, "mentions", "article_id", "entity_id", "start_offset",
                        "end_offset", "text");
                BatchInsert roles = new BatchInsert(c, "entity_roles", "article_id", "entity_id", "ordinal", "title",
                        "of_text", "of_entity_id", "evidence_start", "evidence_end");
                BatchInsert attributes = new BatchInsert(c, "entity_attributes", "article_id", "entity_id", "ordinal",
                        "name", "value", "evidence_start", "evidence_end")) {
            for (Entity e : entities) {
                rows.row(id, e.id(), e.name(), e.kind().name(), json(e.aliases()));
                for (Mention m : e.mentions()) {
                    mentions.row(id, e.id(), m.start(), m.end(), m.text());
                }
                for (int i = 0; i < e.roles().size(); i++) {
                    Role r = e.roles().get(i);
                    roles.row(id, e.id(), i, r.title(), r.of(), r.ofEntityId(), start(r.evidence()), end(r.evidence()));
                }
                for (int i = 0; i < e.attributes().size(); i++) {
                    Attribute at = e.attributes().get(i);
                    attributes.row(id, e.id(), i, at.name(), at.value(), start(at.evidence()), end(at.evidence()));
                }
            }
            rows.run();
            mentions.run();
            roles.run();
            attributes.run();
        }
    }

    private void times(String id, List<TimeRef> times) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "times", "article_id", "ordinal", "text", "start_offset",
                "end_offset", "value", "time_precision", "anchor", "resolved", "reason")) {
            for (int i = 0; i < times.size(); i++) {
                TimeRef t = times.get(i);
                rows.row(id, i, t.text(), t.span().start(), t.span().end(), t.value(), name(t.precision()), t.anchor(),
                        t.resolved(), t.reason());
            }
            rows.run();
        }
    }

    private void quotes(String id, List<Quote> quotes) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "quotes", "article_id", "quote_id", "kind", "start_offset",
                "end_offset", "text", "speaker_id", "speaker_text", "speaker_start", "speaker_end", "speaker_reason",
                "verb", "channel", "describes", "continues")) {
            for (Quote q : quotes) {
                rows.row(id, q.id(), q.kind().name(), q.span().start(), q.span().end(), q.text(), q.speakerId(),
                        q.speakerText(), start(q.speakerSpan()), end(q.speakerSpan()), q.speakerReason(), q.verb(),
                        q.channel(), q.describes(), q.continues());
            }
            rows.run();
        }
    }

    private void places(String id, List<Place> places) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "places", "article_id", "place_id", "name", "geoname_id", "lat",
                "lon", "feature_class", "feature_code", "country_code", "admin1_code", "population", "place_precision",
                "entity_id", "reason");
                BatchInsert mentions = new BatchInsert(c, "place_mentions", "article_id", "place_id", "start_offset",
                        "end_offset", "text")) {
            for (Place p : places) {
                rows.row(id, p.id(), p.name(), p.geonameId(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                        p.countryCode() == null ? null : p.countryCode().toUpperCase(Locale.ROOT),
                        p.admin1Code(), p.population(), name(p.precision()), p.entityId(), p.reason());
                for (Mention m : p.mentions()) {
                    mentions.row(id, p.id(), m.start(), m.end(), m.text());
                }
            }
            rows.run();
            mentions.run();
        }
    }

    private void counts(String id, List<Count> counts) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "counts", "article_id", "count_id", "kind", "min_value",
                "max_value", "text", "start_offset", "end_offset", "victims", "evidence_start", "evidence_end",
                "historical");
                BatchInsert claims = claims()) {
            for (Count n : counts) {
                rows.row(id, n.id(), n.kind().name(), n.min(), n.max(), n.text(), n.span().start(), n.span().end(),
                        n.victims(), start(n.evidence()), end(n.evidence()), n.historical());
                claim(claims, id, "count", n.id(), n.claimant());
            }
            rows.run();
            claims.run();
        }
    }

    private void events(String id, List<Event> events, String publishedDay) throws SQLException {
        try (BatchInsert rows = new BatchInsert(c, "events", "article_id", "event_id", "event_type", "mode",
                "acled_event_type", "acled_sub_event_type", "trigger_text", "trigger_start", "trigger_end",
                "place_text", "place_id", "place_entity_id", "place_start", "place_end", "time_text", "time_value",
                "time_precision", "time_start", "time_end", "day_from", "day_to", "hypothetical", "negated",
                "historical", "reported", "confidence");
                BatchInsert actors = new BatchInsert(c, "event_actors", "article_id", "event_id", "actor_role",
                        "ordinal", "text", "entity_id", "start_offset", "end_offset", "kind");
                BatchInsert eventCounts = new BatchInsert(c, "event_counts", "article_id", "event_id", "count_id");
                BatchInsert evidence = new BatchInsert(c, "event_evidence", "article_id", "event_id", "ordinal",
                        "start_offset", "end_offset");
                BatchInsert claims = claims()) {
            for (Event e : events) {
                var place = e.place();
                var time = e.time();
                EventModality modality = e.modality() == null ? EventModality.ASSERTED : e.modality();
                Optional<TimexDays> days = TimexDays.of(time == null ? null : time.value());
                if (days.isEmpty() && publishedDay != null) {
                    days = TimexDays.of(publishedDay);
                }
                rows.row(id, e.id(), e.type().name(), e.mode(),
                        e.acled() == null ? null : e.acled().eventType(),
                        e.acled() == null ? null : e.acled().subEventType(),
                        e.trigger(), start(e.triggerSpan()), end(e.triggerSpan()),
                        place == null ? null : place.text(), place == null ? null : place.placeId(),
                        place == null ? null : place.entityId(),
                        place == null ? null : start(place.span()), place == null ? null : end(place.span()),
                        time == null ? null : time.text(), time == null ? null : time.value(),
                        time == null ? null : name(time.precision()),
                        time == null ? null : start(time.span()), time == null ? null : end(time.span()),
                        days.map(d -> d.from().toString()).orElse(null), days.map(d -> d.to().toString()).orElse(null),
                        modality.hypothetical(), modality.negated(), modality.historical(), modality.reported(),
                        e.confidence());
                actors(actors, id, e.id(), "SOURCE", e.sources());
                actors(actors, id, e.id(), "TARGET", e.targets());
                for (String countId : e.countIds()) {
                    eventCounts.row(id, e.id(), countId);
                }
                for (int i = 0; i < e.evidence().size(); i++) {
                    evidence.row(id, e.id(), i, e.evidence().get(i).start(), e.evidence().get(i).end());
                }
                claim(claims, id, "event", e.id(), e.claimant());
            }
            rows.run();
            actors.run();
            eventCounts.run();
            evidence.run();
            claims.run();
        }
    }

    private static void actors(BatchInsert actors, String id, String eventId, String role, List<EventActor> list)
            throws SQLException {
        for (int i = 0; i < list.size(); i++) {
            EventActor a = list.get(i);
            actors.row(id, eventId, role, i, a.text(), a.entityId(), start(a.span()), end(a.span()), a.kind().name());
        }
    }

    private BatchInsert claims() throws SQLException {
        return new BatchInsert(c, "claims", "article_id", "subject_kind", "subject_id", "claimant",
                "claimant_entity_id", "reported_by", "reported_by_entity_id", "evidence_start", "evidence_end");
    }

    private static void claim(BatchInsert claims, String id, String kind, String subjectId, Claimant claimant)
            throws SQLException {
        if (claimant != null) {
            claims.row(id, kind, subjectId, claimant.name(), claimant.entityId(), claimant.reportedBy(),
                    claimant.reportedByEntityId(), start(claimant.evidence()), end(claimant.evidence()));
        }
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void unchecked(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Carries an {@link SQLException} out of a lambda; {@link JdbcStore} unwraps it. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
