package org.eventbase.model;

/**
 * One article as a reader found it, before cleaning: decoded content plus whatever metadata the container gave.
 * Example: a JSONL line becomes {@code new RawArticle("dump.jsonl:12", TEXT, "...", metadataFromFields)}.
 *
 * @param input   a name for the input a user recognises in an error message: a path, or path:line for JSONL
 * @param content the decoded raw content; offsets in {@link OffsetMap} point into it
 */
public record RawArticle(String input, ContentFormat format, String content, ArticleMetadata metadata) {
    public RawArticle {
        metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    }
}
