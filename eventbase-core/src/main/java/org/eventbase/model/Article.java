package org.eventbase.model;

/**
 * A cleaned article: the text every span points into, and its metadata.
 * Example: {@code article.text().substring(span.start(), span.end())} is the evidence for a fact.
 *
 * @param id         stable id: a hash of the normalised text and URL, so the same input always gets the same id
 * @param input      where it was read from (path, path:line, URL)
 * @param language   ISO 639-1 code of the detected language, e.g. {@code en}
 * @param sourceMap  offsets of {@code text} back into the raw input
 */
public record Article(
        String id,
        String input,
        String url,
        String title,
        String byline,
        String publisher,
        String syndicator,
        String published,
        String language,
        String text,
        OffsetMap sourceMap) {}
