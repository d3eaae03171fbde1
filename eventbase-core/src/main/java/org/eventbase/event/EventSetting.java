package org.eventbase.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventTime;
import org.eventbase.model.Mention;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.TimeRef;

/**
 * Finds where and when an event happened. Place: the most specific place named in its sentence (from the places
 * layer when present, else a GPE/LOCATION entity of the sentence with {@code placeId} null), else one named in the
 * nearest earlier sentence of the same paragraph that is not about background history, else the article's setting
 * ({@link ArticleSetting}). Time: the resolved time expression of the sentence nearest the trigger,
 * else the previous sentence's when the sentence continues its paragraph, else (text null) the day the article's
 * lead names, else the publication date.
 * Example: "Crowds stormed the airport in Lyon on Wednesday" gives place Lyon and Wednesday's date.
 */
final class EventSetting {
    private final String text;
    private final List<Sentence> sentences;
    private final EntityLayer entities;
    private final PlaceLayer places;
    private final TimeLayer times;
    private final String published;
    private final org.eventbase.count.BackgroundYears backgroundYears;
    private EventPlace setting;
    private boolean settingDone;

    EventSetting(String text, List<Sentence> sentences, EntityLayer entities, PlaceLayer places, TimeLayer times, String published) {
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
        this.places = places;
        this.times = times;
        this.published = published;
        this.backgroundYears = new org.eventbase.count.BackgroundYears(published);
    }

    /**
     * The place of an event of {@code sentence}; {@code inClause} tells whether a span of the sentence belongs to
     * the event's clause (or a clause above it), so that a place in a relative clause about something else is not
     * taken; {@code jurisdiction}, when not null, tells the spans where a measure applies when its clause names no
     * place (the authority's own place: "Pernambuco's governor").
     */
    EventPlace place(Sentence sentence, int triggerOffset, Predicate<Span> inClause, Predicate<Span> jurisdiction) {
        EventPlace own = placeIn(sentence, triggerOffset, inClause);
        if (own == null && jurisdiction != null) {
            own = placeIn(sentence, triggerOffset, jurisdiction);
        }
        if (own != null) {
            return own;
        }
        // Earlier sentences of the paragraph, nearest first, tell where its story is; background history does not.
        for (int i = sentence.index(); i > 0 && sameParagraph(sentences.get(i)); i--) {
            Sentence earlier = sentences.get(i - 1);
            if (!ArticleSetting.aboutBackground(backgroundYears, earlier)) {
                EventPlace previous = placeIn(earlier, triggerOffset, span -> true);
                if (previous != null) {
                    return previous;
                }
            }
        }
        return setting();
    }

    /**
     * The place {@code sentence} itself names for an event, or null: for background history, which happened
     * elsewhere or at another time than the article's news and so must not inherit its setting.
     */
    EventPlace placeInSentence(Sentence sentence, int triggerOffset, Predicate<Span> inClause) {
        return placeIn(sentence, triggerOffset, inClause);
    }

    /** The time of an event of {@code sentence}, with {@code inClause} as for {@link #place}. */
    EventTime time(Sentence sentence, int triggerOffset, Predicate<Span> inClause) {
        Optional<TimeRef> own = timeIn(sentence, triggerOffset, inClause);
        if (own.isEmpty() && sentence.index() > 0 && sameParagraph(sentence)) {
            // A continuation takes the previous sentence's date, not a background year mentioned there.
            own = timeIn(sentences.get(sentence.index() - 1), triggerOffset,
                    span -> true).filter(t -> !background(t));
        }
        if (own.isPresent()) {
            TimeRef t = own.get();
            return new EventTime(t.text(), t.value(), t.precision(), t.span());
        }
        if (published == null || published.length() < 10) {
            return null;
        }
        // Undated events of a news story happen on its news day: the day its lead names ("on Monday"), which is
        // often the day before publication; the text does not date them itself, so text and span stay null.
        Optional<TimeRef> lead = sentences.isEmpty() ? Optional.empty()
                : timeIn(sentences.get(0), sentences.get(0).start(), span -> true)
                        .filter(t -> t.precision() == TimePrecision.DAY && !background(t));
        return new EventTime(null, lead.map(TimeRef::value).orElse(published.substring(0, 10)), TimePrecision.DAY,
                null);
    }

    /** True when no blank line separates {@code sentence} from the one before it. */
    private boolean sameParagraph(Sentence sentence) {
        Sentence previous = sentences.get(sentence.index() - 1);
        int from = Math.min(previous.end(), text.length());
        int to = Math.min(Math.max(from, sentence.start()), text.length());
        return !text.substring(from, to).contains("\n\n") && !text.substring(from, to).contains("\n");
    }

    private boolean background(TimeRef t) {
        Optional<Integer> year = org.eventbase.count.BackgroundYears.yearOf(t.value());
        Optional<Integer> now = org.eventbase.count.BackgroundYears.yearOf(published);
        return year.isPresent() && now.isPresent() && year.get() <= now.get() - 2;
    }

    private Optional<TimeRef> timeIn(Sentence sentence, int triggerOffset, Predicate<Span> inClause) {
        if (times == null) {
            return Optional.empty();
        }
        int dateline = Dateline.firstTokenAfter(text, sentence.tokens());
        // The dateline's date is when the wire filed the story, not when its events happened.
        int after = dateline > 0 ? sentence.tokens().get(dateline).start() : sentence.start();
        return times.times().stream()
                .filter(t -> t.resolved() && t.value() != null && after <= t.span().start()
                        && t.span().end() <= sentence.end() && inClause.test(t.span()))
                .min(Comparator.comparingInt(t -> Math.abs(t.span().start() - triggerOffset)));
    }

    private EventPlace placeIn(Sentence sentence, int triggerOffset, Predicate<Span> inClause) {
        int dateline = Dateline.firstTokenAfter(text, sentence.tokens());
        // The dateline names where the story was filed; it is the setting's business, not the sentence's.
        Span bounds = new Span(dateline > 0 ? sentence.tokens().get(dateline).start() : sentence.start(),
                sentence.end());
        if (places != null) {
            EventPlace best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Place p : places.places()) {
                for (Mention m : p.mentions()) {
                    if (bounds.contains(m.span()) && inClause.test(m.span())) {
                        // A name the gazetteer cannot resolve after "in/at/near" is a town or a site: it ranks
                        // with cities, ahead of the country a later phrase names ("near X, close to Niger").
                        int precision = p.precision() == null && introduction(m) == 0
                                ? PlacePrecision.CITY.ordinal() : precisionRank(p);
                        // Then "in/at/near X" before "from X" ("In Dondo, about 30 km from Beira, …"), then
                        // nearness to the trigger.
                        int rank = precision * 100_000 + introduction(m) + referencePoint(m)
                                + Math.abs(m.start() - triggerOffset);
                        if (rank < bestRank) {
                            bestRank = rank;
                            best = new EventPlace(m.text(), p.id(), p.entityId(), m.span());
                        }
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        EventPlace best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Entity e : entities.entities()) {
            if (e.kind() != EntityKind.GPE && e.kind() != EntityKind.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (bounds.contains(m.span()) && !possessive(m) && inClause.test(m.span())) {
                    // Places after "in/at/near" state where; a country named as an actor ("Russia's") does not.
                    int rank = introduction(m) + referencePoint(m) + Math.abs(m.start() - triggerOffset);
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = new EventPlace(m.text(), null, e.id(), m.span());
                    }
                }
            }
        }
        return best;
    }

    /** Finer places rank first; an unresolved place (no precision) ranks after every resolved one. */
    private static int precisionRank(Place place) {
        return place.precision() == null ? PlacePrecision.values().length : place.precision().ordinal();
    }

    private boolean possessive(Mention m) {
        return text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
    }

    /**
     * 1,000,000 for a place that only locates another ("in Pishin district, about 50 km north of Quetta"), which
     * ranks after every other place of the sentence; else 0.
     */
    private int referencePoint(Mention m) {
        String before = text.substring(Math.max(0, m.start() - 60), m.start()).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*\\b(km|kilometres|kilometers|miles|north|south|east|west|northeast|northwest"
                + "|southeast|southwest)\\s+(of|from)\\s+(the\\s+)?$") ? 1_000_000 : 0;
    }

    /** 0 for "in/at/near X" (where it happened), 5000 for "of/from/into X", 10000 for a bare name. */
    private int introduction(Mention m) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(java.util.Locale.ROOT);
        String words = "\\s+(the\\s+)?([\\p{L}'’-]+\\s+){0,3}$";
        if (before.matches("(?s).*\\b(in|at|near|outside|inside|across|around)" + words)) {
            return 0;
        }
        return before.matches("(?s).*\\b(of|from|into|to|towards)" + words) ? 5_000 : 10_000;
    }

    /** The article's setting ({@link ArticleSetting}), chosen once. */
    private EventPlace setting() {
        if (!settingDone) {
            settingDone = true;
            setting = ArticleSetting.of(sentences, entities, places, published);
        }
        return setting;
    }
}
