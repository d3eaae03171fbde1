package org.eventbase.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Claimant;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.Token;

/**
 * Finds who asserts a fact stated in a sentence, for counts and events alike: "according to X", "X said/told/
 * reported …", "…, X said", "X cited Y as saying …" (claimed by Y, reported by X), "X, who put the toll at …", and
 * the speaker of a quote holding the fact. Returns null when the article states the fact in its own voice.
 * Example: in "Local media cited the interior ministry as saying eight officers died", a fact at "eight" is
 * claimed by "the interior ministry", reported by "Local media".
 */
public final class ClaimantFinder {
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "confirm", "state",
            "claim", "estimate", "count", "record", "add", "allege", "insist", "warn", "write", "tweet", "post",
            "acknowledge", "admit", "put");

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "week", "month", "year", "morning", "evening", "night",
            "weekend", "day");

    private final String text;
    private final EntityLayer entities;
    private final QuoteLayer quotes;

    /** {@code quotes} may be null when the quotes stage did not run. */
    public ClaimantFinder(String text, EntityLayer entities, QuoteLayer quotes) {
        this.text = text;
        this.entities = entities;
        this.quotes = quotes;
    }

    /** Who asserts the fact at token {@code factToken} of {@code sentence}, or null for the article's own voice. */
    public Claimant find(Sentence sentence, int factToken) {
        List<Token> tokens = sentence.tokens();
        if (factToken < 0 || factToken >= tokens.size()) {
            return null;
        }
        Claimant byPattern = fromPatterns(tokens, factToken);
        if (byPattern != null) {
            return byPattern;
        }
        return fromQuotes(tokens.get(factToken));
    }

    private Claimant fromPatterns(List<Token> tokens, int fact) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (lower(tokens, i).equals("according") && lower(tokens, i + 1).equals("to")) {
                int[] np = NounPhrases.after(tokens, i + 2);
                if (np != null && !(np[0] <= fact && fact <= np[1])) {
                    return claimant(tokens, np, null, i, np[1] + 1);
                }
            }
        }
        int best = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isReportingVerb(tokens, i) && i != fact
                    && (!t.lemma().equalsIgnoreCase("put") || mentionsToll(tokens, i))
                    && (best < 0 || Math.abs(i - fact) < Math.abs(best - fact))) {
                best = i;
            }
            if (t.lemma().equalsIgnoreCase("cite") && i < fact) {
                return cited(tokens, i);
            }
        }
        if (best < 0) {
            return null;
        }
        int[] subject = subjectOf(tokens, best);
        if (subject == null || subject[0] <= fact && fact <= subject[1]) {
            return null;
        }
        return claimant(tokens, subject, null, Math.min(subject[0], best), Math.max(subject[1], best) + 1);
    }

    /** A finite reporting verb ("said", "has confirmed"), not a participle used as an adjective ("confirmed records"). */
    private static boolean isReportingVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return switch (t.pos()) {
            case "VBD", "VBZ", "VBP" -> true;
            case "VBN", "VB", "VBG" -> i > 0 && (tokens.get(i - 1).pos().equals("MD")
                    || Set.of("has", "have", "had", "was", "were", "is", "are", "been", "be", "to")
                    .contains(lower(tokens, i - 1)));
            default -> false;
        };
    }

    private static boolean mentionsToll(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < Math.min(tokens.size(), verb + 6); i++) {
            String w = lower(tokens, i);
            if (w.equals("toll") || w.equals("figure") || w.equals("number") || w.equals("total")
                    || w.equals("at") && i <= verb + 2) {
                return true;
            }
        }
        return false;
    }

    /** "X cited Y as saying …": Y claims, X reports. */
    private Claimant cited(List<Token> tokens, int verb) {
        int[] reporter = subjectOf(tokens, verb);
        int[] source = NounPhrases.after(tokens, verb + 1);
        if (source == null) {
            return null;
        }
        Claimant relay = reporter == null ? null : claimant(tokens, reporter, null, 0, 0);
        return claimant(tokens, source, relay, reporter == null ? verb : reporter[0], source[1] + 1);
    }

    /** The subject of a reporting verb: the noun phrase before it, past an appositive and "who", or after it. */
    private static int[] subjectOf(List<Token> tokens, int verb) {
        int end = verb - 1;
        while (end >= 0 && (tokens.get(end).pos().equals("MD") || tokens.get(end).pos().startsWith("VB")
                || tokens.get(end).pos().equals("RB"))) {
            end--;
        }
        if (end >= 0 && Set.of("who", "which", "that").contains(lower(tokens, end))) {
            end--;
            if (end >= 0 && lower(tokens, end).equals(",")) {
                end--;
            }
        }
        if (end >= 0 && tokens.get(end).pos().equals("-RRB-")) {
            int open = end - 1;
            while (open > 0 && !tokens.get(open).pos().equals("-LRB-") && end - open < 8) {
                open--;
            }
            if (open > 0 && tokens.get(open).pos().equals("-LRB-")) {
                end = open - 1;
            }
        }
        if (end >= 0 && lower(tokens, end).equals(",")) {
            int open = end - 1;
            while (open >= 0 && !lower(tokens, open).equals(",") && end - open < 10) {
                open--;
            }
            if (open > 0 && lower(tokens, open).equals(",")) {
                int[] apposed = NounPhrases.endingAt(tokens, end - 1);
                if (apposed != null && apposed[0] == open + 1 && "PERSON".equals(tokens.get(end - 1).ner())) {
                    return apposed;
                }
                end = open - 1;
            } else if (verb > 0) {
                // "…, police said": the subject follows the verb.
                return NounPhrases.after(tokens, verb + 1);
            }
        }
        int[] before = NounPhrases.endingAt(tokens, end);
        if (before != null && TIME_WORDS.contains(lower(tokens, before[1]))) {
            return null;
        }
        if (before != null && !tokens.get(before[1]).pos().equals("PRP")
                || before != null && verb > 0 && !lower(tokens, verb - 1).equals(",")) {
            return before;
        }
        return NounPhrases.after(tokens, verb + 1);
    }

    private Claimant claimant(List<Token> tokens, int[] np, Claimant relay, int evidenceFrom, int evidenceTo) {
        Span span = new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end());
        String name = text.substring(span.start(), span.end());
        Entity entity = entityIn(span);
        if (tokens.get(np[1]).pos().equals("PRP") && entity == null) {
            entity = personBefore(span.start());
            if (entity != null) {
                name = entity.name();
            }
        }
        int from = Math.min(tokens.get(Math.max(0, Math.min(evidenceFrom, np[0]))).start(), span.start());
        int to = Math.max(tokens.get(Math.min(tokens.size() - 1, Math.max(evidenceTo - 1, np[1]))).end(), span.end());
        return new Claimant(name, entity == null ? null : entity.id(), relay == null ? null : relay.name(),
                relay == null ? null : relay.entityId(), new Span(from, to));
    }

    private Claimant fromQuotes(Token fact) {
        if (quotes == null) {
            return null;
        }
        for (Quote q : quotes.quotes()) {
            if (q.span().start() <= fact.start() && fact.end() <= q.span().end()
                    && (q.speakerId() != null || q.speakerText() != null)) {
                String name = q.speakerText();
                Entity entity = q.speakerId() == null ? null : entity(q.speakerId());
                if (entity != null && (name == null || name.length() <= 3 || Character.isLowerCase(name.charAt(0)))) {
                    name = entity.name();
                }
                Span evidence = q.speakerSpan() == null ? q.span() : q.speakerSpan();
                return new Claimant(name, q.speakerId(), null, null, evidence);
            }
        }
        return null;
    }

    private Entity entityIn(Span span) {
        Entity best = null;
        int bestLength = 0;
        for (Entity e : entities.entities()) {
            int rank = e.kind() == org.eventbase.model.EntityKind.PERSON ? 3000
                    : e.kind() == org.eventbase.model.EntityKind.ORGANIZATION ? 2000 : 0;
            for (Mention m : e.mentions()) {
                if (span.contains(m.span()) && rank + m.span().length() > bestLength) {
                    best = e;
                    bestLength = rank + m.span().length();
                }
            }
        }
        return best;
    }

    private Entity personBefore(int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities.entities()) {
            if (e.kind() != org.eventbase.model.EntityKind.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    private Entity entity(String id) {
        return entities.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
