package org.eventbase.entity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventbase.model.Attribute;
import org.eventbase.model.EntityKind;
import org.eventbase.model.Role;
import org.eventbase.model.Span;

/**
 * Finds what an apposition after a person's name says about them: "X, 55," (age); "X, Berg's spokesperson,"
 * (role owned by a person, organisation or place); "X, an Oslo-based political analyst" (role and based_in);
 * "X, foreign minister of Norway"; "X, a spokeswoman for the Y"; "X, 41, director of Y"; "X, a teacher in Oslo"
 * (based_in); "X, a former Swedish diplomat"; "X, an activist from the civil society movement Y" (role and
 * affiliation); "X, a Red Cross spokesperson" (role of the organisation); "X, the union's treasurer" (the one
 * organisation named with "Union"); "X, minister for fisheries of Norway" and "X, Norway's envoy for Sudan"
 * (the remit stays in the title).
 * Example: in "Lars Dahl, Berg's spokesperson, said" Lars Dahl gets the role spokesperson of Berg.
 */
final class AppositiveDescriptionFinder {
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    private static final int MAX_TITLE_WORDS = 5;

    private final Map<String, String> entityIdsByName;

    AppositiveDescriptionFinder(Map<String, String> entityIdsByName) {
        this.entityIdsByName = entityIdsByName;
    }

    void find(SentenceView v, IdentifiedMention person, EntityFacts facts) {
        int b = person.tokenEnd();
        if (!v.is(b, ",")) {
            return;
        }
        int start = v.token(person.tokenStart()).start();
        if (v.inside(b + 1) && AGE.matcher(v.token(b + 1).text()).matches()
                && (!v.inside(b + 2) || v.is(b + 2, ",", ".", ";", ")"))) {
            int age = Integer.parseInt(v.token(b + 1).text());
            if (age <= 0 || age >= 120) {
                return;
            }
            facts.addAttribute(person.entityId(), new Attribute("age", v.token(b + 1).text(),
                    new Span(start, v.token(b + 1).end())));
            if (!v.is(b + 2, ",")) {
                return;
            }
            b += 2;
        }
        int j = b + 1;
        if (v.is(j, "a", "an", "the")) {
            j++;
        }
        String former = "";
        if (v.is(j, "former") && v.startingAt(j + 1).isPresent()) {
            former = "former ";
            j++;
        }
        Optional<IdentifiedMention> first = v.startingAt(j);
        if (first.isPresent() && v.is(first.get().tokenEnd(), "-") && v.is(first.get().tokenEnd() + 1, "based")) {
            int basedEnd = first.get().tokenEnd() + 2;
            facts.addAttribute(person.entityId(), new Attribute("based_in", first.get().text(),
                    new Span(start, v.token(basedEnd - 1).end())));
            j = basedEnd;
        }
        RoleOwner owner = null;
        Optional<IdentifiedMention> modifier = v.startingAt(j);
        if (modifier.isPresent() && v.isPossessive(modifier.get().tokenEnd())
                && RoleOwner.ifOwnerKind(modifier.get()).isPresent()) {
            owner = RoleOwner.of(modifier.get());
            j = modifier.get().tokenEnd() + 1;
        } else if (modifier.isPresent() && modifier.get().kind() == EntityKind.NORP) {
            owner = RoleOwner.ofNationality(modifier.get().text(), entityIdsByName);
            j = modifier.get().tokenEnd();
        } else if (modifier.isPresent() && modifier.get().kind() == EntityKind.ORGANIZATION
                && titleRunEnd(v, modifier.get().tokenEnd()) > 0) {
            owner = RoleOwner.of(modifier.get());
            j = modifier.get().tokenEnd();
        } else if (modifier.isEmpty() && v.is(j - 1, "the") && v.startsLower(j) && "NN".equals(v.token(j).pos())
                && v.isPossessive(j + 1)) {
            Optional<RoleOwner> definite = RoleOwner.ofDefiniteNoun(v.token(j).text(), entityIdsByName);
            if (definite.isPresent()) {
                owner = definite.get();
                j += 2;
            }
        }
        int titleEnd = titleRunEnd(v, j);
        if (titleEnd < 0) {
            return;
        }
        if (modifier.isPresent() && modifier.get().kind() == EntityKind.NORP) {
            facts.addAttribute(person.entityId(), new Attribute("nationality", modifier.get().text(),
                    new Span(start, v.token(titleEnd - 1).end())));
        }
        String title = former + TitleWords.normalise(v.text(j, titleEnd));
        Optional<TitleComplement> complement = TitleComplement.after(v, titleEnd);
        if (complement.isPresent() && (complement.get().isRemit() || owner != null && v.is(titleEnd, "for"))) {
            title = title + " " + v.text(titleEnd, complement.get().end());
            titleEnd = complement.get().end();
        }
        int last = titleEnd - 1;
        if (owner == null && v.is(titleEnd, "of", "for")) {
            int k = v.is(titleEnd + 1, "the") ? titleEnd + 2 : titleEnd + 1;
            Optional<IdentifiedMention> of = v.startingAt(k).flatMap(RoleOwner::ifOwnerKind).isPresent()
                    ? v.startingAt(k) : Optional.empty();
            if (of.isPresent()) {
                owner = RoleOwner.of(of.get());
                last = of.get().tokenEnd() - 1;
            }
        } else if (v.is(titleEnd, "from", "at", "with")) {
            last = Math.max(last, findAffiliation(v, person, titleEnd, start, facts));
        } else if (v.is(titleEnd, "in")) {
            Optional<IdentifiedMention> place = v.startingAt(titleEnd + 1)
                    .filter(m -> m.kind() == EntityKind.GPE || m.kind() == EntityKind.LOCATION);
            if (place.isPresent()) {
                last = place.get().tokenEnd() - 1;
                facts.addAttribute(person.entityId(), new Attribute("based_in", place.get().text(),
                        new Span(start, v.token(last).end())));
            }
        }
        facts.addRole(person.entityId(), new Role(title, owner == null ? null : owner.name(),
                owner == null ? null : owner.entityId(), new Span(start, v.token(last).end())));
    }

    /** End (exclusive) of the title words starting at {@code j}, the last of them a title word; -1 if none. */
    private static int titleRunEnd(SentenceView v, int j) {
        int end = -1;
        for (int k = j; k < j + MAX_TITLE_WORDS && (v.isTitle(k) || v.isTitleModifier(k)); k++) {
            if (v.isTitle(k)) {
                end = k + 1;
            }
        }
        return end;
    }

    /**
     * "from the civil society movement Y": the capitalised span after the organisation noun, up to the end of the
     * clause, is an affiliation; a bare place after "from" is where the person is based. Returns the last token used.
     */
    private static int findAffiliation(SentenceView v, IdentifiedMention person, int preposition, int start,
                                       EntityFacts facts) {
        int k = preposition + 1;
        if (v.is(k, "the", "a", "an")) {
            k++;
        }
        int nounsStart = k;
        while (v.startsLower(k) && v.token(k).pos() != null
                && (v.token(k).pos().startsWith("NN") || v.token(k).pos().startsWith("JJ"))) {
            k++;
        }
        boolean afterOrganisationNoun = k > nounsStart;
        int c = k;
        while (v.inside(c)) {
            if (v.startsUpper(c) && !v.is(c, "-")) {
                c++;
            } else if (c > k && v.is(c, "of", "for", "and", "&") && v.startsUpper(c + 1)) {
                c++;
            } else if (c > k && v.is(c, ",") && v.startsUpper(c + 1) && !v.inside(c + 2)) {
                c++;
            } else if (c > k && v.is(c, ",") && v.startsUpper(c + 1) && v.is(c + 2, ",", ".", ";", ":")) {
                c++;
            } else {
                break;
            }
        }
        if (c == k) {
            return preposition - 1;
        }
        String value = v.text(k, c);
        int spanEnd = c;
        Optional<IdentifiedMention> named = v.startingAt(k).filter(m -> m.tokenEnd() == spanEnd);
        boolean place = named.isPresent() && (named.get().kind() == EntityKind.GPE
                || named.get().kind() == EntityKind.LOCATION);
        String attribute = !afterOrganisationNoun && place ? "based_in" : "affiliation";
        if (v.is(preposition, "from") || attribute.equals("affiliation")) {
            facts.addAttribute(person.entityId(), new Attribute(attribute, value, new Span(start, v.token(c - 1).end())));
        }
        if (attribute.equals("affiliation") && named.isEmpty()) {
            facts.addUnrecognisedName(new NameMention(v.sentenceIndex(), k, c, v.token(k).start(),
                    v.token(c - 1).end(), value, "ORGANIZATION", EntityKind.ORGANIZATION, NameKeys.of(value)));
        }
        return c - 1;
    }
}
