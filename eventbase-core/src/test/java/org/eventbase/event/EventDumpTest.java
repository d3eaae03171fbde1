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
 * prints each count and event on one line; with {@code -Dcost=20} it also times the counts and events stages (and the
 * events stage's dependency parses) on each file, averaged over that many runs after the first.
 */
class EventDumpTest {

    private static void printCost(Document doc, int runs) {
        org.eventbase.count.CountStage counts = new org.eventbase.count.CountStage();
        EventStage events = new EventStage();
        org.eventbase.nlp.SentenceParser parser = org.eventbase.nlp.SentenceParser.shared();
        long countNanos = 0;
        long eventNanos = 0;
        long parseBefore = parser.parseNanos();
        long parsedBefore = parser.parsedSentences();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            counts.apply(doc);
            long t1 = System.nanoTime();
            events.apply(doc);
            long t2 = System.nanoTime();
            countNanos += t1 - t0;
            eventNanos += t2 - t1;
        }
        int sentences = doc.layer(org.eventbase.pipeline.Layers.NLP).sentences().size();
        System.out.printf(java.util.Locale.ROOT, "  cost: counts %.2f ms, events %.2f ms of which dependency "
                + "parses %.2f ms (%d of %d sentences parsed)%n", countNanos / 1e6 / runs, eventNanos / 1e6 / runs,
                (parser.parseNanos() - parseBefore) / 1e6 / runs, (parser.parsedSentences() - parsedBefore) / runs,
                sentences);
    }

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
            int runs = Integer.getInteger("cost", 0);
            if (runs > 0) {
                printCost(doc, runs);
            }
            if (Boolean.getBoolean("tokens")) {
                doc.layer(org.eventbase.pipeline.Layers.NLP).sentences().forEach(s -> System.out.println(
                        s.tokens().stream().map(t -> t.text() + "/" + t.pos() + "/" + t.ner()).toList()));
            }
        }
    }
}
