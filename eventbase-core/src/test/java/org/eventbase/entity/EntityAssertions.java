package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Collectors;
import org.eventbase.model.Article;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.eventbase.model.OffsetMap;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;

/**
 * A test kit for entity extraction in the spirit of Lucene's {@code assertAnalyzesTo}: give text, get the layer,
 * look entities up by name. The CoreNLP models load once per test JVM.
 * Example: {@code assertThat(person(extract("… Norway's foreign minister Ana Berg …"), "Ana Berg").roles())
 * .extracting(Role::title).contains("foreign minister")}.
 */
public final class EntityAssertions {
    private EntityAssertions() {}

    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.of(CoreNlpStage.shared(), new EntityStage());
    }

    /** An article whose clean text is {@code text}, as a cleaner would hand it over. */
    public static Article article(String text) {
        return new Article("test", "test", null, null, null, null, null, null, "en", text,
                OffsetMap.identity(text.length()));
    }

    /** The entity layer after running the NLP and entity stages on {@code text}. */
    public static EntityLayer extract(String text) {
        return Shared.PIPELINE.run(Document.of(article(text))).layer(Layers.ENTITIES);
    }

    /** The person whose name or an alias is {@code name}; fails listing the entities found otherwise. */
    public static Entity person(EntityLayer layer, String name) {
        Entity e = entity(layer, name);
        assertThat(e.kind()).as("kind of %s", name).isEqualTo(EntityKind.PERSON);
        return e;
    }

    /** The entity whose name or an alias is {@code name}; fails listing the entities found otherwise. */
    public static Entity entity(EntityLayer layer, String name) {
        return layer.entities().stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .findFirst()
                .orElseGet(() -> fail("no entity named '%s' among %s", name, describe(layer)));
    }

    /** Asserts every mention's text is exactly the text at its offsets. */
    public static void assertMentionsMatchText(EntityLayer layer, String text) {
        for (Entity e : layer.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).as("mention of %s at %d", e.name(), m.start())
                        .isEqualTo(m.text());
            }
        }
    }

    /** The text an entity's role or attribute evidence covers. */
    public static String evidence(String text, org.eventbase.model.Span span) {
        return text.substring(span.start(), span.end());
    }

    public static String describe(EntityLayer layer) {
        return layer.entities().stream()
                .map(e -> e.id() + " " + e.kind() + " " + e.name() + e.aliases())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
