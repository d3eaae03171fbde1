package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * {@code eventbase export} end to end over a store with one hand-made event: each format to a file or standard
 * output, the shared event filters, and one-line errors for a bad output path or format. The formats' content is
 * tested in eventbase-store ({@code EventExportTest}).
 */
class ExportCommandTest {
    private static final String TEXT = "Nurses rallied outside the regional hospital in Tromsø on Monday over staffing.";

    @TempDir
    Path temp;

    private String db;
    private String articleId;

    @BeforeEach
    void storeOneEvent() {
        db = temp.resolve("events.db").toString();
        articleId = ArticleIds.of(TEXT, "https://news.example/tromso-nurses");
        Article article = new Article(articleId, "tromso.txt", "https://news.example/tromso-nurses",
                "Nurses rally in Tromsø", null, "Arctic Courier", null, "2024-09-10", "en", TEXT,
                OffsetMap.identity(TEXT.length()));
        Span town = span("Tromsø");
        Place place = new Place("p1", "Tromsø", 3133880L, 69.6489, 18.95508, "P", "PPLA", "NO", "54", 52436L,
                PlacePrecision.CITY, null, List.of(new Mention(town.start(), town.end(), "Tromsø")), null);
        Event event = new Event("ev1", EventType.PROTEST, "demo", new AcledCategory("Protests", "Peaceful protest"),
                "rallied", span("rallied"),
                List.of(new EventActor("Nurses", null, span("Nurses"), ActorKind.PROTESTERS)), List.of(),
                new EventPlace("Tromsø", "p1", null, town), null, List.of(), EventModality.ASSERTED, null, 0.8,
                List.of(new Span(0, TEXT.length())));
        Document doc = Document.of(article)
                .with(Layers.PLACES, new PlaceLayer(List.of(place)), new Provenance("places", "places", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(event)), new Provenance("events", "events", "1"));
        try (Store store = Store.open(StoreLocation.parse(db))) {
            store.save(doc, ArticleSource.of(new RawArticle("tromso.txt", ContentFormat.TEXT, TEXT,
                    ArticleMetadata.EMPTY)), "test pipeline");
        }
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void writesEachFormatToAFileAndSaysHowManyEventsWentIn() throws Exception {
        for (String format : List.of("jsonl", "acled-csv", "geojson", "parquet")) {
            Path out = temp.resolve("events." + format);
            CliRun run = CliRun.of("export", "--db", db, "--format", format, out.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.err()).contains("1 event written to " + out);
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(temp.resolve("events.acled-csv")))
                .startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type")
                .contains(articleId + "-ev1", "Protesters (Norway)", "Arctic Courier");
        try (var listing = Files.list(temp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void writesTextFormatsToStandardOutputAndAppliesTheEventFilters() {
        CliRun all = CliRun.of("export", "--db", db, "--format", "jsonl", "-");
        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(all.out().lines()).hasSize(1).allMatch(l -> l.contains("\"id\":\"" + articleId + "-ev1\""));
        CliRun elsewhere = CliRun.of("export", "--db", db, "--format", "geojson", "-", "--country", "CL");
        assertThat(elsewhere.out()).contains("\"features\":[]");
        assertThat(CliRun.of("export", "--db", db, "--format", "jsonl", "-", "--type", "ASSAULT").out()).isEmpty();
        CliRun articles = CliRun.of("export", "--db", db, "--format", "jsonl", "--what", "articles", "-");
        assertThat(articles.out().lines()).hasSize(1).allMatch(l -> l.contains("\"id\":\"" + articleId + "\""));
    }

    @Test
    void namesABadOutputPathInOneLineAndFails() {
        CliRun noFolder = CliRun.of("export", "--db", db, "--format", "geojson",
                temp.resolve("missing/out.geojson").toString());
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(noFolder.err().strip()).contains("missing/out.geojson: no such folder").doesNotContain("\n");
        CliRun folder = CliRun.of("export", "--db", db, "--format", "jsonl", temp.toString());
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(folder.err().strip()).contains("is a folder").doesNotContain("\n");
        CliRun parquetOut = CliRun.of("export", "--db", db, "--format", "parquet", "-");
        assertThat(parquetOut.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(parquetOut.err().strip()).contains("binary format").doesNotContain("\n");
        CliRun badFormat = CliRun.of("export", "--db", db, "--format", "xlsx", "out.xlsx");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format 'xlsx' is not an export format; use one of jsonl, acled-csv");
    }
}
