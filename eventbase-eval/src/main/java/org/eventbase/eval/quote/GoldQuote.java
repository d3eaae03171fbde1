package org.eventbase.eval.quote;

import java.util.List;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;

/**
 * One gold quotation: where its content is, its kind, and who the text says spoke it.
 * Example: in {@code “We stay,” said Ana Berg.} the gold quote has content {@code [1, 9)}, kind DIRECT and speaker
 * "Ana Berg".
 *
 * @param content       the quoted (or reported) words; several pieces when the annotation is discontinuous
 * @param kind          the kind, or null when the gold set does not say (PolNeAR)
 * @param speaker       the speaker's name as written or canonical, or null when the text names no speaker
 * @param speakerSpans  where the gold source is in the text (PolNeAR), empty when only the name is given
 */
public record GoldQuote(List<Span> content, QuoteKind kind, String speaker, List<Span> speakerSpans) {
    public GoldQuote {
        content = List.copyOf(content);
        speakerSpans = List.copyOf(speakerSpans);
    }

    /** Whether the gold set names a speaker for this quote. */
    public boolean hasSpeaker() {
        return speaker != null || !speakerSpans.isEmpty();
    }
}
