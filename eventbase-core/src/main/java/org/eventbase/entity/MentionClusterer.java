package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventbase.model.EntityKind;

/**
 * Groups name mentions into referents. Within a document: one referent per name per kind family (people,
 * groups such as nationalities, and named things: organisations, places and the rest); a name tagged
 * differently in different places gets one kind, a country/city/province tag beating the others and otherwise
 * the majority (a known country name is always a GPE); a shorter person name ("Berg") joins the one longer name it ends ("Anna-Lise Berg")
 * or shortens by leaving out middle names ("Ana Berg" for "Ana Maria Berg"),
 * and stays apart when two longer names end with it; a name tagged as a place or organisation that is a known
 * person's name becomes that person.
 * Example: {@code new MentionClusterer().cluster(mentions)} orders clusters by first mention.
 */
final class MentionClusterer {
    private enum Family { PERSON, GROUP, NAMED_THING }

    List<MentionCluster> cluster(List<NameMention> mentions) {
        List<NameMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        Map<String, String> personKeys = personKeyLinks(sorted);
        List<NameMention> linked = new ArrayList<>();
        for (NameMention m : sorted) {
            String personKey = personKeys.get(m.key());
            if (personKey != null && (m.kind() == EntityKind.PERSON || isMistaggedPerson(m))) {
                linked.add(m.withKind(EntityKind.PERSON).withKey(personKey));
            } else {
                linked.add(m);
            }
        }
        Map<String, EntityKind> namedThingKinds = namedThingKinds(linked);
        Map<String, List<NameMention>> groups = new LinkedHashMap<>();
        for (NameMention m : linked) {
            Family family = familyOf(m.kind());
            EntityKind kind = family == Family.NAMED_THING ? namedThingKinds.get(m.key()) : m.kind();
            groups.computeIfAbsent(family + "\u0000" + m.key(), k -> new ArrayList<>()).add(m.withKind(kind));
        }
        List<MentionCluster> clusters = new ArrayList<>();
        for (List<NameMention> group : groups.values()) {
            clusters.add(new MentionCluster(canonicalName(group), group.get(0).kind(), group));
        }
        clusters.sort(Comparator.comparingInt(MentionCluster::firstStart));
        return clusters;
    }

    /**
     * For every person name, the longest person name it stands for: itself, or the single longer name whose
     * last words it repeats.
     */
    private static Map<String, String> personKeyLinks(List<NameMention> mentions) {
        List<String> people = mentions.stream().filter(m -> m.kind() == EntityKind.PERSON)
                .map(NameMention::key).distinct().toList();
        Map<String, String> links = new HashMap<>();
        for (String name : mentions.stream().map(NameMention::key).distinct().toList()) {
            List<String> longer = people.stream()
                    .filter(other -> endsWithWords(other, name) || skipsMiddleNames(other, name))
                    .filter(other -> people.stream().noneMatch(o -> endsWithWords(o, other) || skipsMiddleNames(o, other)))
                    .toList();
            if (longer.size() == 1) {
                links.put(name, longer.get(0));
            } else if (people.contains(name)) {
                links.put(name, name);
            }
        }
        return links;
    }

    /** A surname tagged as a place or thing; a name tagged a country, or a known country, is taken at its word. */
    private static boolean isMistaggedPerson(NameMention m) {
        return m.kind() == EntityKind.LOCATION || m.kind() == EntityKind.ORGANIZATION
                || m.kind() == EntityKind.MISC
                || m.kind() == EntityKind.GPE && !"COUNTRY".equals(m.tag()) && !Demonyms.isCountry(m.key());
    }

    /** "Ana Berg" in "Ana Maria Berg": same first and last word, fewer words in between. */
    private static boolean skipsMiddleNames(String longer, String shorter) {
        String[] l = NameKeys.words(longer);
        String[] s = NameKeys.words(shorter);
        return s.length >= 2 && s.length < l.length && l[0].equals(s[0]) && l[l.length - 1].equals(s[s.length - 1]);
    }

    private static boolean endsWithWords(String longer, String shorter) {
        String[] l = NameKeys.words(longer);
        String[] s = NameKeys.words(shorter);
        if (s.length == 0 || s.length >= l.length) {
            return false;
        }
        for (int i = 1; i <= s.length; i++) {
            // Case-blind, for particles capitalised at the start of a sentence: "Van den Broek", "Marc van den Broek".
            if (!l[l.length - i].equalsIgnoreCase(s[s.length - i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, EntityKind> namedThingKinds(List<NameMention> mentions) {
        Map<String, Map<EntityKind, Integer>> votes = new HashMap<>();
        Map<String, Boolean> governed = new HashMap<>();
        for (NameMention m : mentions) {
            if (familyOf(m.kind()) != Family.NAMED_THING) {
                continue;
            }
            votes.computeIfAbsent(m.key(), k -> new EnumMap<>(EntityKind.class)).merge(m.kind(), 1, Integer::sum);
            if (NerTagKinds.isGovernedPlace(m.tag()) || Demonyms.isCountry(m.key())) {
                governed.put(m.key(), true);
            }
        }
        Map<String, EntityKind> kinds = new HashMap<>();
        votes.forEach((key, counts) -> kinds.put(key, governed.containsKey(key) ? EntityKind.GPE : majority(counts)));
        return kinds;
    }

    /** The most frequent kind; ties go to the more specific: GPE, then organisation, location, misc. */
    private static EntityKind majority(Map<EntityKind, Integer> counts) {
        List<EntityKind> order = List.of(EntityKind.GPE, EntityKind.ORGANIZATION, EntityKind.LOCATION, EntityKind.MISC);
        EntityKind best = null;
        for (EntityKind kind : order) {
            int n = counts.getOrDefault(kind, 0);
            if (n > 0 && (best == null || n > counts.get(best))) {
                best = kind;
            }
        }
        return best == null ? EntityKind.MISC : best;
    }

    private static Family familyOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> Family.PERSON;
            case NORP -> Family.GROUP;
            default -> Family.NAMED_THING;
        };
    }

    /** The fullest form: most words, then longest, then earliest; an all-capital acronym only as a last resort. */
    private static String canonicalName(List<NameMention> group) {
        NameMention best = null;
        for (NameMention m : group) {
            if (best == null || fuller(m, best)) {
                best = m;
            }
        }
        return best.text().replaceAll("\\s+", " ");
    }

    private static boolean fuller(NameMention a, NameMention b) {
        boolean aAcronym = isAllCapitals(a.text());
        boolean bAcronym = isAllCapitals(b.text());
        if (aAcronym != bAcronym) {
            return bAcronym;
        }
        int aWords = NameKeys.words(NameKeys.of(a.text())).length;
        int bWords = NameKeys.words(NameKeys.of(b.text())).length;
        if (aWords != bWords) {
            return aWords > bWords;
        }
        return a.text().length() > b.text().length();
    }

    private static boolean isAllCapitals(String text) {
        return text.length() > 1 && text.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }
}
