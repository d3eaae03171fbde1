package org.eventbase.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Entity;
import org.eventbase.model.Mention;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;

/**
 * One quote the pipeline found, with everything a scorer compares its speaker on: the names of the speaker
 * entity (canonical name, aliases, the words used) and the spans of all its mentions.
 * Example: {@code “We stay,” she said.} with "she" resolved to Ana Berg gives names {@code [Ana Berg, Berg]} and
 * the spans of every mention of her.
 */
public record PredictedQuote(Span content, QuoteKind kind, List<String> speakerNames, List<Span> speakerSpans,
        String speakerText) {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");

    public PredictedQuote {
        speakerNames = List.copyOf(speakerNames);
        speakerSpans = List.copyOf(speakerSpans);
    }

    /** The quote as predicted in a document whose entities are {@code entities}. */
    public static PredictedQuote of(Quote quote, List<Entity> entities) {
        List<String> names = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        if (quote.speakerSpan() != null) {
            spans.add(quote.speakerSpan());
        }
        if (quote.speakerText() != null
                && !PRONOUNS.contains(quote.speakerText().strip().toLowerCase(Locale.ROOT))) {
            names.add(quote.speakerText());
        }
        for (Entity e : entities) {
            if (e.id().equals(quote.speakerId())) {
                names.add(e.name());
                names.addAll(e.aliases());
                e.mentions().stream().map(Mention::span).forEach(spans::add);
            }
        }
        return new PredictedQuote(quote.span(), quote.kind(), names, spans, quote.speakerText());
    }

    /** Whether a speaker was named at all, resolved or not. */
    public boolean hasSpeaker() {
        return speakerText != null || !speakerNames.isEmpty();
    }
}
