package org.eventbase.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Entity;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Sentence;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A developer's look at what the entity stage makes of a text file, run only on request:
 * {@code mvn -o -q test -pl eventbase-core -Dtest=EntityDumpTest -Ddump=article.txt -Ddump.grep=Berg}
 * prints every entity with its kind, mentions, aliases, roles and attributes, and the tagged tokens of the
 * sentences matching the optional pattern.
 */
class EntityDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "dump", matches = ".+")
    void printsEntitiesOfTheGivenFile() throws Exception {
        Path file = Path.of(System.getProperty("dump"));
        String content = Files.readString(file);
        ContentFormat format = file.toString().matches(".*\\.html?$") ? ContentFormat.HTML : ContentFormat.TEXT;
        Document doc = ArticleExtractor.standard().extract(
                new RawArticle(file.toString(), format, content, ArticleMetadata.EMPTY), ArticleMetadata.EMPTY);
        for (Entity e : doc.layer(Layers.ENTITIES).entities()) {
            System.out.println(e.id() + " " + e.kind() + " " + e.name() + " x" + e.mentions().size()
                    + " aliases=" + e.aliases()
                    + " roles=" + e.roles().stream().map(r -> r.title() + (r.of() == null ? "" : " of " + r.of()))
                    .toList()
                    + " attrs=" + e.attributes().stream().map(a -> a.name() + "=" + a.value()).toList());
        }
        String grep = System.getProperty("dump.grep", "");
        if (grep.isEmpty()) {
            return;
        }
        Pattern pattern = Pattern.compile(grep);
        NlpAnnotation nlp = doc.layer(Layers.NLP);
        for (Sentence s : nlp.sentences()) {
            String words = s.tokens().stream().map(t -> t.text()).collect(Collectors.joining(" "));
            if (pattern.matcher(words).find()) {
                System.out.println(s.tokens().stream().map(t -> t.text() + "/" + t.pos() + "/" + t.ner())
                        .collect(Collectors.joining(" ")));
            }
        }
    }
}
