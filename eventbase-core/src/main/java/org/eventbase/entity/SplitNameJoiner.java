package org.eventbase.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Token;

/**
 * Mends names the recogniser cut in two. A nationality right before an organisation is part of its name
 * ("Brazilian" + "Red Cross", "African" + "Union" tagged a city) unless the article also names the organisation
 * without it; an untagged capitalised word before a name belongs to it when the article writes the longer name
 * elsewhere ("South" + "Sudan" where "South Sudan" is a mention too).
 * Example: {@code SplitNameJoiner.join(mentions, nlp, text)} turns "Kenyan" + "Red Cross" into "Kenyan Red Cross".
 */
final class SplitNameJoiner {
    private static final Set<String> ORGANISATION_HEADS = Set.of("union", "council", "party", "army", "front",
            "movement", "cross", "crescent", "committee", "commission", "league", "federation", "association",
            "alliance", "congress", "assembly", "parliament", "court", "bank", "agency", "ministry", "police",
            "guard", "forces", "navy", "government");

    private SplitNameJoiner() {}

    static List<NameMention> join(List<NameMention> mentions, NlpAnnotation nlp, String text) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            NameMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.kind() == EntityKind.NORP && isOrganisation(m)
                    && adjacent(previous, m, text) && !namedAlone(m, mentions)) {
                String joined = text.substring(previous.start(), m.end());
                out.set(out.size() - 1, new NameMention(m.sentence(), previous.tokenStart(), m.tokenEnd(),
                        previous.start(), m.end(), joined, "ORGANIZATION", EntityKind.ORGANIZATION,
                        NameKeys.of(joined)));
            } else {
                out.add(extendedLeft(m, mentions, nlp, text));
            }
        }
        return out;
    }

    private static boolean isOrganisation(NameMention m) {
        if (m.kind() == EntityKind.ORGANIZATION) {
            return true;
        }
        String[] words = NameKeys.words(m.key());
        return m.kind() != EntityKind.PERSON && m.kind() != EntityKind.NORP && words.length > 0
                && ORGANISATION_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean adjacent(NameMention a, NameMention b, String text) {
        return a.sentence() == b.sentence() && a.tokenEnd() == b.tokenStart()
                && text.substring(a.end(), b.start()).equals(" ");
    }

    /** True when the organisation's name also stands alone in the article, without a nationality before it. */
    private static boolean namedAlone(NameMention organisation, List<NameMention> mentions) {
        return mentions.stream().anyMatch(o -> o != organisation && o.key().equals(organisation.key())
                && mentions.stream().noneMatch(n -> n.kind() == EntityKind.NORP && n.sentence() == o.sentence()
                        && n.tokenEnd() == o.tokenStart()));
    }

    /** {@code m} with the untagged capitalised word before it, when the longer name is a mention elsewhere. */
    private static NameMention extendedLeft(NameMention m, List<NameMention> mentions, NlpAnnotation nlp, String text) {
        if (m.tokenStart() == 0 || m.kind() == EntityKind.PERSON || m.kind() == EntityKind.NORP) {
            return m;
        }
        Token before = nlp.sentences().get(m.sentence()).tokens().get(m.tokenStart() - 1);
        if (!"O".equals(before.ner()) || !"NNP".equals(before.pos()) || before.text().isEmpty()
                || !Character.isUpperCase(before.text().charAt(0))
                || !text.substring(before.end(), m.start()).equals(" ")) {
            return m;
        }
        String longer = NameKeys.of(text.substring(before.start(), m.end()));
        boolean written = mentions.stream().anyMatch(o -> o.key().equals(longer));
        return written ? new NameMention(m.sentence(), m.tokenStart() - 1, m.tokenEnd(), before.start(), m.end(),
                text.substring(before.start(), m.end()), m.tag(), m.kind(), longer) : m;
    }
}
