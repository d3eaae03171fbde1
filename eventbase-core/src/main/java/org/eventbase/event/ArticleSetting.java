package org.eventbase.event;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventbase.count.BackgroundYears;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.EventPlace;
import org.eventbase.model.Mention;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Chooses an article's setting: the place its news happens in, given to events whose own sentence and paragraph
 * name none. Each mention of a town (a city or finer place; a province counts half) weighs 3 in the lead (the
 * article's first sentence, dateline included), 0 in a sentence about background history (a year two or more
 * before publication) and 1 elsewhere; the heaviest town wins, ties going to the one named first. With no town,
 * the place named most often (at least twice) is the setting. Example: an article whose lead says "dockers blocked
 * the port of Valparaíso" and which later mentions "told reporters in Santiago" and "the 2019 unrest in Santiago"
 * is set in Valparaíso (3 against 1).
 */
final class ArticleSetting {
    private static final int LEAD = 3;
    private final List<Sentence> sentences;
    private final BackgroundYears background;

    private ArticleSetting(List<Sentence> sentences, BackgroundYears background) {
        this.sentences = sentences;
        this.background = background;
    }

    /** The setting, from the places layer when present, else from GPE/LOCATION entities; null when none fits. */
    static EventPlace of(List<Sentence> sentences, EntityLayer entities, PlaceLayer places, String published) {
        ArticleSetting setting = new ArticleSetting(sentences, new BackgroundYears(published));
        if (places != null) {
            Optional<EventPlace> fromPlaces = setting.fromPlaces(places.places());
            if (fromPlaces.isPresent()) {
                return fromPlaces.get();
            }
        }
        return setting.fromEntities(entities.entities()).orElse(null);
    }

    private Optional<EventPlace> fromPlaces(List<Place> places) {
        Place best = null;
        double bestWeight = 0;
        for (Place p : places) {
            double factor = townFactor(p.precision());
            double weight = factor * weight(p.mentions());
            if (weight > bestWeight || weight == bestWeight && best != null && weight > 0
                    && p.mentions().get(0).start() < best.mentions().get(0).start()) {
                best = p;
                bestWeight = weight;
            }
        }
        if (best == null) {
            best = places.stream().filter(p -> p.mentions().size() >= 2)
                    .min(Comparator.comparingInt((Place p) -> -p.mentions().size())).orElse(null);
        }
        return Optional.ofNullable(best).map(p -> new EventPlace(p.mentions().get(0).text(), p.id(), p.entityId(),
                p.mentions().get(0).span()));
    }

    private Optional<EventPlace> fromEntities(List<Entity> entities) {
        Set<String> cities = cityEntityIds(entities);
        Entity best = null;
        double bestWeight = 0;
        for (Entity e : entities) {
            if (!cities.contains(e.id())) {
                continue;
            }
            double weight = weight(e.mentions());
            if (weight > bestWeight) {
                best = e;
                bestWeight = weight;
            }
        }
        if (best == null) {
            best = entities.stream()
                    .filter(e -> (e.kind() == EntityKind.GPE || e.kind() == EntityKind.LOCATION)
                            && e.mentions().size() >= 2)
                    .min(Comparator.comparingInt((Entity e) -> -e.mentions().size())).orElse(null);
        }
        return Optional.ofNullable(best).map(e -> new EventPlace(e.mentions().get(0).text(), null, e.id(),
                e.mentions().get(0).span()));
    }

    /** 1 for a town, 0.5 for a province (a namesake of its capital is often meant), 0 for anything larger. */
    private static double townFactor(PlacePrecision precision) {
        if (precision == PlacePrecision.POINT || precision == PlacePrecision.CITY) {
            return 1;
        }
        return precision == PlacePrecision.ADMIN1 ? 0.5 : 0;
    }

    private double weight(List<Mention> mentions) {
        double sum = 0;
        for (Mention m : mentions) {
            Sentence s = sentenceAt(m.start());
            if (s == null) {
                sum += 1;
            } else if (s.index() == 0) {
                sum += LEAD;
            } else if (!aboutBackground(background, s)) {
                sum += 1;
            }
        }
        return sum;
    }

    /** True when {@code sentence} names a year two or more years before publication ("the 2019 unrest"). */
    static boolean aboutBackground(BackgroundYears background, Sentence sentence) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (background.isBackgroundYear(sentence.tokens(), i)) {
                return true;
            }
        }
        return false;
    }

    private Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Entity ids of the places the recogniser tagged as cities; only the entity fallback needs them. */
    private Set<String> cityEntityIds(List<Entity> entities) {
        Set<Integer> cityStarts = new HashSet<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if ("CITY".equals(t.ner())) {
                    cityStarts.add(t.start());
                }
            }
        }
        Set<String> cities = new HashSet<>();
        for (Entity e : entities) {
            if ((e.kind() == EntityKind.GPE || e.kind() == EntityKind.LOCATION)
                    && e.mentions().stream().anyMatch(m -> cityStarts.contains(m.start()))) {
                cities.add(e.id());
            }
        }
        return cities;
    }
}
