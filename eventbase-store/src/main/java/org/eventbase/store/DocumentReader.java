package org.eventbase.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.Attribute;
import org.eventbase.model.Claimant;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventTime;
import org.eventbase.model.EventType;
import org.eventbase.model.Mention;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Role;
import org.eventbase.model.Span;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Reads a stored article back into a {@link Document} with the layers its stages made (all but the NLP tokens),
 * the inverse of {@link DocumentWriter}. Example: {@code new DocumentReader(connection).document("5d0c9a1e2b7f4a10")}.
 */
final class DocumentReader {
    private final Connection c;

    DocumentReader(Connection connection) {
        this.c = connection;
    }

    Optional<Document> document(String id) throws SQLException {
        Article article;
        List<Provenance> stages;
        try (PreparedStatement s = c.prepareStatement("SELECT input, url, title, byline, publisher, syndicator, "
                + "published, language, text, source_map, stages FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                article = new Article(id, r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        json(r.getString(10), new TypeReference<OffsetMap>() {}));
                stages = json(r.getString(11), new TypeReference<List<Provenance>>() {});
            }
        }
        Document doc = Document.of(article);
        for (Provenance p : stages) {
            switch (p.layer()) {
                case "entities" -> doc = doc.with(Layers.ENTITIES, new EntityLayer(entities(id)), p);
                case "times" -> doc = doc.with(Layers.TIMES, new TimeLayer(times(id)), p);
                case "quotes" -> doc = doc.with(Layers.QUOTES, new QuoteLayer(quotes(id)), p);
                case "places" -> doc = doc.with(Layers.PLACES, new PlaceLayer(places(id)), p);
                case "counts" -> doc = doc.with(Layers.COUNTS, new CountLayer(counts(id)), p);
                case "events" -> doc = doc.with(Layers.EVENTS, new EventLayer(events(id)), p);
                default -> { } // the NLP layer's tokens are not stored
            }
        }
        return Optional.of(doc);
    }

    /** The raw input of a stored article, for re-extraction. */
    static ArticleSource source(ResultSet r) throws SQLException {
        ArticleMetadata metadata = json(r.getString("raw_metadata"), new TypeReference<ArticleMetadata>() {});
        RawArticle raw = new RawArticle(r.getString("input"), ContentFormat.valueOf(r.getString("raw_format")),
                r.getString("raw_content"), metadata);
        return new ArticleSource(raw, r.getString("content_hash"));
    }

    private List<Entity> entities(String id) throws SQLException {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        query("SELECT entity_id, start_offset, end_offset, text FROM mentions WHERE article_id = ? "
                + "ORDER BY entity_id, start_offset", id, r -> mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(new Mention(r.getInt(2), r.getInt(3), r.getString(4))));
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        query("SELECT entity_id, title, of_text, of_entity_id, evidence_start, evidence_end FROM entity_roles "
                + "WHERE article_id = ? ORDER BY entity_id, ordinal", id, r -> roles.computeIfAbsent(r.getString(1),
                k -> new ArrayList<>()).add(new Role(r.getString(2), r.getString(3), r.getString(4), span(r, 5))));
        Map<String, List<Attribute>> attributes = new LinkedHashMap<>();
        query("SELECT entity_id, name, value, evidence_start, evidence_end FROM entity_attributes "
                + "WHERE article_id = ? ORDER BY entity_id, ordinal", id, r -> attributes.computeIfAbsent(
                r.getString(1), k -> new ArrayList<>()).add(new Attribute(r.getString(2), r.getString(3), span(r, 4))));
        List<Entity> entities = new ArrayList<>();
        query("SELECT entity_id, name, kind, aliases FROM entities WHERE article_id = ?", id, r -> {
            String e = r.getString(1);
            entities.add(new Entity(e, r.getString(2), EntityKind.valueOf(r.getString(3)),
                    json(r.getString(4), new TypeReference<List<String>>() {}), roles.getOrDefault(e, List.of()),
                    attributes.getOrDefault(e, List.of()), mentions.getOrDefault(e, List.of())));
        });
        entities.sort(java.util.Comparator.comparingInt(e -> localNumber(e.id())));
        return entities;
    }

    private List<TimeRef> times(String id) throws SQLException {
        List<TimeRef> times = new ArrayList<>();
        query("SELECT text, start_offset, end_offset, value, time_precision, anchor, resolved, reason FROM times "
                + "WHERE article_id = ? ORDER BY ordinal", id, r -> times.add(new TimeRef(r.getString(1), span(r, 2),
                r.getString(4), enumOf(TimePrecision.class, r.getString(5)), r.getString(6), r.getBoolean(7),
                r.getString(8))));
        return times;
    }

    private List<Quote> quotes(String id) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        query("SELECT quote_id, kind, start_offset, end_offset, text, speaker_id, speaker_text, speaker_start, "
                + "speaker_end, speaker_reason, verb, channel, describes, continues FROM quotes WHERE article_id = ?",
                id, r -> quotes.add(new Quote(r.getString(1), QuoteKind.valueOf(r.getString(2)), span(r, 3),
                        r.getString(5), r.getString(6), r.getString(7), span(r, 8), r.getString(10), r.getString(11),
                        r.getString(12), r.getString(13), r.getString(14))));
        quotes.sort(java.util.Comparator.comparingInt(q -> localNumber(q.id())));
        return quotes;
    }

    private List<Place> places(String id) throws SQLException {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        query("SELECT place_id, start_offset, end_offset, text FROM place_mentions WHERE article_id = ? "
                + "ORDER BY place_id, start_offset", id, r -> mentions.computeIfAbsent(r.getString(1),
                k -> new ArrayList<>()).add(new Mention(r.getInt(2), r.getInt(3), r.getString(4))));
        List<Place> places = new ArrayList<>();
        query("SELECT place_id, name, geoname_id, lat, lon, feature_class, feature_code, country_code, admin1_code, "
                + "population, place_precision, entity_id, reason FROM places WHERE article_id = ?", id,
                r -> places.add(new Place(r.getString(1), r.getString(2), longOrNull(r, 3), doubleOrNull(r, 4),
                        doubleOrNull(r, 5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getLong(10), enumOf(PlacePrecision.class, r.getString(11)), r.getString(12),
                        mentions.getOrDefault(r.getString(1), List.of()), r.getString(13))));
        places.sort(java.util.Comparator.comparingInt(p -> localNumber(p.id())));
        return places;
    }

    private List<Count> counts(String id) throws SQLException {
        Map<String, Claimant> claimants = claimants(id, "count");
        List<Count> counts = new ArrayList<>();
        query("SELECT count_id, kind, min_value, max_value, text, start_offset, end_offset, victims, "
                + "evidence_start, evidence_end, historical FROM counts WHERE article_id = ?", id,
                r -> counts.add(new Count(r.getString(1), CountKind.valueOf(r.getString(2)), r.getInt(3),
                        intOrNull(r, 4), r.getString(5), span(r, 6), r.getString(8), claimants.get(r.getString(1)),
                        span(r, 9), r.getBoolean(11))));
        counts.sort(java.util.Comparator.comparingInt(n -> localNumber(n.id())));
        return counts;
    }

    private List<Event> events(String id) throws SQLException {
        Map<String, Claimant> claimants = claimants(id, "event");
        Map<String, List<EventActor>> sources = new LinkedHashMap<>();
        Map<String, List<EventActor>> targets = new LinkedHashMap<>();
        query("SELECT event_id, actor_role, text, entity_id, start_offset, end_offset, kind FROM event_actors "
                + "WHERE article_id = ? ORDER BY event_id, actor_role, ordinal", id, r -> ("SOURCE".equals(
                r.getString(2)) ? sources : targets).computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(new EventActor(r.getString(3), r.getString(4), span(r, 5), ActorKind.valueOf(r.getString(7)))));
        Map<String, List<String>> countIds = new LinkedHashMap<>();
        query("SELECT event_id, count_id FROM event_counts WHERE article_id = ? ORDER BY event_id, count_id", id,
                r -> countIds.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
        Map<String, List<Span>> evidence = new LinkedHashMap<>();
        query("SELECT event_id, start_offset, end_offset FROM event_evidence WHERE article_id = ? "
                + "ORDER BY event_id, ordinal", id, r -> evidence.computeIfAbsent(r.getString(1),
                k -> new ArrayList<>()).add(new Span(r.getInt(2), r.getInt(3))));
        List<Event> events = new ArrayList<>();
        query("SELECT event_id, event_type, mode, acled_event_type, acled_sub_event_type, trigger_text, "
                + "trigger_start, trigger_end, place_text, place_id, place_entity_id, place_start, place_end, "
                + "time_text, time_value, time_precision, time_start, time_end, hypothetical, negated, historical, "
                + "reported, confidence FROM events WHERE article_id = ?", id, r -> {
                    String e = r.getString(1);
                    AcledCategory acled = r.getString(4) == null ? null
                            : new AcledCategory(r.getString(4), r.getString(5));
                    EventPlace place = r.getString(9) == null && r.getString(10) == null ? null
                            : new EventPlace(r.getString(9), r.getString(10), r.getString(11), span(r, 12));
                    EventTime time = r.getString(14) == null && r.getString(15) == null ? null
                            : new EventTime(r.getString(14), r.getString(15),
                                    enumOf(TimePrecision.class, r.getString(16)), span(r, 17));
                    events.add(new Event(e, EventType.valueOf(r.getString(2)), r.getString(3), acled, r.getString(6),
                            span(r, 7), sources.getOrDefault(e, List.of()), targets.getOrDefault(e, List.of()),
                            place, time, countIds.getOrDefault(e, List.of()),
                            new EventModality(r.getBoolean(19), r.getBoolean(20), r.getBoolean(21), r.getBoolean(22)),
                            claimants.get(e), r.getDouble(23), evidence.getOrDefault(e, List.of())));
                });
        events.sort(java.util.Comparator.comparingInt(e -> localNumber(e.id())));
        return events;
    }

    private Map<String, Claimant> claimants(String id, String kind) throws SQLException {
        Map<String, Claimant> claimants = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject_id, claimant, claimant_entity_id, reported_by, "
                + "reported_by_entity_id, evidence_start, evidence_end FROM claims WHERE article_id = ? "
                + "AND subject_kind = ?")) {
            s.setString(1, id);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    claimants.put(r.getString(1), new Claimant(r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), span(r, 6)));
                }
            }
        }
        return claimants;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, String id, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    /** The number in a local id such as {@code e12} or {@code ev3}, for text order. */
    private static int localNumber(String localId) {
        int i = localId.length();
        while (i > 0 && Character.isDigit(localId.charAt(i - 1))) {
            i--;
        }
        return i == localId.length() ? 0 : Integer.parseInt(localId.substring(i));
    }

    private static Span span(ResultSet r, int startColumn) throws SQLException {
        Integer start = intOrNull(r, startColumn);
        Integer end = intOrNull(r, startColumn + 1);
        return start == null || end == null ? null : new Span(start, end);
    }

    static Integer intOrNull(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    static Double doubleOrNull(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return DocumentWriter.JSON.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable: " + text, e);
        }
    }
}
