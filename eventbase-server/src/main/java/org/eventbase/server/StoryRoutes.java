package org.eventbase.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.StorySummary;
import org.eventbase.story.ClaimSummary;
import org.eventbase.story.CountClaim;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;

/**
 * The API's story endpoints: the stories, newest last day first, paged like every list, and one story (by its id or
 * the id of any of its articles) with its articles marked canonical or copy, the timeline of merged events with
 * every source and evidence sentence, and each kind of count's claims side by side with range, latest and most
 * cited figure. Example: {@code GET /api/v1/stories?limit=20}; {@code GET /api/v1/stories/5d0c9a1e2b7f4a10}.
 */
final class StoryRoutes {
    private final GuardedStore store;

    StoryRoutes(GuardedStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get(ReadRoutes.API + "/stories", this::stories);
        app.get(ReadRoutes.API + "/stories/{id}", this::story);
    }

    private void stories(Context ctx) {
        QueryParams q = new QueryParams(ctx);
        int offset = q.offset();
        int limit = q.limit(50, 200);
        q.check();
        List<StorySummary> rows = store.use(s -> s.stories(offset + limit + 1));
        ctx.json(Page.slice(rows, offset, limit));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new ApiException(400, "'" + id + "' is not a story or article id (16 hex digits); list stories at "
                    + ReadRoutes.API + "/stories");
        }
        Story story = store.use(s -> s.story(id)).orElseThrow(() -> new ApiException(404, "no story and no article "
                + id + "; list stories at " + ReadRoutes.API + "/stories"));
        ctx.json(tree(story));
    }

    /** The story as JSON, with the marks its records compute: copy, conflicting, and each claim's figure. */
    static ObjectNode tree(Story story) {
        ObjectMapper json = DocumentJson.mapper();
        ObjectNode tree = json.valueToTree(story);
        ArrayNode articles = (ArrayNode) tree.get("articles");
        for (int i = 0; i < story.articles().size(); i++) {
            StoryArticle a = story.articles().get(i);
            ((ObjectNode) articles.get(i)).put("copy", a.duplicate());
        }
        ArrayNode timeline = (ArrayNode) tree.get("timeline");
        for (int i = 0; i < story.timeline().size(); i++) {
            MergedEvent e = story.timeline().get(i);
            ObjectNode event = (ObjectNode) timeline.get(i);
            event.put("conflicting", e.conflicting());
            ArrayNode claims = (ArrayNode) event.get("claims");
            for (int k = 0; k < e.claims().size(); k++) {
                ClaimSummary summary = e.claims().get(k);
                ObjectNode node = (ObjectNode) claims.get(k);
                ArrayNode each = (ArrayNode) node.get("claims");
                for (int c = 0; c < summary.claims().size(); c++) {
                    ((ObjectNode) each.get(c)).put("figure", summary.claims().get(c).figure());
                }
                CountClaim latest = summary.latest();
                ((ObjectNode) node.get("latest")).put("figure", latest.figure());
            }
        }
        return tree;
    }
}
