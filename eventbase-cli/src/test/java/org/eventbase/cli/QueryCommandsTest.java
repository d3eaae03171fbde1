package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventType;
import org.eventbase.model.Mention;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Span;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventbase events} and {@code show EVENT_ID} over a store holding one hand-made event (the events stage
 * lives on another branch), and the errors for a missing store or id.
 */
class QueryCommandsTest {
    private static final String TEXT = "Fishermen blocked the harbour of Brest on Monday to protest against new quotas.";

    @TempDir
    Path temp;

    private String db;
    private String articleId;

    @BeforeEach
    void storeOneEvent() {
        db = temp.resolve("events.db").toString();
        articleId = ArticleIds.of(TEXT, null);
        Article article = new Article(articleId, "brest.txt", null, "Fishermen block Brest harbour", null, null, null,
                "2024-02-13", "en", TEXT, OffsetMap.identity(TEXT.length()));
        Span brest = span("Brest");
        Place place = new Place("p1", "Brest", 3030300L, 48.39, -4.49, "P", "PPLA3", "FR", "53", 139602L,
                PlacePrecision.CITY, null, List.of(new Mention(brest.start(), brest.end(), "Brest")), null);
        Event event = new Event("ev1", EventType.PROTEST, "blockade", new AcledCategory("Protests", "Peaceful protest"),
                "blocked", span("blocked"),
                List.of(new EventActor("Fishermen", null, span("Fishermen"), ActorKind.PROTESTERS)), List.of(),
                new EventPlace("Brest", "p1", null, brest), null, List.of(), EventModality.ASSERTED, null, 0.8,
                List.of(new Span(0, TEXT.length())));
        Document doc = Document.of(article)
                .with(Layers.PLACES, new PlaceLayer(List.of(place)), new Provenance("places", "places", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(event)), new Provenance("events", "events", "1"));
        try (Store store = Store.open(StoreLocation.parse(db))) {
            store.save(doc, ArticleSource.of(new RawArticle("brest.txt", ContentFormat.TEXT, TEXT,
                    ArticleMetadata.EMPTY)), "test");
        }
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void listsEventsAsATableFilteredByCountryAndType() {
        CliRun table = CliRun.of("events", "--db", db, "--country", "FR", "--type", "PROTEST");
        assertThat(table.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains(articleId + "-ev1", "2024-02-13", "PROTEST", "blockade", "Brest", "Fishermen");
        assertThat(CliRun.of("events", "--db", db, "--country", "ES").out()).contains("No events match.");
        assertThat(CliRun.of("events", "--db", db, "--bbox", "-5,48,-4,49").out()).contains(articleId + "-ev1");
        assertThat(CliRun.of("events", "--db", db, "--from", "2024-02-14").out()).contains("No events match.");
    }

    @Test
    void writesEventsAsCsvWithAHeaderAndAsJson() {
        CliRun csv = CliRun.of("events", "--db", db, "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id,article_id,event_id,type,mode,day_from");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("PROTEST", "FR", "\"" + TEXT + "\"");
        CliRun json = CliRun.of("events", "--db", db, "--format", "json", "--actor", "fishermen");
        assertThat(json.out()).contains("\"event_id\" : \"ev1\"", "\"country_code\" : \"FR\"");
        // --actor matches words, not parts of words
        assertThat(CliRun.of("events", "--db", db, "--actor", "fisher").out()).contains("No events match.");
    }

    @Test
    void showsAnEventWithItsEvidence() {
        CliRun show = CliRun.of("show", articleId + "-ev1", "--db", db);
        assertThat(show.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).contains("PROTEST (blockade)", "Brest, FR", "evidence  " + TEXT);
    }

    @Test
    void namesTheMissingIdOrStoreInOneLine() {
        CliRun missing = CliRun.of("show", "0123456789abcdef", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(missing.err().strip()).startsWith("eventbase: no article 0123456789abcdef in").doesNotContain("\n");
        CliRun noStore = CliRun.of("events", "--db", temp.resolve("nothing.db").toString());
        assertThat(noStore.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noStore.err()).contains("nothing.db: no such store; run 'eventbase ingest");
    }
}
