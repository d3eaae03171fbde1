package org.eventbase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.store.BoundingBox;
import org.eventbase.store.EventFilter;
import org.eventbase.store.EventKey;
import org.eventbase.store.EventRow;
import org.eventbase.store.SearchHit;

/**
 * The API's read endpoints: articles (with their entities, places, quotes and dates, and under {@code event_rows}
 * each event as the event list shows it, reviewed status and corrections included), events with every filter of
 * {@code eventbase events}, one event with its review history, and full-text search. Example:
 * {@code GET /api/v1/events?type=PROTEST&country=CL&from=2023-03-01&limit=50&offset=50}.
 */
final class ReadRoutes {
    static final String API = "/api/v1";

    private final GuardedStore store;

    ReadRoutes(GuardedStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get(API + "/articles", this::articles);
        app.get(API + "/articles/{id}", this::article);
        app.get(API + "/articles/{id}/entities", ctx -> ctx.json(Map.of("items",
                document(ctx).layer(Layers.ENTITIES).entities())));
        app.get(API + "/articles/{id}/places", ctx -> ctx.json(Map.of("items",
                document(ctx).find(Layers.PLACES).map(l -> (Object) l.places()).orElse(List.of()))));
        app.get(API + "/articles/{id}/quotes", ctx -> ctx.json(Map.of("items",
                document(ctx).find(Layers.QUOTES).map(l -> (Object) l.quotes()).orElse(List.of()))));
        app.get(API + "/articles/{id}/dates", ctx -> ctx.json(Map.of("items",
                document(ctx).find(Layers.TIMES).map(l -> (Object) l.times()).orElse(List.of()))));
        app.get(API + "/events", this::events);
        app.get(API + "/events/{id}", this::event);
        app.get(API + "/search", this::search);
    }

    /** The articles, ordered by input, with their title, date and how much was extracted. */
    private void articles(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        int offset = q.offset();
        int limit = q.limit(50, 200);
        q.check();
        ctx.json(store.use(s -> {
            Page<String> ids = Page.slice(s.articleIds(), offset, limit);
            List<ArticleSummary> items = ids.items().stream()
                    .map(id -> s.article(id).map(ArticleSummary::of).orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            return new Page<>(items, offset, limit, ids.hasMore(), ids.nextOffset());
        }));
    }

    private void article(Context ctx) {
        Document doc = document(ctx);
        ObjectNode tree = DocumentJson.toTree(doc);
        ObjectNode rows = tree.putObject("event_rows");
        store.use(s -> {
            doc.find(Layers.EVENTS).ifPresent(layer -> layer.events().forEach(e ->
                    s.event(new EventKey(doc.article().id(), e.id())).ifPresent(row ->
                            rows.set(e.id(), DocumentJson.mapper().valueToTree(row)))));
            return null;
        });
        ctx.json(tree);
    }

    private Document document(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new ApiException(400, "'" + id + "' is not an article id (16 hex digits); list articles at "
                    + API + "/articles");
        }
        return store.use(s -> s.article(id)).orElseThrow(() -> new ApiException(404, "no article " + id
                + "; list articles at " + API + "/articles"));
    }

    private void events(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        EventFilter filter = EventFilter.ALL.withDays(q.day("from"), q.day("to"))
                .withCountry(q.text("country"))
                .withPlace(q.text("place"))
                .withActor(q.text("actor"))
                .withText(q.text("text"))
                .withType(q.parsed("type", v -> EventType.valueOf(v.toUpperCase(java.util.Locale.ROOT)),
                        "use one of " + List.of(EventType.values())))
                .withBbox(q.parsed("bbox", BoundingBox::parse, "write minLon,minLat,maxLon,maxLat"))
                .withReview(q.parsed("review", v -> {
                    if (!EventFilter.REVIEW_VALUES.contains(v)) {
                        throw new IllegalArgumentException(v);
                    }
                    return v;
                }, "use one of " + EventFilter.REVIEW_VALUES));
        String country = q.text("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            q.problem("country", "'" + country + "' is not a two-letter ISO country code such as KE");
        }
        int offset = q.offset();
        int limit = q.limit(100, 1000);
        q.check();
        List<EventRow> rows = store.use(s -> s.events(filter.withLimit(offset + limit + 1)));
        ctx.json(Page.slice(rows, offset, limit));
    }

    private void event(Context ctx) {
        EventKey key = eventKey(ctx.pathParam("id"));
        EventRow row = store.use(s -> s.event(key)).orElseThrow(() -> new ApiException(404, "no event " + key
                + "; list events at " + API + "/events"));
        ctx.json(Map.of("event", row, "reviews", store.use(s -> s.reviews(key))));
    }

    static EventKey eventKey(String id) {
        return EventKey.parse(id).orElseThrow(() -> new ApiException(400, "'" + id
                + "' is not an event id; write ARTICLE-EVENT such as 5d0c9a1e2b7f4a10-ev2"));
    }

    private void search(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        String words = q.text("q");
        if (words == null) {
            q.problem("q", "missing; give the words to search for, e.g. ?q=tear+gas");
        }
        int limit = q.limit(20, 200);
        q.check();
        List<SearchHit> hits = store.use(s -> s.search(words, limit));
        ctx.json(Map.of("items", hits));
    }
}
