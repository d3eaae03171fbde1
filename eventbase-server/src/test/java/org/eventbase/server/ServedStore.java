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
import org.eventbase.model.Claimant;
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
 * whose own text carries markup too, and a pair that forms one story: a hand-written article and a rewritten copy of
 * it a day later that gives another number of arrests (and markup in its headline). The stories are fiction.
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
            for (Document rider : List.of(ridersProtest(false), ridersProtest(true))) {
                store.save(rider, sourceOf(rider), "test events 1");
            }
        }
        return db;
    }

    /** Id of the hand-written article with events ev1 (PROTEST) and ev2 (ASSAULT, 3 killed). */
    static String codedArticleId() {
        return harbourStrike().article().id();
    }

    /** Id of the first article of the Kampala pair (12 arrested); the copy ({@code copy=true}) says 15. */
    static String storyArticleId(boolean copy) {
        return ridersProtest(copy).article().id();
    }

    /**
     * The Kampala pair: ev1 a PROTEST by riders on 2024-05-06, ev2 police arresting twelve of them (the copy says
     * fifteen); the copy is published a day later by another outlet, with markup in its headline.
     */
    static Document ridersProtest(boolean copy) {
        String arrested = copy ? "fifteen" : "twelve";
        String text = "Motorcycle taxi riders blocked roads in Kampala on Monday to protest against a new licence fee."
                + "\n\nPolice arrested " + arrested + " riders near the central market, a police spokesman said. "
                + "The riders had parked their motorcycles across the main avenue for most of the morning, and "
                + "traders said business stopped for several hours while officers cleared the road. The city council "
                + "said the fee would stay but promised talks with the riders' associations next week.";
        String url = copy ? "https://wire.example/kampala-riders-fee" : "https://courier.example/kampala-riders";
        Article article = new Article(ArticleIds.of(text, url), copy ? "test/kampala-riders-copy.txt"
                : "test/kampala-riders.txt", url, copy ? "Riders block Kampala roads over fee " + HOSTILE
                : "Kampala riders block roads over licence fee", null, copy ? "Nile Wire" : "Lake Courier", null,
                copy ? "2024-05-08" : "2024-05-07", "en", text, OffsetMap.identity(text.length()));
        int second = text.indexOf("Police arrested");
        int third = text.indexOf("The riders had");
        List<Sentence> sentences = List.of(new Sentence(0, 0, text.indexOf("\n"), List.of()),
                new Sentence(1, second, third - 1, List.of()), new Sentence(2, third, text.length(), List.of()));
        Place kampala = new Place("p1", "Kampala", 232422L, 0.31628, 32.58219, "P", "PPLC", "UG", "C", 1353189L,
                PlacePrecision.CITY, null, List.of(mention(text, "Kampala")), null);
        Count held = new Count("c1", CountKind.ARRESTED, copy ? 15 : 12, copy ? 15 : 12, arrested,
                find(text, arrested), "riders", new Claimant("a police spokesman", null, null, null,
                        find(text, "a police spokesman")), new Span(second, third - 1), false);
        EventTime monday = new EventTime("Monday", "2024-05-06", TimePrecision.DAY, find(text, "Monday"));
        Event protest = new Event("ev1", EventType.PROTEST, "demo", new AcledCategory("Protests", "Peaceful protest"),
                "blocked roads", find(text, "blocked roads"),
                List.of(new EventActor("Motorcycle taxi riders", null, find(text, "Motorcycle taxi riders"),
                        ActorKind.PROTESTERS)),
                List.of(), new EventPlace("Kampala", "p1", null, find(text, "Kampala")), monday, List.of(),
                EventModality.ASSERTED, null, 0.9, List.of(new Span(0, text.indexOf("\n"))));
        Event arrest = new Event("ev2", EventType.COERCE, "arrest", null, "arrested", find(text, "arrested"),
                List.of(new EventActor("Police", null, find(text, "Police"), ActorKind.STATE_FORCES)),
                List.of(new EventActor(arrested + " riders", null, find(text, arrested + " riders"),
                        ActorKind.PROTESTERS)),
                new EventPlace("Kampala", "p1", null, find(text, "Kampala")), monday, List.of("c1"),
                EventModality.ASSERTED, null, 0.8, List.of(new Span(second, third - 1)));
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "nlp", "1"))
                .with(Layers.ENTITIES, new EntityLayer(List.of()), new Provenance("entities", "entities", "1"))
                .with(Layers.TIMES, new TimeLayer(List.of()), new Provenance("times", "times", "1"))
                .with(Layers.QUOTES, new QuoteLayer(List.of()), new Provenance("quotes", "quotes", "1"))
                .with(Layers.PLACES, new PlaceLayer(List.of(kampala)), new Provenance("places", "places", "1"))
                .with(Layers.COUNTS, new CountLayer(List.of(held)), new Provenance("counts", "counts", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(protest, arrest)),
                        new Provenance("events", "events", "1"));
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
