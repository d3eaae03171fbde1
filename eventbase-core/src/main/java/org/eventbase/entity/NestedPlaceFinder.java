package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Token;

/**
 * Finds the places named inside organisation names: "Electoral Commission of Norway" mentions Norway as well as
 * the commission, when the article names Norway as a place elsewhere. The inner
 * mention overlaps the organisation's; pattern matching still sees the longest mention first.
 * Example: with "Norway" tagged a country, "the Electoral Commission of Norway said" gives a mention of Norway.
 */
final class NestedPlaceFinder {
    private NestedPlaceFinder() {}

    static List<NameMention> find(NlpAnnotation nlp, String text, List<NameMention> mentions) {
        List<NameMention> places = mentions.stream()
                .filter(m -> m.kind() == EntityKind.GPE || m.kind() == EntityKind.LOCATION).toList();
        List<NameMention> out = new ArrayList<>(mentions);
        for (NameMention org : mentions) {
            if (org.kind() != EntityKind.ORGANIZATION || org.tokenEnd() - org.tokenStart() < 2) {
                continue;
            }
            List<Token> t = nlp.sentences().get(org.sentence()).tokens();
            for (int i = org.tokenStart(); i < org.tokenEnd(); i++) {
                for (NameMention place : places) {
                    int length = place.tokenEnd() - place.tokenStart();
                    int end = i + length;
                    if (end <= org.tokenEnd() && (end - i) < org.tokenEnd() - org.tokenStart()
                            && text.substring(t.get(i).start(), t.get(end - 1).end()).equals(place.text())) {
                        int from = i;
                        boolean known = out.stream().anyMatch(m -> m.sentence() == org.sentence()
                                && m.tokenStart() == from && m.tokenEnd() == end);
                        if (known) {
                            i = end - 1;
                            break;
                        }
                        out.add(new NameMention(org.sentence(), i, end, t.get(i).start(), t.get(end - 1).end(),
                                place.text(), place.tag(), place.kind(), place.key()));
                        i = end - 1;
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        return out;
    }
}
