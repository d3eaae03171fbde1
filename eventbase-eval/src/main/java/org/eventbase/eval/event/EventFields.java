package org.eventbase.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores every field of matched events, slot-filling style: a field value of a matched pair that agrees with gold
 * is a true positive; a predicted value that disagrees, or that belongs to a spurious event, is a false positive;
 * an actor kind agrees when the actor's name and its {@code ActorKind} both do;
 * a gold value that is not matched, or that belongs to a missed event, is a false negative. Actors and counts are
 * lists, matched one to one within the pair. Flags are scored as positive classes (only a raised flag counts). A
 * gold date of null means the text gives none: the predicted date of such a pair is not scored.
 * Example: {@code EventFields.score(matching)} gives {@code {"event type": …, "source actor": …, …}}.
 */
public final class EventFields {
    /** The field names in report order. */
    public static final List<String> NAMES = List.of("event type", "mode", "acled sub-event type", "source actor",
            "target actor", "source actor kind", "target actor kind", "place", "place country", "date", "counts", "counts with claimant", "hypothetical",
            "negated", "historical", "reported");

    private EventFields() {}

    /** Field scores of one article's matching, keyed by {@link #NAMES}. */
    public static Map<String, FieldScore> score(EventMatching m) {
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        scores.put("event type", new FieldScore(m.pairs().size(), m.spurious().size(), m.missed().size()));
        scores.put("mode", slot(m, GoldEvent::mode, PredictedEvent::mode, EventFields::sameText));
        scores.put("acled sub-event type", slot(m, g -> g.acled() == null ? null : g.acled().subEventType(),
                p -> p.acled() == null ? null : p.acled().subEventType(), EventFields::sameText));
        scores.put("source actor", list(m, GoldEvent::sources, PredictedEvent::sources,
                (g, p) -> sameName(g.text(), p.text())));
        scores.put("target actor", list(m, GoldEvent::targets, PredictedEvent::targets,
                (g, p) -> sameName(g.text(), p.text())));
        // An actor kind counts when the actor itself matches and its kind is gold's (gold actors without a kind
        // are not scored for it).
        scores.put("source actor kind", list(m, g -> kinded(g.sources()), PredictedEvent::sources,
                (g, p) -> sameName(g.text(), p.text()) && g.kind() == p.kind()));
        scores.put("target actor kind", list(m, g -> kinded(g.targets()), PredictedEvent::targets,
                (g, p) -> sameName(g.text(), p.text()) && g.kind() == p.kind()));
        scores.put("place", slot(m, GoldEvent::place, PredictedEvent::place, (g, p) -> sameName(g.text(), p.text())));
        scores.put("place country", slot(m, g -> g.place() == null ? null : g.place().country(),
                p -> p.place() == null ? null : p.place().country(), EventFields::sameText));
        scores.put("date", slot(m, GoldEvent::date, PredictedEvent::date, DateValue::matchedBy, true));
        scores.put("counts", list(m, GoldEvent::counts, PredictedEvent::counts, CountValue::sameFigure));
        scores.put("counts with claimant", list(m, GoldEvent::counts, PredictedEvent::counts,
                (g, p) -> g.sameFigure(p) && sameClaimant(g.claimedBy(), p.claimedBy())));
        scores.put("hypothetical", slot(m, g -> raised(g.modality().hypothetical()),
                p -> raised(p.modality().hypothetical()), Objects::equals));
        scores.put("negated", slot(m, g -> raised(g.modality().negated()), p -> raised(p.modality().negated()),
                Objects::equals));
        scores.put("historical", slot(m, g -> raised(g.modality().historical()),
                p -> raised(p.modality().historical()), Objects::equals));
        scores.put("reported", slot(m, g -> raised(g.modality().reported()), p -> raised(p.modality().reported()),
                Objects::equals));
        return scores;
    }

    private static <T> FieldScore slot(EventMatching m, Function<GoldEvent, T> gold,
            Function<PredictedEvent, T> predicted, BiPredicate<T, T> agree) {
        return slot(m, gold, predicted, agree, false);
    }

    /**
     * @param goldMayBeUnknown when true, a matched pair whose gold value is null is not scored: the text gives no
     *                         value, so any prediction is neither right nor wrong (dates: "the attack" with no day)
     */
    private static <T> FieldScore slot(EventMatching m, Function<GoldEvent, T> gold,
            Function<PredictedEvent, T> predicted, BiPredicate<T, T> agree, boolean goldMayBeUnknown) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (EventMatching.Pair pair : m.pairs()) {
            T g = gold.apply(pair.gold());
            T p = predicted.apply(pair.predicted());
            if (g == null && goldMayBeUnknown) {
                continue;
            }
            if (g != null && p != null && agree.test(g, p)) {
                tp++;
            } else {
                fp += p == null ? 0 : 1;
                fn += g == null ? 0 : 1;
            }
        }
        for (PredictedEvent p : m.spurious()) {
            fp += predicted.apply(p) == null ? 0 : 1;
        }
        for (GoldEvent g : m.missed()) {
            fn += gold.apply(g) == null ? 0 : 1;
        }
        return new FieldScore(tp, fp, fn);
    }

    private static <T> FieldScore list(EventMatching m, Function<GoldEvent, List<T>> gold,
            Function<PredictedEvent, List<T>> predicted, BiPredicate<T, T> agree) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (EventMatching.Pair pair : m.pairs()) {
            List<T> g = gold.apply(pair.gold());
            List<T> p = new ArrayList<>(predicted.apply(pair.predicted()));
            int matched = 0;
            for (T item : g) {
                for (int i = 0; i < p.size(); i++) {
                    if (agree.test(item, p.get(i))) {
                        p.remove(i);
                        matched++;
                        break;
                    }
                }
            }
            tp += matched;
            fp += predicted.apply(pair.predicted()).size() - matched;
            fn += g.size() - matched;
        }
        for (PredictedEvent p : m.spurious()) {
            fp += predicted.apply(p).size();
        }
        for (GoldEvent g : m.missed()) {
            fn += gold.apply(g).size();
        }
        return new FieldScore(tp, fp, fn);
    }

    private static List<ActorValue> kinded(List<ActorValue> actors) {
        return actors.stream().filter(a -> a.kind() != null).toList();
    }

    private static Boolean raised(boolean flag) {
        return flag ? Boolean.TRUE : null;
    }

    private static boolean sameText(String a, String b) {
        return a.trim().equalsIgnoreCase(b.trim());
    }

    private static boolean sameClaimant(String gold, String predicted) {
        return gold == null ? predicted == null : predicted != null && sameName(gold, predicted);
    }

    /**
     * Two names of the same party or place: equal once lower-cased, stripped of punctuation and a leading article,
     * or one contains the other as whole words ("riot police" and "police"; "Lyon" and "central Lyon").
     */
    static boolean sameName(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ");
    }

    private static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.replaceFirst("^(the|a|an) ", "");
    }
}
