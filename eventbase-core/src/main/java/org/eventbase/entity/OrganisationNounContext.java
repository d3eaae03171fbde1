package org.eventbase.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Token;

/**
 * Corrects the kind of a name that a noun before it shows to be an organisation, whatever the recogniser tagged
 * it: "the news site X", "the rebel group X", "the newspaper X". Every mention of that name becomes an
 * organisation, so a name once tagged a person does not pull the rest back.
 * Example: in "the investigative site Sahra Net" the name "Sahra Net", tagged PERSON, becomes an ORGANIZATION.
 */
final class OrganisationNounContext {
    private static final Set<String> ORGANISATION_NOUNS = Set.of("site", "website", "newspaper", "daily", "weekly",
            "magazine", "broadcaster", "channel", "outlet", "agency", "group", "party", "movement", "company", "firm",
            "charity", "organisation", "organization", "union", "alliance", "militia", "coalition");

    private OrganisationNounContext() {}

    static List<NameMention> retag(List<NameMention> mentions, NlpAnnotation nlp) {
        Set<String> organisations = new HashSet<>();
        for (NameMention m : mentions) {
            List<Token> t = nlp.sentences().get(m.sentence()).tokens();
            int noun = m.tokenStart() - 1;
            if (retaggable(m) && noun > 0 && ORGANISATION_NOUNS.contains(t.get(noun).text())
                    && hasArticleBefore(t, noun)) {
                organisations.add(m.key());
            }
        }
        if (organisations.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> retaggable(m) && organisations.contains(m.key()) ? new NameMention(m.sentence(),
                        m.tokenStart(), m.tokenEnd(), m.start(), m.end(), m.text(), "ORGANIZATION",
                        EntityKind.ORGANIZATION, m.key()) : m)
                .toList();
    }

    private static boolean retaggable(NameMention m) {
        return m.kind() == EntityKind.PERSON || m.kind() == EntityKind.LOCATION || m.kind() == EntityKind.MISC;
    }

    /** "the" before the noun, with only lower-case adjectives or nouns between ("the investigative site"). */
    private static boolean hasArticleBefore(List<Token> t, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
            if (t.get(k).text().equalsIgnoreCase("the")) {
                return true;
            }
            String pos = t.get(k).pos() == null ? "" : t.get(k).pos();
            if (!Character.isLowerCase(t.get(k).text().charAt(0)) || !(pos.startsWith("JJ") || pos.startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }
}
