package org.eventbase.entity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Attribute;
import org.eventbase.model.EntityKind;
import org.eventbase.model.Role;
import org.eventbase.model.Span;

/**
 * Finds what the words before a person's name say about them: an age ("81-year-old X"), a title ("President X",
 * "MP X"), its owner ("Norway's foreign minister X", "Kremlin spokesman X", "the Belarusian president, X",
 * "the mayor of Oslo, X", "the union's chairman, X"), a remit ("Norway's minister for fisheries, X"), and
 * "his predecessor, X". Example: in "Norway's foreign minister Ana Berg" Ana Berg gets the role foreign minister
 * of Norway.
 */
final class PrenominalDescriptionFinder {
    private static final Pattern GLUED_AGE = Pattern.compile("(\\d{1,3})-years?-old");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private final Map<String, String> entityIdsByName;

    PrenominalDescriptionFinder(Map<String, String> entityIdsByName) {
        this.entityIdsByName = entityIdsByName;
    }

    void find(SentenceView v, IdentifiedMention person, EntityFacts facts) {
        int a = person.tokenStart();
        int end = v.token(person.tokenEnd() - 1).end();
        int ageStart = ageStartBefore(v, a);
        if (ageStart >= 0) {
            String age = v.text(ageStart, a).replaceAll("\\D.*", "");
            facts.addAttribute(person.entityId(), new Attribute("age", age, new Span(v.token(ageStart).start(), end)));
            a = ageStart;
        }
        int titleEnd = a;
        boolean comma = v.is(titleEnd - 1, ",");
        if (comma) {
            titleEnd--;
        }
        Optional<TitleComplement> complement = comma ? TitleComplement.endingAt(v, titleEnd) : Optional.empty();
        int wordsEnd = titleEnd;
        if (complement.isPresent()) {
            titleEnd = complement.get().start();
        }
        int ts = titleRunStart(v, titleEnd);
        if (ts < 0 || v.is(titleEnd - 1, "predecessor", "successor")) {
            findRelation(v, person, titleEnd, comma ? 4 : 1, end, facts);
            return;
        }
        RoleOwner owner = null;
        int evidenceStart = v.token(ts).start();
        Optional<IdentifiedMention> possessor = v.isPossessive(ts - 1) ? v.endingAt(ts - 1) : Optional.empty();
        Optional<IdentifiedMention> modifier = v.endingAt(ts);
        Optional<RoleOwner> definite = definiteOwnerBefore(v, ts);
        if (possessor.isPresent() && RoleOwner.ifOwnerKind(possessor.get()).isPresent()) {
            owner = RoleOwner.of(possessor.get());
            evidenceStart = v.token(possessor.get().tokenStart()).start();
        } else if (modifier.isPresent() && modifier.get().kind() == EntityKind.NORP) {
            owner = RoleOwner.ofNationality(modifier.get().text(), entityIdsByName);
            evidenceStart = v.token(modifier.get().tokenStart()).start();
            facts.addAttribute(person.entityId(), new Attribute("nationality", modifier.get().text(),
                    new Span(evidenceStart, end)));
        } else if (modifier.isPresent() && RoleOwner.ifOwnerKind(modifier.get()).isPresent()
                && modifier.get().kind() != EntityKind.PERSON) {
            owner = RoleOwner.of(modifier.get());
            evidenceStart = v.token(modifier.get().tokenStart()).start();
        } else if (definite.isPresent()) {
            owner = definite.get();
            evidenceStart = v.token(ts - 3).start();
        } else if (comma && !v.is(ts - 1, "the", "a", "an", "his", "her", "its", "their")) {
            return;
        }
        String title = TitleWords.normalise(v.text(ts, titleEnd));
        if (complement.isPresent() && (complement.get().isRemit() || owner != null)) {
            title = title + " " + v.text(complement.get().start(), wordsEnd);
        } else if (complement.isPresent()) {
            owner = RoleOwner.of(complement.get().owner());
        }
        facts.addRole(person.entityId(), new Role(title, owner == null ? null : owner.name(),
                owner == null ? null : owner.entityId(), new Span(evidenceStart, end)));
    }

    /** "the federation's" just before token {@code ts}: the one organisation of the article named with that noun. */
    private Optional<RoleOwner> definiteOwnerBefore(SentenceView v, int ts) {
        if (!v.isPossessive(ts - 1) || !v.is(ts - 3, "the") || !v.startsLower(ts - 2)
                || !"NN".equals(v.token(ts - 2).pos())) {
            return Optional.empty();
        }
        return RoleOwner.ofDefiniteNoun(v.token(ts - 2).text(), entityIdsByName);
    }

    /** "his predecessor, X" or "his predecessor X": X is the predecessor of the person the sentence is about. */
    private void findRelation(SentenceView v, IdentifiedMention person, int wordsEnd, int reach, int end,
                              EntityFacts facts) {
        for (int i = wordsEnd - 1; i >= Math.max(1, wordsEnd - reach); i--) {
            if (v.is(i, "predecessor", "successor") && v.is(i - 1, "his", "her")) {
                final int word = i;
                v.mentions().stream()
                        .filter(m -> m.kind() == EntityKind.PERSON && m.tokenEnd() <= word - 1)
                        .filter(m -> !m.entityId().equals(person.entityId()))
                        .reduce((first, second) -> second)
                        .ifPresent(subject -> facts.addRole(person.entityId(), new Role(
                                v.token(word).text().toLowerCase(java.util.Locale.ROOT), subject.entityName(),
                                subject.entityId(), new Span(v.token(word - 1).start(), end))));
                return;
            }
        }
    }

    /** The first token of "81-year-old" or "81 - year - old" just before {@code a}, or -1. */
    private static int ageStartBefore(SentenceView v, int a) {
        if (v.inside(a - 1)) {
            Matcher glued = GLUED_AGE.matcher(v.token(a - 1).text());
            if (glued.matches()) {
                return a - 1;
            }
        }
        if (v.is(a - 1, "old") && v.is(a - 2, "-") && v.is(a - 3, "year", "years") && v.is(a - 4, "-")
                && v.inside(a - 5) && NUMBER.matcher(v.token(a - 5).text()).matches()) {
            return a - 5;
        }
        return -1;
    }

    /** Start of the title words ending just before {@code end} ("foreign minister", "President"), or -1. */
    static int titleRunStart(SentenceView v, int end) {
        if (!v.isTitle(end - 1)) {
            return -1;
        }
        int s = end - 1;
        while (end - s < 5 && (v.isTitle(s - 1) || v.isTitleModifier(s - 1) || isCapitalisedTitlePart(v, s - 1))) {
            s--;
        }
        while (s < end - 1 && !v.isTitle(s) && !v.isTitleModifier(s) && !isCapitalisedTitlePart(v, s)) {
            s++;
        }
        return s;
    }

    /** "Foreign" in "Foreign Minister", "Opposition" in "Opposition leader": an untagged capitalised word before a title. */
    private static boolean isCapitalisedTitlePart(SentenceView v, int i) {
        return v.startsUpper(i) && "O".equals(v.token(i).ner()) && v.isTitle(i + 1) && !v.inMention(i)
                && v.token(i).pos() != null && (v.token(i).pos().startsWith("NN") || v.token(i).pos().startsWith("JJ"));
    }
}
