package org.eventbase.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Article;
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
import org.eventbase.model.Span;
import org.eventbase.model.TimePrecision;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Extracted documents made without the pipeline, for story tests at scale: each names unions and towns (salient
 * names), reports one protest per town on its day with a death toll, and has its own text unless it copies another.
 * Fiction with made-up towns.
 */
final class StoryCorpus {
    private static final Provenance MADE_BY = new Provenance("story corpus", "story corpus", "1");
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    private StoryCorpus() {}

    /** Article {@code n} of story {@code story}, published {@code day} days after 2025-01-01. */
    static Document article(int story, int n, int day, int killed) {
        return document("story " + story + " article " + n, day, killed, story);
    }

    /** An article about several stories at once (it names their unions and towns): it links them into one. */
    static Document bridge(String name, int day, int... stories) {
        return document(name, day, 4, stories);
    }

    /** The same text as {@code original} with a line of portal cruft, from another outlet: a near-duplicate. */
    static Document copy(Document original, int killed) {
        Article a = original.article();
        String text = a.text() + " Read more on the portal.";
        String url = a.url() + "/portal";
        Article copy = new Article(ArticleIds.of(text, url), a.input() + ".portal", url, a.title(), null,
                "Portal Sur", null, a.published(), "en", text, OffsetMap.identity(text.length()));
        Count c = original.layer(Layers.COUNTS).counts().get(0);
        Count changed = new Count(c.id(), c.kind(), killed, null, String.valueOf(killed), c.span(), c.victims(),
                c.claimant(), c.evidence(), c.historical());
        return original.withArticle(copy).with(Layers.COUNTS, new CountLayer(List.of(changed)), MADE_BY);
    }

    private static Document document(String name, int day, int killed, int... stories) {
        String published = FIRST.plusDays(day).toString();
        StringBuilder text = new StringBuilder();
        for (int s : stories) {
            text.append("Union ").append(s).append(" marched in Town ").append(s).append(". ");
        }
        text.append(name).append(" says that ").append(killed).append(" people died; words ");
        long seed = name.hashCode() * 2654435761L;
        for (int w = 0; w < 40; w++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            text.append(Long.toString((seed >>> 40) % 5000, 36)).append(' ');
        }
        String body = text.toString().trim() + ".";
        String url = "https://outlet.example/" + name.replace(' ', '-');
        Article article = new Article(ArticleIds.of(body, url), name.replace(' ', '-') + ".txt", url, "About " + name,
                null, "Outlet " + (name.length() % 3), null, published, "en", body, OffsetMap.identity(body.length()));
        Span head = new Span(0, 5);
        List<Entity> entities = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            int s = stories[i];
            String union = "Union " + s;
            entities.add(new Entity("e" + i, union, EntityKind.ORGANIZATION, List.of(), List.of(), List.of(),
                    List.of(new Mention(0, 5, body.substring(0, 5)))));
            places.add(new Place("p" + i, "Town " + s, 80_000_000L + s, 10.0 + s, 20.0 + s, "P", "PPL", "ZZ", "01",
                    1000L, PlacePrecision.CITY, null, List.of(new Mention(0, 5, body.substring(0, 5))), null));
            events.add(new Event("ev" + (i + 1), EventType.PROTEST, "demo",
                    new AcledCategory("Protests", "Peaceful protest"), "marched", head,
                    List.of(new EventActor(union, "e" + i, head, ActorKind.PROTESTERS)), List.of(),
                    new EventPlace("Town " + s, "p" + i, null, head),
                    new EventTime("Tuesday", published, TimePrecision.DAY, head), i == 0 ? List.of("c1") : List.of(),
                    EventModality.ASSERTED, null, 0.9, List.of(new Span(0, body.length()))));
        }
        Count count = new Count("c1", CountKind.KILLED, killed, null, String.valueOf(killed), head, "people", null,
                new Span(0, body.length()), false);
        return Document.of(article)
                .with(Layers.ENTITIES, new EntityLayer(entities), MADE_BY)
                .with(Layers.PLACES, new PlaceLayer(places), MADE_BY)
                .with(Layers.COUNTS, new CountLayer(List.of(count)), MADE_BY)
                .with(Layers.EVENTS, new EventLayer(events), MADE_BY);
    }
}
