package org.eventbase.store;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.Attribute;
import org.eventbase.model.Claimant;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventTime;
import org.eventbase.model.EventType;
import org.eventbase.model.Mention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Role;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Documents built by hand with every layer, including places, counts and events whose stages live on other
 * branches, so that the store's mapping of each layer is tested without running NLP. The story is fiction.
 */
final class StoredDocuments {
    static final String VERSION = "test pipeline 1";

    private StoredDocuments() {}

    /** A protest in Valparaíso with a police intervention, 12 injured per the health service, and a quote. */
    static Document dockProtest(String input) {
        String text = "Hundreds of dock workers marched through Valparaíso on Tuesday against the closure of two "
                + "terminals.\n\nRiot police fired tear gas at the marchers near the port, the port authority said. "
                + "At least 12 people were injured, according to the regional health service.\n\n"
                + "\u201cWe will not leave the quays,\u201d union leader Marta Rojas, 47, told Radio Puerto.";
        Article article = article(input, "https://news.example/valparaiso-dockers", "Dock workers march in Valparaíso",
                "2023-03-15", text);
        List<Sentence> sentences = sentences(text);
        Span s0 = span(sentences.get(0));
        Span s1 = span(sentences.get(1));
        Span s2 = span(sentences.get(2));
        Entity city = new Entity("e1", "Valparaíso", EntityKind.GPE, List.of(), List.of(), List.of(),
                List.of(mention(text, "Valparaíso")));
        Entity authority = new Entity("e2", "port authority", EntityKind.ORGANIZATION, List.of(), List.of(), List.of(),
                List.of(mention(text, "port authority")));
        Entity rojas = new Entity("e3", "Marta Rojas", EntityKind.PERSON, List.of("Rojas"),
                List.of(new Role("union leader", null, null, find(text, "union leader Marta Rojas"))),
                List.of(new Attribute("age", "47", find(text, "Marta Rojas, 47"))),
                List.of(mention(text, "Marta Rojas")));
        Entity radio = new Entity("e4", "Radio Puerto", EntityKind.ORGANIZATION, List.of(), List.of(), List.of(),
                List.of(mention(text, "Radio Puerto")));
        TimeRef tuesday = new TimeRef("Tuesday", find(text, "Tuesday"), "2023-03-14", TimePrecision.DAY, "2023-03-15",
                true, null);
        Quote quote = new Quote("q1", QuoteKind.DIRECT, find(text, "We will not leave the quays,"),
                "We will not leave the quays,", "e3", "Marta Rojas", find(text, "Marta Rojas"), null, "tell",
                "Radio Puerto", null, null);
        Place place = new Place("p1", "Valparaíso", 3868626L, -33.03932, -71.62725, "P", "PPLA", "CL", "01", 296655L,
                PlacePrecision.CITY, "e1", List.of(mention(text, "Valparaíso")), null);
        Place port = new Place("p2", "the port", null, null, null, null, null, null, null, 0L, null, null,
                List.of(mention(text, "the port")), "not in the gazetteer");
        Claimant health = new Claimant("the regional health service", null, null, null,
                find(text, "according to the regional health service"));
        Count injured = new Count("c1", CountKind.INJURED, 12, null, "At least 12", find(text, "At least 12"),
                "people", health, s2, false);
        Count marchers = new Count("c2", CountKind.PARTICIPANTS, 200, null, "Hundreds", find(text, "Hundreds"),
                "dock workers", null, s0, false);
        Event march = new Event("ev1", EventType.PROTEST, "demo", new AcledCategory("Protests", "Peaceful protest"),
                "marched", find(text, "marched"),
                List.of(new EventActor("dock workers", null, find(text, "dock workers"), ActorKind.PROTESTERS)),
                List.of(), new EventPlace("Valparaíso", "p1", "e1", find(text, "Valparaíso")),
                new EventTime("Tuesday", "2023-03-14", TimePrecision.DAY, find(text, "Tuesday")), List.of("c2"),
                EventModality.ASSERTED, null, 0.9, List.of(s0));
        Event gas = new Event("ev2", EventType.COERCE, "crowd-control",
                new AcledCategory("Protests", "Protest with intervention"), "fired tear gas",
                find(text, "fired tear gas"),
                List.of(new EventActor("Riot police", null, find(text, "Riot police"), ActorKind.STATE_FORCES)),
                List.of(new EventActor("the marchers", null, find(text, "the marchers"), ActorKind.PROTESTERS)),
                new EventPlace("Valparaíso", "p1", "e1", find(text, "Valparaíso")), null, List.of("c1"),
                new EventModality(false, false, false, true),
                new Claimant("the port authority", "e2", null, null, find(text, "the port authority said")), 0.75,
                List.of(s1, s2));
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "nlp", "1"))
                .with(Layers.ENTITIES, new EntityLayer(List.of(city, authority, rojas, radio)),
                        new Provenance("entities", "entities", "1"))
                .with(Layers.TIMES, new TimeLayer(List.of(tuesday)), new Provenance("times", "times", "1"))
                .with(Layers.QUOTES, new QuoteLayer(List.of(quote)), new Provenance("quotes", "quotes", "1"))
                .with(Layers.PLACES, new PlaceLayer(List.of(place, port)), new Provenance("places", "places", "1"))
                .with(Layers.COUNTS, new CountLayer(List.of(injured, marchers)), new Provenance("counts", "counts", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(march, gas)), new Provenance("events", "events", "1"));
    }

    /** A short article with entities and a week-precision time but no place, count or event layers. */
    static Document ferryStrike(String input, String extra) {
        String text = "Ferry crews in Bergen stopped work last week over pay." + extra + "\n\nThe Nordic Ferry Union "
                + "said talks would resume.";
        Article article = article(input, null, "Ferry crews strike in Bergen", "2023-05-10", text);
        List<Sentence> sentences = sentences(text);
        Entity bergen = new Entity("e1", "Bergen", EntityKind.GPE, List.of(), List.of(), List.of(),
                List.of(mention(text, "Bergen")));
        Entity union = new Entity("e2", "Nordic Ferry Union", EntityKind.ORGANIZATION, List.of(), List.of(), List.of(),
                List.of(mention(text, "Nordic Ferry Union")));
        TimeRef lastWeek = new TimeRef("last week", find(text, "last week"), "2023-W18", TimePrecision.WEEK,
                "2023-05-10", true, null);
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "nlp", "1"))
                .with(Layers.ENTITIES, new EntityLayer(List.of(bergen, union)), new Provenance("entities", "entities", "1"))
                .with(Layers.TIMES, new TimeLayer(List.of(lastWeek)), new Provenance("times", "times", "1"))
                .with(Layers.QUOTES, new QuoteLayer(List.of()), new Provenance("quotes", "quotes", "1"));
    }

    /** Talks with no place and no ACLED counterpart (a CONSULT event), dated by a time expression of its own. */
    static Document harbourTalks(String input) {
        String text = "Union leaders met harbour managers on Friday to discuss the closures.";
        Article article = article(input, "https://news.example/harbour-talks", "Harbour talks", "2023-03-18", text);
        List<Sentence> sentences = sentences(text);
        TimeRef friday = new TimeRef("Friday", find(text, "Friday"), "2023-03-17", TimePrecision.DAY, "2023-03-18",
                true, null);
        Event talks = new Event("ev1", EventType.CONSULT, "meet", null, "met", find(text, "met"),
                List.of(new EventActor("Union leaders", null, find(text, "Union leaders"), ActorKind.OTHER)),
                List.of(new EventActor("harbour managers", null, find(text, "harbour managers"), ActorKind.OTHER)),
                null, new EventTime("Friday", "2023-03-17", TimePrecision.DAY, find(text, "Friday")), List.of(),
                EventModality.ASSERTED, null, 0.6, List.of(span(sentences.get(0))));
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "nlp", "1"))
                .with(Layers.TIMES, new TimeLayer(List.of(friday)), new Provenance("times", "times", "1"))
                .with(Layers.PLACES, new PlaceLayer(List.of()), new Provenance("places", "places", "1"))
                .with(Layers.COUNTS, new CountLayer(List.of()), new Provenance("counts", "counts", "1"))
                .with(Layers.EVENTS, new EventLayer(List.of(talks)), new Provenance("events", "events", "1"));
    }

    /** The raw input a document claims to come from: its title and text as a plain-text file. */
    static ArticleSource sourceOf(Document doc) {
        Article a = doc.article();
        return ArticleSource.of(new RawArticle(a.input(), ContentFormat.TEXT, a.title() + "\n\n" + a.text(),
                new ArticleMetadata(null, a.url(), null, null, null, a.published())));
    }

    private static Article article(String input, String url, String title, String published, String text) {
        return new Article(ArticleIds.of(text, url), input, url, title, null, "Harbour Daily", null, published, "en",
                text, OffsetMap.identity(text.length()));
    }

    /** Sentences split at ". " and paragraph breaks; good enough for hand-written fixtures. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = i == text.length() - 1
                    || (text.charAt(i) == '.' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n'));
            if (end) {
                sentences.add(new Sentence(sentences.size(), start, i + 1, List.of()));
                start = i + 1;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                i = start - 1;
            }
        }
        return sentences;
    }

    private static Span span(Sentence s) {
        return new Span(s.start(), s.end());
    }

    static Span find(String text, String words) {
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
