package org.eventbase.bench.story;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
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
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.RawArticle;
import org.eventbase.model.Span;
import org.eventbase.model.TimePrecision;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Cheap synthetic extracted documents for measuring story assignment at scale, without running the pipeline:
 * article {@code i} belongs to story {@code i / 4}; the four articles of a story share an organisation, a city and a
 * protest with a death toll that differs between them, the second is a near-copy of the first, and stories spread
 * over two years (about 27 new stories a day at 100,000 articles). Example: {@code SyntheticStoryArticles.document(7)}.
 */
public final class SyntheticStoryArticles {
    private static final String[] WORDS = ("police protest march city council union minister crowd road market "
            + "strike fuel price water school hospital court vote party army border village bridge port farmers "
            + "teachers students workers drivers traders miners nurses doctors judges mayor governor province "
            + "district capital square station airport harbour factory mine field river coast hill valley").split(" ");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int LONG_STORY = 10_000_000;
    private static final int LONG_STORY_FIRST = 40_000_000;
    private static final Provenance MADE_BY = new Provenance("synthetic", "synthetic", "1");

    private SyntheticStoryArticles() {}

    /** The raw input of {@link #longStoryDocument}{@code (n)}. */
    public static RawArticle longStoryRaw(int n) {
        Document d = longStoryDocument(n);
        return new RawArticle(d.article().input(), ContentFormat.TEXT, d.article().text(),
                new ArticleMetadata(d.article().title(), d.article().url(), d.article().publisher(), null, null,
                        d.article().published()));
    }

    public static RawArticle raw(int i) {
        return new RawArticle("synthetic/" + i + ".txt", ContentFormat.TEXT, text(i),
                new ArticleMetadata(title(i), url(i), publisher(i), null, null, published(i)));
    }

    public static Document document(int i) {
        return document(i, i / 4, text(i), day(i / 4), published(i));
    }

    /**
     * Article {@code n} of one long story (the same organisation and city in every article, two articles a day,
     * each with its own text and a protest on its day), for timing a save into a story of hundreds of articles.
     * Its ids do not meet those of {@link #document}'s below 40 million articles.
     */
    public static Document longStoryDocument(int n) {
        int i = LONG_STORY_FIRST + n;
        LocalDate day = FIRST_DAY.plusDays(n / 2);
        StringBuilder text = new StringBuilder();
        SplittableRandom own = new SplittableRandom(i * 17L + 3);
        for (int w = 0; w < 80; w++) {
            text.append(WORDS[own.nextInt(WORDS.length)]).append(w % 10 == 9 ? ". " : " ");
        }
        text.append("Long story, article ").append(n).append('.');
        return document(i, LONG_STORY, text.toString(), day, day.plusDays(1).toString());
    }

    private static Document document(int i, int story, String text, LocalDate eventDay, String published) {
        Article article = new Article(ArticleIds.of(text, url(i)), "synthetic/" + i + ".txt", url(i), title(i), null,
                publisher(i), null, published, "en", text, OffsetMap.identity(text.length()));
        Span head = new Span(0, 6);
        String org = "Union " + story;
        Entity union = new Entity("e1", org, EntityKind.ORGANIZATION, List.of(), List.of(), List.of(),
                List.of(new Mention(0, 6, text.substring(0, 6))));
        Place city = new Place("p1", "Town " + story, 90_000_000L + story, lat(story), lon(story), "P", "PPL", "ZZ",
                "01", 1000L, PlacePrecision.CITY, null, List.of(new Mention(0, 6, text.substring(0, 6))), null);
        Count killed = new Count("c1", CountKind.KILLED, 3 + (story % 7) + (i % 4 == 3 ? 2 : 0), null, "several",
                head, "people", null, new Span(0, text.length()), false);
        Event protest = new Event("ev1", EventType.PROTEST, "demo", new AcledCategory("Protests", "Peaceful protest"),
                "marched", head, List.of(new EventActor(org, "e1", head, ActorKind.PROTESTERS)), List.of(),
                new EventPlace("Town " + story, "p1", null, head),
                new EventTime("Tuesday", eventDay.toString(), TimePrecision.DAY, head), List.of("c1"),
                EventModality.ASSERTED, null, 0.9, List.of(new Span(0, text.length())));
        return Document.of(article)
                .with(Layers.ENTITIES, new EntityLayer(List.of(union)), MADE_BY)
                .with(Layers.PLACES, new PlaceLayer(List.of(city)), MADE_BY)
                .with(Layers.COUNTS, new CountLayer(List.of(killed)), MADE_BY)
                .with(Layers.EVENTS, new EventLayer(List.of(protest)), MADE_BY);
    }

    private static String text(int i) {
        int story = i / 4;
        StringBuilder text = new StringBuilder();
        SplittableRandom shared = new SplittableRandom(story * 31L + 7);
        for (int w = 0; w < 60; w++) {
            text.append(WORDS[shared.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        if (i % 4 != 1) {
            SplittableRandom own = new SplittableRandom(i * 17L + 3);
            for (int w = 0; w < 40; w++) {
                text.append(WORDS[own.nextInt(WORDS.length)]).append(w % 10 == 9 ? ". " : " ");
            }
        }
        return text.append("Story ").append(story).append(", article ").append(i).append('.').toString();
    }

    private static LocalDate day(int story) {
        return FIRST_DAY.plusDays(story % 730);
    }

    private static String published(int i) {
        return day(i / 4).plusDays(1 + i % 4).toString();
    }

    private static String title(int i) {
        return "Protest in Town " + (i / 4) + (i % 4 == 1 ? " (copy)" : "");
    }

    private static String url(int i) {
        return "https://outlet" + (i % 4) + ".example/" + i;
    }

    private static String publisher(int i) {
        return "Outlet " + (i % 4);
    }

    private static double lat(int story) {
        return -60 + (story * 7919 % 12000) / 100.0;
    }

    private static double lon(int story) {
        return -170 + (story * 104729 % 34000) / 100.0;
    }
}
