package org.eventbase.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventTime;
import org.eventbase.model.EventType;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.Mention;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.IngestProgress;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;

/**
 * A store for the server tests, made once per test JVM: two bundled samples ingested with the real pipeline (one
 * of them an HTML page carrying script tags and onerror handlers) and one hand-written article with coded events,
 * whose own text carries markup too. The story is fiction.
 */
final class ServedStore {
    static final String HOSTILE = "<script>alert('pwned')</script><img src=x onerror=alert(1)>";
    private static Path made;

    private ServedStore() {}

    /** A copy of the prepared store in {@code dir}, so that each test class may write to its own. */
    static synchronized Path copyInto(Path dir) {
        try {
            if (made == null) {
                made = make(Files.createTempDirectory("eventbase-served-store"));
            }
            Path db = dir.resolve("eventbase.db");
            Files.copy(made, db);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path make(Path dir) {
        Path db = dir.resolve("eventbase.db");
        try (Store store = Store.open(StoreLocation.parse(db.toString()))) {
            IngestReport report = new Ingester(store, ArticleExtractor::standard, 1,
                    new ArticleInputs(ReadLimits.defaults()), IngestProgress.SILENT)
                    .ingest(List.of(Path.of("../samples/html/maiduguri-camp-attack.html"),
                            Path.of("../samples/text/valparaiso-dock-protest.txt")), false);
            if (report.added() != 2) {
                throw new IllegalStateException("the samples did not ingest: " + report.describe());
            }
            Document coded = harbourStrike();
            store.save(coded, sourceOf(coded), "test events 1");
        }
        return db;
    }

    /** Id of the hand-written article with events ev1 (PROTEST) and ev2 (ASSAULT, 3 killed). */
    static String codedArticleId() {
        return harbourStrike().article().id();
    }

    static Document harbourStrike() {
        String text = "Port workers marched through Mombasa on Monday to demand unpaid wages. " + HOSTILE
                + "\n\nGunmen shot dead three guards at a depot in Mombasa, police said.";
        String url = "https://news.example/mombasa-port-march";
        Article article = new Article(ArticleIds.of(text, url), "test/mombasa-port-march.txt", url,
                "Port workers march in Mombasa " + HOSTILE, null, "Coast Ledger", null, "2024-02-13", "en", text,
                OffsetMap.identity(text.length()));
        int second = text.indexOf("Gunmen");
        List<Sentence> sentences = new ArrayList<>(List.of(new Sentence(0, 0, text.indexOf(" <script>"), List.of()),
                new Sentence(1, second, text.length(), List.of())));
        Place mombasa = new Place("p1", "Mombasa", 186301L, -4.05466, 39.66359, "P", "PPLA", "KE", "19", 799668L,
                PlacePrecision.CITY, null, List.of(mention(text, "Mombasa")), null);
        Count killed = new Count("c1", CountKind.KILLED, 3, null, "three", find(text, "three"), "guards", null,
                new Span(second, text.length()), false);
        Event march = new Event("ev1", EventType.PROTEST, "demo", new AcledCategory("Protests", "Peaceful protest"),
                "marched", find(text, "marched"),
                List.of(new EventActor("Port workers", null, find(text, "Port workers"), ActorKind.PROTESTERS)),
                List.of(), new EventPlace("Mombasa", "p1", null, find(text, "Mombasa")),
                new EventTime("Monday", "2024-02-12", TimePrecision.DAY, find(text, "Monday")), List.of(),
                EventModality.ASSERTED, null, 0.9, List.of(new Span(0, text.indexOf(" <script>"))));
        Event shooting = new Event("ev2", EventType.ASSAULT, "firearms", null, "shot dead", find(text, "shot dead"),
                List.of(new EventActor("Gunmen", null, find(text, "Gunmen"), ActorKind.UNIDENTIFIED_ARMED_GROUP)),
                List.of(new EventActor("three guards", null, find(text, "three guards"), ActorKind.CIVILIANS)),
                new EventPlace("Mombasa", "p1", null, find(text, "a depot in Mombasa")),
                new EventTime("Monday", "2024-02-12", TimePrecision.DAY, find(text, "Monday")), List.of("c1"),
                EventModality.ASSERTED, null, 0.8, List.of(new Span(second, text.length())));
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "nlp", "1"))
                .with(Layers.ENTITIES, new EntityLayer(List.of()), new Provenance("entities", "entities", "1"))
                .with(Layers.TIMES, new TimeLayer(List.of()), new Provenance("times", "times", "1"))
                .with(Layers.QUOTES, new QuoteLayer(List.of()), new Provenance("quotes", "quotes", "1"))
                .with(Layers.PLACES, new PlaceLayer(List.of(mombasa)), new Provenance("places", "places", "1"))
                .with(Layers.COUNTS, new CountLayer(List.of(killed)), new Provenance("counts", "counts", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(march, shooting)), new Provenance("events", "events", "1"));
    }

    private static ArticleSource sourceOf(Document doc) {
        Article a = doc.article();
        return ArticleSource.of(new RawArticle(a.input(), ContentFormat.TEXT, a.title() + "\n\n" + a.text(),
                new ArticleMetadata(null, a.url(), null, null, null, a.published())));
    }

    private static Span find(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the fixture text");
        }
        return new Span(start, start + words.length());
    }

    private static Mention mention(String text, String words) {
        Span s = find(text, words);
        return new Mention(s.start(), s.end(), words);
    }
}
