package org.eventbase.entity;

import java.util.Optional;

/**
 * What a prepositional phrase right after a title says: a remit that belongs to the title ("minister for regional
 * development", "head of security") or a named owner ("mayor of Tbilisi", "spokesman for the Dock Workers Union",
 * "governor of the Tana region", "governor of Kenya's Tana province" owned by Tana).
 * Example: in "the minister for foreign affairs, Ana Berg" the complement of "minister" is the remit
 * "for foreign affairs", tokens from "for" up to the comma, with no owner.
 *
 * @param start the token index of "of" or "for"
 * @param end the token index just after the complement
 * @param owner the named entity it ends with, or null for a lower-case remit
 */
record TitleComplement(int start, int end, IdentifiedMention owner) {
    private static final int MAX_REMIT_WORDS = 4;
    /** Nouns after a place name that leave the place the owner: "governor of the Tana region". */
    private static final String[] PLACE_NOUNS = {"region", "province", "district", "state", "county"};

    boolean isRemit() {
        return owner == null;
    }

    /** The complement whose "of" or "for" is token {@code preposition}, if there is one. */
    static Optional<TitleComplement> after(SentenceView v, int preposition) {
        if (!v.is(preposition, "of", "for")) {
            return Optional.empty();
        }
        int remitEnd = remitEnd(v, preposition + 1);
        if (remitEnd > preposition + 1) {
            return Optional.of(new TitleComplement(preposition, remitEnd, null));
        }
        int k = v.is(preposition + 1, "the") ? preposition + 2 : preposition + 1;
        Optional<IdentifiedMention> first = v.startingAt(k);
        if (first.isPresent() && v.isPossessive(first.get().tokenEnd())
                && v.startingAt(first.get().tokenEnd() + 1).isPresent()) {
            k = first.get().tokenEnd() + 1;
        }
        return v.startingAt(k).filter(m -> RoleOwner.ifOwnerKind(m).isPresent())
                .map(m -> new TitleComplement(preposition,
                        v.is(m.tokenEnd(), PLACE_NOUNS) ? m.tokenEnd() + 1 : m.tokenEnd(), m));
    }

    /** The complement of a title that ends just before {@code end} ("mayor of Tbilisi" before a comma), if any. */
    static Optional<TitleComplement> endingAt(SentenceView v, int end) {
        for (int p = end - 2; p >= Math.max(1, end - MAX_REMIT_WORDS - 6); p--) {
            if (v.is(p, "of", "for") && v.isTitle(p - 1)) {
                Optional<TitleComplement> found = after(v, p).filter(c -> c.end() == end);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** End of the lower-case nouns and adjectives from {@code from}, the last of them a noun; {@code from} if none. */
    private static int remitEnd(SentenceView v, int from) {
        int end = from;
        for (int k = from; k < from + MAX_REMIT_WORDS && v.startsLower(k); k++) {
            String pos = v.token(k).pos() == null ? "" : v.token(k).pos();
            if (pos.startsWith("NN")) {
                end = k + 1;
            } else if (!pos.startsWith("JJ") && !(v.is(k, "and") && k > from)) {
                break;
            }
        }
        return v.isPossessive(end) ? from : end;
    }
}
