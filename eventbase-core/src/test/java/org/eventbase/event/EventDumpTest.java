package org.eventbase.event;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A developer's look at the counts and events found in files, run only on request:
 * {@code mvn -o -q test -pl eventbase-core -Dtest=EventDumpTest -Ddump=a.txt,b.html -Dpublished=2022-01-06}
 * prints each count and event on one line.
 */
class EventDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "dump", matches = ".+")
    void printsCountsAndEventsOfTheGivenFiles() throws Exception {
        String published = System.getProperty("published");
        ArticleMetadata overrides = new ArticleMetadata(null, null, null, null, null, published);
        for (String name : System.getProperty("dump").split(",")) {
            Path file = Path.of(name);
            ContentFormat format = file.toString().matches(".*\\.html?$") ? ContentFormat.HTML : ContentFormat.TEXT;
            Document doc = ArticleExtractor.standard().extract(
                    new RawArticle(file.toString(), format, Files.readString(file), ArticleMetadata.EMPTY),
                    overrides);
            System.out.println("== " + file + EventAssertions.describe(doc));
            if (Boolean.getBoolean("tokens")) {
                doc.layer(org.eventbase.pipeline.Layers.NLP).sentences().forEach(s -> System.out.println(
                        s.tokens().stream().map(t -> t.text() + "/" + t.pos() + "/" + t.ner()).toList()));
            }
        }
    }
}
