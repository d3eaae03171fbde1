package org.eventbase.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;

/**
 * Gives the people of a country their kind when the recogniser calls them a misc name: "Kenyans" is a
 * nationality when "Kenyan" is a known demonym or the article names Kenya (or "Malawi" for "Malawians") as a
 * place.
 * Example: with "Zambia" tagged a country, the MISC mention "Zambians" becomes a NATIONALITY, kind NORP.
 */
final class NationalityPlurals {
    private NationalityPlurals() {}

    static List<NameMention> retag(List<NameMention> mentions, NlpAnnotation nlp) {
        Set<String> places = mentions.stream().filter(m -> m.kind() == EntityKind.GPE)
                .map(NameMention::key).collect(Collectors.toSet());
        return mentions.stream().map(m -> isPeopleOf(m, places) ? new NameMention(m.sentence(), m.tokenStart(),
                m.tokenEnd(), m.start(), m.end(), m.text(), "NATIONALITY", EntityKind.NORP, m.key()) : m).toList();
    }

    private static boolean isPeopleOf(NameMention m, Set<String> places) {
        String name = m.key();
        if (m.kind() != EntityKind.MISC || name.contains(" ") || !name.endsWith("ns") || name.length() < 5) {
            return false;
        }
        String singular = name.substring(0, name.length() - 1);
        String dropN = singular.substring(0, singular.length() - 1);
        String dropAn = singular.endsWith("an") ? singular.substring(0, singular.length() - 2) : dropN;
        return !Demonyms.countryOf(singular).equals(singular) || places.contains(dropN) || places.contains(dropAn);
    }
}
