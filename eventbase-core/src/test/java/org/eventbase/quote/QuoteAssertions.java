package org.eventbase.quote;

import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Collectors;
import org.eventbase.entity.EntityAssertions;
import org.eventbase.entity.EntityStage;
import org.eventbase.model.Entity;
import org.eventbase.model.Quote;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;

/**
 * A test kit for quote extraction: give text, get the document with its quotes, look a quote up by its first
 * words and its speaker up by name. Models load once per test JVM.
 * Example: {@code assertThat(speakerName(doc, quote(doc, "We stay"))).isEqualTo("Ana Berg")}.
 */
final class QuoteAssertions {
    private QuoteAssertions() {}

    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.of(CoreNlpStage.shared(), new EntityStage(), new QuoteStage());
    }

    static Document extract(String text) {
        return Shared.PIPELINE.run(Document.of(EntityAssertions.article(text)));
    }

    /** The quote whose text starts with {@code start}; fails listing the quotes found otherwise. */
    static Quote quote(Document doc, String start) {
        return doc.layer(Layers.QUOTES).quotes().stream()
                .filter(q -> q.text().startsWith(start))
                .findFirst()
                .orElseGet(() -> fail("no quote starting '%s' among %s", start, describe(doc)));
    }

    /** The canonical name of the quote's speaker entity, or null when it has none. */
    static String speakerName(Document doc, Quote quote) {
        if (quote.speakerId() == null) {
            return null;
        }
        return doc.layer(Layers.ENTITIES).entities().stream()
                .filter(e -> e.id().equals(quote.speakerId()))
                .map(Entity::name)
                .findFirst()
                .orElse(null);
    }

    static String describe(Document doc) {
        return doc.layer(Layers.QUOTES).quotes().stream()
                .map(q -> q.id() + " " + q.kind() + " «" + q.text() + "» by " + speakerName(doc, q) + " ("
                        + q.speakerText() + ", " + q.speakerReason() + ") verb=" + q.verb() + " channel="
                        + q.channel() + (q.describes() == null ? "" : " describes=" + q.describes())
                        + (q.continues() == null ? "" : " continues=" + q.continues()))
                .collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
    }
}
