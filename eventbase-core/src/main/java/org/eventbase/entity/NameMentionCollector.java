package org.eventbase.entity;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Turns the recogniser's raw mentions into name mentions: keeps the tags that name entities, drops pronouns,
 * and trims titles, determiners and possessive endings off the edges, so that "Minister Berg's" yields the
 * mention "Berg". Example: {@code new NameMentionCollector().collect(nlp, article.text())}.
 */
final class NameMentionCollector {

    List<NameMention> collect(NlpAnnotation nlp, String articleText) {
        List<NameMention> out = new ArrayList<>();
        for (NerMention raw : nlp.mentions()) {
            EntityKind kind = NerTagKinds.kindOf(raw.type());
            if (kind == null || raw.sentence() < 0 || raw.sentence() >= nlp.sentences().size()) {
                continue;
            }
            Sentence sentence = nlp.sentences().get(raw.sentence());
            int from = raw.tokenStart();
            int to = Math.min(raw.tokenEnd(), sentence.tokens().size());
            while (from < to && isLeadingNoise(sentence.tokens().get(from), kind)) {
                from++;
            }
            while (to > from && isTrailingNoise(sentence.tokens().get(to - 1))) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            Token first = sentence.tokens().get(from);
            Token last = sentence.tokens().get(to - 1);
            String text = articleText.substring(first.start(), last.end());
            if (!hasUpperCase(text)) {
                continue;
            }
            out.add(new NameMention(raw.sentence(), from, to, first.start(), last.end(), text, raw.type(), kind,
                    NameKeys.of(text)));
        }
        List<NameMention> joined = SplitNameJoiner.join(joinSplitPlaceNames(out, articleText), nlp, articleText);
        List<NameMention> divisions = DivisionNameFinder.find(nlp, articleText, joined);
        List<NameMention> repeated = RepeatedNameFinder.find(nlp, articleText, divisions);
        List<NameMention> kinded = NationalityPlurals.retag(
                OrganisationNounContext.retag(PlaceNounContext.retag(repeated, nlp), nlp), nlp);
        return PublicBodyFinder.find(nlp, articleText, kinded);
    }

    /**
     * "Central" LOCATION + "Asia" CITY, adjacent: one place name the recogniser split, "Central Asia"; a country
     * when its last part was tagged one ("South" LOCATION + "Sudan" COUNTRY).
     */
    private static List<NameMention> joinSplitPlaceNames(List<NameMention> mentions, String text) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            NameMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.sentence() == m.sentence() && previous.tokenEnd() == m.tokenStart()
                    && isPlace(previous) && isPlace(m)
                    && ("LOCATION".equals(previous.tag()) || "LOCATION".equals(m.tag()))
                    && text.substring(previous.end(), m.start()).equals(" ")) {
                String joined = text.substring(previous.start(), m.end());
                boolean country = "COUNTRY".equals(m.tag());
                out.set(out.size() - 1, new NameMention(m.sentence(), previous.tokenStart(), m.tokenEnd(),
                        previous.start(), m.end(), joined, country ? "COUNTRY" : "LOCATION",
                        country ? EntityKind.GPE : EntityKind.LOCATION, NameKeys.of(joined)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isPlace(NameMention m) {
        return m.kind() == EntityKind.LOCATION || m.kind() == EntityKind.GPE;
    }

    private static boolean isLeadingNoise(Token token, EntityKind kind) {
        String pos = token.pos() == null ? "" : token.pos();
        if (pos.startsWith("PRP") || pos.equals("DT") || pos.equals("POS")) {
            return true;
        }
        return kind == EntityKind.PERSON && TitleWords.isTitle(token);
    }

    private static boolean isTrailingNoise(Token token) {
        String pos = token.pos() == null ? "" : token.pos();
        return pos.equals("POS") || pos.startsWith("PRP") || token.text().equals("'") || token.text().equals("’");
    }

    private static boolean hasUpperCase(String text) {
        return text.chars().anyMatch(Character::isUpperCase);
    }
}
