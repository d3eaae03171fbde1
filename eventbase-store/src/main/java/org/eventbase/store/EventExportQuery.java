package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventbase.model.Count;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventLayer;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.Span;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Streams the events a filter selects, each with its whole article context, in pages of event keys (keyset
 * pagination by article and event id), so that memory stays flat however large the store: at most one page of
 * keys and one article are held at a time. Example:
 * {@code new EventExportQuery(c, Vendor.SQLITE, 500).forEach(EventFilter.ALL.withCountry("CL"), false, writer::write)}.
 */
final class EventExportQuery {
    static final int PAGE = 500;

    private final Connection c;
    private final Vendor vendor;
    private final int page;
    private final DocumentReader reader;
    private ArticleContext current;

    EventExportQuery(Connection connection, Vendor vendor, int pageSize) {
        this.c = connection;
        this.vendor = vendor;
        this.page = pageSize;
        this.reader = new DocumentReader(connection);
    }

    /** Hands every selected event to {@code sink}, ordered by article id then event id; at most the filter's limit. */
    void forEach(EventFilter filter, boolean includeRejected, Consumer<StoredEvent> sink) {
        List<Object> filterArgs = new ArrayList<>();
        String where = EventQuery.where(filter, vendor, filterArgs);
        if (!includeRejected && !"rejected".equals(filter.review())) {
            where += " AND (rv.status IS NULL OR rv.status <> 'rejected')";
        }
        String sql = "SELECT e.article_id, e.event_id, e.day_from, e.day_to, rv.status, rv.corrected_fields, "
                + "rv.reviewer, rv.reason, rv.reviewed_at, rv.revision " + EventQuery.FROM + where
                + " AND (e.article_id > ? OR (e.article_id = ? AND e.event_id > ?))"
                + " ORDER BY e.article_id, e.event_id LIMIT " + page;
        String lastArticle = "";
        String lastEvent = "";
        long left = Math.max(0, filter.limit());
        try {
            while (left > 0) {
                List<KeyRow> keys = keys(sql, filterArgs, lastArticle, lastEvent);
                for (KeyRow row : keys) {
                    if (left-- <= 0) {
                        break;
                    }
                    stored(row).ifPresent(sink);
                }
                if (keys.size() < page) {
                    break;
                }
                lastArticle = keys.get(keys.size() - 1).key().articleId();
                lastEvent = keys.get(keys.size() - 1).key().eventId();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read events to export (" + JdbcStore.rootMessage(e) + ")", e);
        }
    }

    private record KeyRow(EventKey key, String dayFrom, String dayTo, EventReview review) {}

    private List<KeyRow> keys(String sql, List<Object> filterArgs, String lastArticle, String lastEvent)
            throws SQLException {
        List<KeyRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object arg : filterArgs) {
                s.setObject(i++, arg);
            }
            s.setString(i++, lastArticle);
            s.setString(i++, lastArticle);
            s.setString(i, lastEvent);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    EventKey key = new EventKey(r.getString(1), r.getString(2));
                    EventReview review = r.getString(5) == null ? null : new EventReview(key,
                            ReviewStatus.parse(r.getString(5)).orElseThrow(), ReviewLog.fromJson(r.getString(6)),
                            r.getString(7), r.getString(8), r.getString(9), r.getInt(10));
                    rows.add(new KeyRow(key, r.getString(3), r.getString(4), review));
                }
            }
        }
        return rows;
    }

    private java.util.Optional<StoredEvent> stored(KeyRow row) throws SQLException {
        ArticleContext article = article(row.key().articleId());
        Event event = article.events.get(row.key().eventId());
        if (event == null) {
            return java.util.Optional.empty();
        }
        Place place = event.place() == null || event.place().placeId() == null ? null
                : article.places.get(event.place().placeId());
        List<Count> counts = event.countIds().stream().map(article.counts::get)
                .filter(java.util.Objects::nonNull).toList();
        List<StoredEvent.Evidence> evidence = event.evidence().stream().map(span -> evidence(article, span)).toList();
        return java.util.Optional.of(new StoredEvent(row.key(), article.document.article(), article.pipelineVersion,
                article.document.provenance(), article.ingestedAt, event, place, counts, evidence, row.dayFrom(),
                row.dayTo(), row.review()));
    }

    private static StoredEvent.Evidence evidence(ArticleContext article, Span span) {
        String text = article.document.article().text();
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        int from = start;
        int to = end;
        for (int[] sentence : article.sentences) {
            if (sentence[0] < end && start < sentence[1] || sentence[0] == start && sentence[1] == end) {
                from = Math.min(from, sentence[0]);
                to = Math.max(to, sentence[1]);
            }
        }
        return new StoredEvent.Evidence(start, end, text.substring(start, end).strip(),
                text.substring(from, Math.min(to, text.length())).strip());
    }

    private ArticleContext article(String articleId) throws SQLException {
        if (current != null && current.id.equals(articleId)) {
            return current;
        }
        Document doc = reader.document(articleId).orElseThrow(() -> new StoreException(
                "article " + articleId + " vanished while exporting; run the export again", null));
        String pipelineVersion;
        String ingestedAt;
        try (PreparedStatement s = c.prepareStatement("SELECT pipeline_version, ingested_at FROM articles WHERE id = ?")) {
            s.setString(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                pipelineVersion = r.getString(1);
                ingestedAt = r.getString(2);
            }
        }
        List<int[]> sentences = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT start_offset, end_offset FROM sentences WHERE article_id = ? ORDER BY idx")) {
            s.setString(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sentences.add(new int[] {r.getInt(1), r.getInt(2)});
                }
            }
        }
        current = new ArticleContext(articleId, doc, pipelineVersion, ingestedAt, sentences,
                byId(doc.find(Layers.EVENTS).map(EventLayer::events).orElse(List.of()), Event::id),
                byId(doc.find(Layers.PLACES).map(PlaceLayer::places).orElse(List.of()), Place::id),
                byId(doc.find(Layers.COUNTS).map(CountLayer::counts).orElse(List.of()), Count::id));
        return current;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    }

    private record ArticleContext(String id, Document document, String pipelineVersion, String ingestedAt,
            List<int[]> sentences, Map<String, Event> events, Map<String, Place> places, Map<String, Count> counts) {}
}
