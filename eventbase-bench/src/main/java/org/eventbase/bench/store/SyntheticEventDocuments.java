package org.eventbase.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ContentFormat;
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
import org.eventbase.model.RawArticle;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimePrecision;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Synthetic extracted documents for filling a store with events fast (no NLP): each document reports from one real
 * city (its coordinates, country and a fixed gazetteer id) on a day between 2014 and 2025, with one sentence per
 * event: an event of a random type with a source and a target actor. One city per document, as a real report has, also
 * keeps story assignment realistic: documents share at most one place name, so they do not chain into one giant
 * story (random place ids per event did, and made every save re-assemble it). Deterministic for a seed. Example:
 * {@code new SyntheticEventDocuments(42, 10).document(7)} is article {@code syn-0000007} with 10 events.
 */
public final class SyntheticEventDocuments {
    /** City, country code, latitude, longitude: enough spread for country and bounding-box filters. */
    private static final Object[][] CITIES = {
            {"Paris", "FR", 48.85, 2.35}, {"Lyon", "FR", 45.76, 4.84}, {"Marseille", "FR", 43.30, 5.37},
            {"Berlin", "DE", 52.52, 13.40}, {"Hamburg", "DE", 53.55, 9.99}, {"Madrid", "ES", 40.42, -3.70},
            {"Barcelona", "ES", 41.39, 2.17}, {"Rome", "IT", 41.89, 12.48}, {"Milan", "IT", 45.46, 9.19},
            {"Athens", "GR", 37.98, 23.73}, {"Warsaw", "PL", 52.23, 21.01}, {"Kyiv", "UA", 50.45, 30.52},
            {"Istanbul", "TR", 41.01, 28.98}, {"Cairo", "EG", 30.04, 31.24}, {"Lagos", "NG", 6.52, 3.38},
            {"Nairobi", "KE", -1.29, 36.82}, {"Mombasa", "KE", -4.04, 39.67}, {"Addis Ababa", "ET", 9.03, 38.74},
            {"Khartoum", "SD", 15.50, 32.56}, {"Johannesburg", "ZA", -26.20, 28.05}, {"Dakar", "SN", 14.69, -17.45},
            {"Karachi", "PK", 24.86, 67.01}, {"Lahore", "PK", 31.55, 74.34}, {"Delhi", "IN", 28.61, 77.21},
            {"Mumbai", "IN", 19.08, 72.88}, {"Dhaka", "BD", 23.81, 90.41}, {"Jakarta", "ID", -6.21, 106.85},
            {"Manila", "PH", 14.60, 120.98}, {"Bangkok", "TH", 13.76, 100.50}, {"Yangon", "MM", 16.87, 96.20},
            {"Almaty", "KZ", 43.24, 76.89}, {"Tehran", "IR", 35.69, 51.39}, {"Baghdad", "IQ", 33.31, 44.36},
            {"Beirut", "LB", 33.89, 35.50}, {"Santiago", "CL", -33.45, -70.67}, {"Lima", "PE", -12.05, -77.04},
            {"Bogota", "CO", 4.71, -74.07}, {"Caracas", "VE", 10.48, -66.90}, {"Mexico City", "MX", 19.43, -99.13},
            {"Sao Paulo", "BR", -23.55, -46.63}, {"Buenos Aires", "AR", -34.60, -58.38}, {"Chicago", "US", 41.88, -87.63},
            {"Portland", "US", 45.52, -122.68}, {"Toronto", "CA", 43.65, -79.38}, {"Sydney", "AU", -33.87, 151.21}};
    private static final String[] SOURCES = {"protesters", "teachers", "police", "soldiers", "dock workers",
            "students", "the government", "farmers", "rebels", "nurses", "miners", "the opposition party"};
    private static final String[] TARGETS = {"the ministry", "the port authority", "the parliament", "civilians",
            "the city council", "the embassy", "journalists", "the army", "the mine owners", "the police"};
    private static final String[] VERBS = {"marched against", "clashed with", "met", "accused", "blocked",
            "attacked", "negotiated with", "demonstrated outside", "threatened", "appealed to"};
    private static final String[] SCENES = {"near the port", "in the main square", "at the railway station",
            "outside the court", "on the ring road", "by the university", "in the market"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 12 * 365;

    private final long seed;
    private final int eventsPerDocument;

    public SyntheticEventDocuments(long seed, int eventsPerDocument) {
        this.seed = seed;
        this.eventsPerDocument = eventsPerDocument;
    }

    /** The raw input the document is said to come from (its hash keys the stored article). */
    public RawArticle raw(int index, Document document) {
        return new RawArticle(document.article().input(), ContentFormat.TEXT, document.article().text(), null);
    }

    public Document document(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int cityIndex = random.nextInt(CITIES.length);
        Object[] city = CITIES[cityIndex];
        for (int e = 0; e < eventsPerDocument; e++) {
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String target = TARGETS[random.nextInt(TARGETS.length)];
            String verb = VERBS[random.nextInt(VERBS.length)];
            LocalDate day = published.minusDays(random.nextInt(4));
            int start = text.length();
            String capitalSource = Character.toUpperCase(source.charAt(0)) + source.substring(1);
            String cityName = (String) city[0];
            text.append(capitalSource).append(' ').append(verb).append(' ').append(target).append(' ')
                    .append(SCENES[random.nextInt(SCENES.length)]).append(" in ").append(cityName).append(" on ")
                    .append(day).append(", with about ").append(20 + random.nextInt(20_000))
                    .append(" people present, witnesses said.");
            int end = text.length();
            text.append(' ');
            sentences.add(new Sentence(e, start, end, List.of()));
            Span sourceSpan = new Span(start, start + source.length());
            int verbStart = sourceSpan.end() + 1;
            Span verbSpan = new Span(verbStart, verbStart + verb.length());
            Span targetSpan = new Span(verbSpan.end() + 1, verbSpan.end() + 1 + target.length());
            int cityStart = text.indexOf(" in " + cityName, start) + 4;
            Span citySpan = new Span(cityStart, cityStart + cityName.length());
            int dayStart = cityStart + cityName.length() + 4;
            Span daySpan = new Span(dayStart, dayStart + 10);
            String placeId = "p" + (e + 1);
            places.add(new Place(placeId, cityName, 1_000_000L + cityIndex, (Double) city[2],
                    (Double) city[3], "P", "PPL", (String) city[1], "01", 1_000_000L, PlacePrecision.CITY, null,
                    List.of(new Mention(citySpan.start(), citySpan.end(), cityName)), null));
            EventType type = EventType.values()[random.nextInt(EventType.values().length)];
            events.add(new Event("ev" + (e + 1), type, "verbal", new AcledCategory("Protests", "Peaceful protest"),
                    verb, verbSpan,
                    List.of(new EventActor(source, null, sourceSpan, ActorKind.values()[random.nextInt(6)])),
                    List.of(new EventActor(target, null, targetSpan, ActorKind.OTHER)),
                    new EventPlace(cityName, placeId, null, citySpan),
                    new EventTime(day.toString(), day.toString(), TimePrecision.DAY, daySpan),
                    List.of(), EventModality.ASSERTED, null, 0.5 + random.nextInt(50) / 100.0,
                    List.of(new Span(start, end))));
        }
        String body = text.toString().strip();
        String title = "Synthetic report " + index;
        Article article = new Article(String.format("syn-%07d", index), String.format("synthetic/%07d", index),
                "https://synthetic.example/" + index, title, null, "Synthetic Wire", null, published.toString(), "en",
                body, OffsetMap.identity(body.length()));
        return Document.of(article)
                .with(Layers.NLP, new NlpAnnotation(sentences, List.of()), new Provenance("nlp", "synthetic", "1"))
                .with(Layers.PLACES, new PlaceLayer(places), new Provenance("places", "synthetic", "1"))
                .with(Layers.EVENTS, new EventLayer(events), new Provenance("events", "synthetic", "1"));
    }
}
