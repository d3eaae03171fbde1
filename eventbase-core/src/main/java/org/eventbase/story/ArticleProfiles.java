package org.eventbase.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventbase.model.Count;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventLayer;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Builds the {@link ArticleProfile} of an extracted document from its entities, places, counts and events layers
 * (each optional). Example: {@code ArticleProfiles.of(ArticleExtractor.standard().extract(raw))}.
 */
public final class ArticleProfiles {
    private ArticleProfiles() {}

    public static ArticleProfile of(Document doc) {
        var article = doc.article();
        String published = day(article.published());
        List<Place> places = doc.find(Layers.PLACES).map(PlaceLayer::places).orElse(List.of());
        List<Entity> entities = doc.find(Layers.ENTITIES).map(EntityLayer::entities).orElse(List.of());
        List<Count> counts = doc.find(Layers.COUNTS).map(CountLayer::counts).orElse(List.of());
        List<Event> events = doc.find(Layers.EVENTS).map(EventLayer::events).orElse(List.of());
        int[] signature = MinHash.STANDARD.signature(TextShingles.of(article.text()));
        EventSite main = mainSite(places).orElse(null);
        Map<String, Place> placeById = places.stream().collect(Collectors.toMap(Place::id, Function.identity(),
                (a, b) -> a));
        Map<String, Count> countById = counts.stream().collect(Collectors.toMap(Count::id, Function.identity(),
                (a, b) -> a));
        List<EventProfile> profiles = new ArrayList<>();
        for (Event e : events) {
            if (e.modality().negated()) {
                continue;
            }
            profiles.add(event(article.id(), article.publisher(), published, e, placeById, countById, main,
                    evidence(article.text(), e)));
        }
        return new ArticleProfile(article.id(), article.title(), article.publisher(), published, signature,
                names(entities, places), profiles);
    }

    private static EventProfile event(String articleId, String publisher, String published, Event e,
            Map<String, Place> placeById, Map<String, Count> countById, EventSite main, String evidence) {
        String key = articleId + "-" + e.id();
        EventSite site = null;
        if (e.place() != null) {
            Place p = e.place().placeId() == null ? null : placeById.get(e.place().placeId());
            site = p == null ? new EventSite(e.place().text(), null, null, null, null, null, null) : site(p);
        }
        boolean inherited = site == null && main != null;
        DaySpan days = e.time() == null ? null : DaySpan.of(e.time().value()).orElse(null);
        boolean dated = days != null && e.time().text() != null;
        if (days == null && published != null) {
            days = DaySpan.day(LocalDate.parse(published));
        }
        List<CountClaim> claims = new ArrayList<>();
        for (String id : e.countIds()) {
            Count c = countById.get(id);
            if (c != null && !c.historical()) {
                claims.add(new CountClaim(key, articleId, publisher, published, c.kind(), c.min(), c.max(), c.text(),
                        c.claimant() == null ? null : c.claimant().name()));
            }
        }
        List<String> actors = new ArrayList<>();
        e.sources().forEach(a -> actors.add(a.text()));
        e.targets().forEach(a -> actors.add(a.text()));
        return new EventProfile(key, articleId, e.type(), e.mode(),
                e.sources().stream().map(EventActor::kind).toList(),
                e.targets().stream().map(EventActor::kind).toList(), actors,
                inherited ? main : site, inherited, days, dated, e.modality().hypothetical(), e.modality().negated(),
                e.modality().historical(), claims, evidence);
    }

    private static String evidence(String text, Event e) {
        if (e.evidence().isEmpty()) {
            return null;
        }
        var span = e.evidence().get(0);
        return span.end() <= text.length() ? text.substring(span.start(), span.end()) : null;
    }

    static EventSite site(Place p) {
        return new EventSite(p.name(), p.geonameId(), p.lat(), p.lon(), p.countryCode(), p.admin1Code(),
                p.precision());
    }

    /** The most-mentioned resolved city (else province, else country) of the article. */
    static Optional<EventSite> mainSite(List<Place> places) {
        for (List<PlacePrecision> level : List.of(List.of(PlacePrecision.POINT, PlacePrecision.CITY),
                List.of(PlacePrecision.ADMIN1), List.of(PlacePrecision.COUNTRY))) {
            Optional<Place> best = places.stream()
                    .filter(p -> p.resolved() && level.contains(p.precision()))
                    .max(Comparator.<Place>comparingInt(p -> p.mentions().size())
                            .thenComparing(Place::id, Comparator.reverseOrder()));
            if (best.isPresent()) {
                return best.map(ArticleProfiles::site);
            }
        }
        return Optional.empty();
    }

    private static List<String> names(List<Entity> entities, List<Place> places) {
        TreeSet<String> names = new TreeSet<>();
        for (Place p : places) {
            if (p.geonameId() != null && p.precision() != PlacePrecision.COUNTRY
                    && p.precision() != PlacePrecision.REGION) {
                names.add("place:" + p.geonameId());
            }
        }
        for (Entity e : entities) {
            if ((e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION) && e.name().length() > 2) {
                names.add("name:" + e.name().toLowerCase(Locale.ROOT).replaceAll("^the ", "").trim());
            }
        }
        return List.copyOf(names);
    }

    /** The ISO day of a publication date or date-time, or null. */
    static String day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        String day = published.substring(0, 10);
        try {
            LocalDate.parse(day);
            return day;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
