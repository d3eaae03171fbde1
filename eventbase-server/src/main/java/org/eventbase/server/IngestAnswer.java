package org.eventbase.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What {@code POST /api/v1/ingest} did: counts and one item per input read (an uploaded file gives one, or one per
 * JSONL line; a feed URL one per item page). Example JSON: {@code {"new":1,"replaced":0,"duplicate":0,"failed":0,
 * "skipped":0,"items":[{"input":"upload:3f2a…/flood.html","outcome":"new","article_id":"5d0c9a1e2b7f4a10"}]}}.
 *
 * @param skipped feed items not fetched because their URL is already stored
 */
public record IngestAnswer(@JsonProperty("new") long added, long replaced, long duplicate, long failed, long skipped,
        List<Item> items) {
    /**
     * One input's outcome: {@code new}, {@code replaced}, {@code duplicate} (with the stored article's id when known)
     * or {@code failed} (with the reason).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String input, String outcome, String articleId, String reason) {}

    public IngestAnswer {
        items = List.copyOf(items);
    }
}
