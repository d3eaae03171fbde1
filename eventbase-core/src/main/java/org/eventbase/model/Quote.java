package org.eventbase.model;

/**
 * One quotation in an article and who it is attributed to.
 * Example: {@code “We will not leave,” Ana Berg told Radio Nord.} gives
 * {@code Quote("q1", DIRECT, span, "We will not leave,", "e1", "Ana Berg", span, null, "tell", "Radio Nord", null, null)}.
 *
 * @param id            {@code q1}, {@code q2}, … in text order
 * @param span          the quoted content, without the quotation marks; may run over several paragraphs
 * @param text          the content as quoted, with the opening marks of continued paragraphs removed
 * @param speakerId     the entity id of the speaker, or null
 * @param speakerText   the words naming the speaker ("Ana Berg", "he", "a police officer"), or null
 * @param speakerSpan   where {@code speakerText} is, or null
 * @param speakerReason why {@code speakerId} is null ("no attribution found", "ambiguous pronoun",
 *                      "unnamed speaker", …); null when the speaker was found
 * @param verb          lemma of the reporting verb ("say", "tell", "write", "add", "describe"), or null
 * @param channel       where it was said, when the text names it ("Reuters", "Facebook"), or null
 * @param describes     for partial and scare quotes, what the quoted words describe ("protesters"), or null
 * @param continues     id of the quote this one continues (a further paragraph of the same statement), or null
 */
public record Quote(
        String id,
        QuoteKind kind,
        Span span,
        String text,
        String speakerId,
        String speakerText,
        Span speakerSpan,
        String speakerReason,
        String verb,
        String channel,
        String describes,
        String continues) {}
