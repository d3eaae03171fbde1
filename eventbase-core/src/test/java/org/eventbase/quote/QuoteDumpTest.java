package org.eventbase.quote;

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
 * A developer's look at the quotes found in a file, run only on request:
 * {@code mvn -o -q test -pl eventbase-core -Dtest=QuoteDumpTest -Ddump=a.txt,b.html} prints each quote with its
 * kind, speaker, reporting verb and channel.
 */
class QuoteDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "dump", matches = ".+")
    void printsQuotesOfTheGivenFile() throws Exception {
        for (String name : System.getProperty("dump").split(",")) {
            Path file = Path.of(name);
            ContentFormat format = file.toString().matches(".*\\.html?$") ? ContentFormat.HTML : ContentFormat.TEXT;
            Document doc = ArticleExtractor.standard().extract(
                    new RawArticle(file.toString(), format, Files.readString(file), ArticleMetadata.EMPTY),
                    ArticleMetadata.EMPTY);
            System.out.println("== " + file + " " + QuoteAssertions.describe(doc));
        }
    }
}
