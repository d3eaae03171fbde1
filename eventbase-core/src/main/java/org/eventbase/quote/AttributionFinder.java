package org.eventbase.quote;

import java.util.Optional;
import java.util.Set;
import org.eventbase.model.Token;
import org.eventbase.quote.Attribution.SpeakerForm;

/**
 * Finds the reporting verb and the speaker's words around one quoted passage, in the sentences it sits in:
 * {@code “…,” said X}, {@code “…,” X said}, {@code X said: “…”}, {@code X told Reuters: “…”},
 * {@code said X, an analyst}, {@code according to X}. Words inside other quotes are never read as attribution.
 * Example: {@code “We stay,” Ana Berg said.} gives speaker tokens "Ana Berg" and verb "say".
 */
final class AttributionFinder {
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "write", "state", "declare", "announce",
            "explain", "insist", "warn", "claim", "note", "reply", "respond", "recall", "ask", "argue", "shout",
            "post", "tweet", "acknowledge", "admit", "conclude", "confirm", "deny", "urge", "stress", "complain",
            "vow", "describe", "call", "label", "brand", "dub", "term", "remark", "comment", "report", "suggest",
            "predict", "promise", "pledge", "allege", "accuse", "scream", "cry", "plead", "continue", "demand");
    static final Set<String> CHARACTERISING = Set.of("describe", "call", "label", "brand", "dub", "term");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "will", "would", "can", "could",
            "may", "might", "shall", "should", "must");
    private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP$", "POS", "CD", "HYPH", "VBN");
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from");
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("on", "to", "with");
    private static final int AFTER_WINDOW = 6;
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");

    private final ArticleTokens tokens;
    private final String text;
    private final MentionIndex mentions;

    AttributionFinder(ArticleTokens tokens, String text, MentionIndex mentions) {
        this.tokens = tokens;
        this.text = text;
        this.mentions = mentions;
    }

    Optional<Attribution> find(QuotedPassage passage) {
        int firstInside = tokens.firstAtOrAfter(passage.outer().start());
        int lastInside = tokens.lastBefore(passage.outer().end());
        Optional<Attribution> after = Optional.empty();
        Optional<Attribution> before = Optional.empty();
        if (lastInside >= 0) {
            after = after(lastInside + 1, tokens.sentence(lastInside));
        }
        if (firstInside < tokens.size()) {
            before = before(firstInside - 1, tokens.sentence(firstInside));
            if (before.isEmpty() && endsWithColonBefore(passage.outer().start()) && firstInside > 0) {
                before = before(firstInside - 1, tokens.sentence(firstInside - 1));
            }
        }
        boolean preferAfter = endsWithPause(passage) || (after.isPresent() && before.isEmpty());
        Optional<Attribution> first = preferAfter ? after : before;
        return first.isPresent() ? first : (preferAfter ? before : after);
    }

    /** The reporting verbs' speakers in one sentence, outside quotes: {@code Berg said the talks failed}. */
    java.util.List<Attribution> reportedIn(int sentence) {
        java.util.List<Attribution> found = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.sentence(i) == sentence && tokens.outsideQuotes(i)) {
                attributionAt(i).ifPresent(found::add);
            }
        }
        return found;
    }

    /** What quoted words describe, for {@code described protesters as “terrorists”}: "protesters", or null. */
    String describedBy(QuotedPassage passage) {
        int j = tokens.lastBefore(passage.outer().start());
        if (j < 1 || !tokens.outsideQuotes(j) || !"as".equals(tokens.lower(j))) {
            return null;
        }
        return nounPhraseEndingAt(j - 1)
                .map(np -> text.substring(tokens.get(np[0]).start(), tokens.get(np[1]).end()))
                .orElse(null);
    }

    private boolean endsWithColonBefore(int offset) {
        int k = offset - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    private boolean endsWithPause(QuotedPassage passage) {
        int k = passage.content().end() - 1;
        while (k >= passage.content().start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k >= passage.content().start() && ",?!—-".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        int next = passage.outer().end();
        return next < text.length() && text.charAt(next) == ',';
    }

    /** {@code “…” ― Ana Berg} at the end of a paragraph: a name after a dash, with no verb. */
    private Optional<Attribution> dashAfter(int from) {
        if (from >= tokens.size() || !tokens.outsideQuotes(from) || !DASHES.contains(tokens.get(from).text())) {
            return Optional.empty();
        }
        int first = from + 1;
        int last = first;
        while (last < tokens.size() && tokens.outsideQuotes(last) && tokens.pos(last).startsWith("NNP")
                && !text.substring(tokens.get(first).start(), tokens.get(last).start()).contains("\n")) {
            last++;
        }
        boolean endsParagraph = last >= tokens.size()
                || text.substring(tokens.get(last - 1).end(), tokens.get(last).start()).contains("\n");
        if (last == first || !endsParagraph) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(from, null, first, last - 1, SpeakerForm.NAME, null));
    }

    private Optional<Attribution> after(int from, int sentence) {
        Optional<Attribution> dash = dashAfter(from);
        if (dash.isPresent()) {
            return dash;
        }
        int seen = 0;
        for (int i = from; i < tokens.size() && tokens.sentence(i) == sentence && tokens.outsideQuotes(i); i++) {
            if (isPunctuation(i)) {
                continue;
            }
            if (++seen > AFTER_WINDOW) {
                break;
            }
            Optional<Attribution> found = attributionAt(i);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> before(int from, int sentence) {
        for (int i = from; i >= 0 && tokens.sentence(i) == sentence && tokens.outsideQuotes(i); i--) {
            Optional<Attribution> found = attributionAt(i);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The attribution whose reporting verb is token {@code i}, if it is one and has a speaker. */
    Optional<Attribution> attributionAt(int i) {
        Token t = tokens.get(i);
        if ("according".equals(tokens.lower(i)) && tokens.outsideQuotes(i + 1) && "to".equals(tokens.lower(i + 1))) {
            return speakerAfter(i + 1, false, false)
                    .map(s -> new Attribution(i, "according to", s[0], s[1], form(s), null));
        }
        if (!t.pos().startsWith("VB") || !REPORTING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        String verb = t.lemma().toLowerCase(java.util.Locale.ROOT);
        String channel = channelAfter(i, verb);
        Optional<int[]> speaker;
        if ("VBG".equals(t.pos())) {
            speaker = participleSubject(i);
        } else {
            speaker = speakerBefore(i)
                    .or(() -> speakerAfter(i, "tell".equals(verb) || CHARACTERISING.contains(verb), true));
        }
        return speaker.map(s -> new Attribution(i, verb, s[0], s[1], form(s), channel));
    }

    private static SpeakerForm form(int[] speaker) {
        return SpeakerForm.values()[speaker[2]];
    }

    /** The speaker's words ending just before the verb at {@code v}: {@code {from, to, form}}. */
    private Optional<int[]> speakerBefore(int v) {
        int j = v - 1;
        int skipped = 0;
        while (tokens.outsideQuotes(j) && skipped < 3 && (tokens.pos(j).startsWith("RB")
                || (AUXILIARIES.contains(tokens.get(j).lemma().toLowerCase(java.util.Locale.ROOT))
                && (tokens.pos(j).startsWith("VB") || "MD".equals(tokens.pos(j)))))) {
            j--;
            skipped++;
        }
        if (!tokens.outsideQuotes(j) || tokens.sentence(j) != tokens.sentence(v)) {
            return Optional.empty();
        }
        if ("PRP".equals(tokens.pos(j)) && PRONOUNS.contains(tokens.lower(j))) {
            return Optional.of(new int[] {j, j, SpeakerForm.PRONOUN.ordinal()});
        }
        j = beforeParenthesis(j);
        if (",".equals(tokens.get(j).text())) {
            return appositionBefore(j);
        }
        return nounPhraseEndingAt(j);
    }

    /** {@code Ana Berg (Labour) said}: the token before the parenthesis ending at {@code j}, else {@code j}. */
    private int beforeParenthesis(int j) {
        if (!")".equals(tokens.get(j).text()) && !"-RRB-".equals(tokens.get(j).text())) {
            return j;
        }
        for (int k = j - 1; k > 0 && j - k < 8 && tokens.outsideQuotes(k) && tokens.sentence(k) == tokens.sentence(j);
                k--) {
            if ("(".equals(tokens.get(k).text()) || "-LRB-".equals(tokens.get(k).text())) {
                return k - 1;
            }
        }
        return j;
    }

    /**
     * {@code X, an analyst, said}: going back over comma-separated parts, the first that is a person's name
     * ("Its president, Kamal Uddin Chowdhury, said"); else the phrase before the nearest comma.
     */
    private Optional<int[]> appositionBefore(int comma) {
        int sentence = tokens.sentence(comma);
        int end = comma;
        int nearest = -1;
        boolean afterClause = false;
        for (int part = 0; part < 4; part++) {
            int k = end - 1;
            while (k >= 0 && end - k < 20 && tokens.outsideQuotes(k) && tokens.sentence(k) == sentence
                    && !",".equals(tokens.get(k).text())) {
                k--;
            }
            int from = k + 1;
            if (from >= end) {
                break;
            }
            while (from < end && "DT".equals(tokens.pos(from))) {
                from++;
            }
            if (from < end && isPersonName(from, end - 1)) {
                return Optional.of(new int[] {from, end - 1, SpeakerForm.NAME.ordinal()});
            }
            boolean startsClause = tokens.pos(k + 1).startsWith("W");
            if (nearest < 0 && afterClause && !startsClause) {
                return nounPhraseEndingAt(end - 1);
            }
            afterClause |= startsClause;
            if (nearest < 0 && !startsClause) {
                nearest = k;
            }
            if (k < 0 || !tokens.outsideQuotes(k) || tokens.sentence(k) != sentence
                    || !",".equals(tokens.get(k).text())) {
                break;
            }
            end = k;
        }
        return nearest > 0 ? nounPhraseEndingAt(nearest - 1) : Optional.empty();
    }

    private boolean isPersonName(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.pos(i).startsWith("NNP")) {
                return false;
            }
        }
        return mentions.entityAt(tokens.get(from).start(), tokens.get(to).end())
                .filter(e -> e.kind() == org.eventbase.model.EntityKind.PERSON)
                .isPresent();
    }

    /**
     * The speaker of a participle: {@code cited the ministry as saying} gives "the ministry";
     * {@code Berg appealed for help, describing …} and {@code The party on Monday rejected it, saying …} give the
     * subject of the nearest finite verb before the participle, past a time phrase before that verb.
     */
    private Optional<int[]> participleSubject(int v) {
        int j = v - 1;
        if (tokens.outsideQuotes(j) && "as".equals(tokens.lower(j))) {
            return nounPhraseEndingAt(j - 1);
        }
        int sentence = tokens.sentence(v);
        int verb = -1;
        for (int i = v - 1; i > 0 && tokens.sentence(i - 1) == sentence; i--) {
            String pos = tokens.pos(i);
            if (tokens.outsideQuotes(i) && ("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        int end = verb - 1;
        while (end > 0 && tokens.outsideQuotes(end) && (tokens.pos(end).startsWith("RB") || "MD".equals(tokens.pos(end))
                || AUXILIARIES.contains(tokens.get(end).lemma().toLowerCase(java.util.Locale.ROOT)))) {
            end--;
        }
        for (int tries = 0; tries < 2 && end >= 0 && tokens.sentence(end) == sentence; tries++) {
            if (",".equals(tokens.get(end).text())) {
                return appositionBefore(end);
            }
            Optional<int[]> np = nounPhraseEndingAt(end);
            if (np.isEmpty()) {
                return np;
            }
            int from = np.get()[0];
            boolean timePhrase = Set.of("DATE", "TIME").contains(tokens.get(np.get()[1]).ner())
                    && from > 0 && "IN".equals(tokens.pos(from - 1));
            if (!timePhrase) {
                return np;
            }
            end = from - 2;
        }
        return Optional.empty();
    }

    private Optional<int[]> nounPhraseEndingAt(int j) {
        if (!tokens.outsideQuotes(j)) {
            return Optional.empty();
        }
        String pos = tokens.pos(j);
        if (pos.startsWith("NNP")) {
            int from = j;
            while (tokens.outsideQuotes(from - 1) && tokens.pos(from - 1).startsWith("NNP")
                    && tokens.sentence(from - 1) == tokens.sentence(j)) {
                from--;
            }
            return Optional.of(new int[] {from, j, SpeakerForm.NAME.ordinal()});
        }
        if (pos.startsWith("NN")) {
            int from = j;
            while (from - j < 10 && tokens.outsideQuotes(from - 1) && tokens.sentence(from - 1) == tokens.sentence(j)
                    && (NOUN_PHRASE.contains(tokens.pos(from - 1)) || (NP_PREPOSITIONS.contains(tokens.lower(from - 1))
                    && from - 2 >= 0 && tokens.pos(from - 2).startsWith("NN")))) {
                from--;
            }
            return Optional.of(new int[] {from, j, SpeakerForm.DESCRIPTION.ordinal()});
        }
        return Optional.empty();
    }

    /**
     * The speaker's words right after the verb at {@code v} ({@code said X}, {@code according to X}); with
     * {@code afterPause}, only when the verb follows punctuation or a quote ({@code “…,” said X}).
     */
    private Optional<int[]> speakerAfter(int v, boolean objectIsListener, boolean afterPause) {
        if (objectIsListener || (afterPause && tokens.outsideQuotes(v - 1) && !isPunctuation(v - 1))) {
            return Optional.empty();
        }
        int j = v + 1;
        while (tokens.outsideQuotes(j) && tokens.pos(j).startsWith("RB")) {
            j++;
        }
        if (!tokens.outsideQuotes(j) || tokens.sentence(j) != tokens.sentence(v)) {
            return Optional.empty();
        }
        if ("PRP".equals(tokens.pos(j)) && PRONOUNS.contains(tokens.lower(j)) && !"it".equals(tokens.lower(j))) {
            return Optional.of(new int[] {j, j, SpeakerForm.PRONOUN.ordinal()});
        }
        if (tokens.pos(j).startsWith("NNP")) {
            int to = j;
            while (tokens.outsideQuotes(to + 1) && tokens.pos(to + 1).startsWith("NNP")
                    && tokens.sentence(to + 1) == tokens.sentence(j)) {
                to++;
            }
            return Optional.of(new int[] {j, to, SpeakerForm.NAME.ordinal()});
        }
        if (NOUN_PHRASE.contains(tokens.pos(j)) && !"VBN".equals(tokens.pos(j))) {
            int to = j;
            int head = tokens.pos(j).startsWith("NN") ? j : -1;
            while (to - j < 10 && tokens.outsideQuotes(to + 1) && tokens.sentence(to + 1) == tokens.sentence(j)
                    && (NOUN_PHRASE.contains(tokens.pos(to + 1)) || (NP_PREPOSITIONS.contains(tokens.lower(to + 1))
                    && head >= 0))) {
                to++;
                if (tokens.pos(to).startsWith("NN")) {
                    head = to;
                }
            }
            if (head >= 0) {
                return Optional.of(new int[] {j, head, SpeakerForm.DESCRIPTION.ordinal()});
            }
        }
        return Optional.empty();
    }

    /** "told Reuters", "wrote on Facebook", "said on state television": where it was said. */
    private String channelAfter(int v, String verb) {
        int limit = Math.min(tokens.size(), v + 7);
        int j = v + 1;
        if (!"tell".equals(verb)) {
            while (j < limit && tokens.outsideQuotes(j) && !CHANNEL_PREPOSITIONS.contains(tokens.lower(j))) {
                if (isPunctuation(j) || tokens.pos(j).startsWith("VB")) {
                    return null;
                }
                j++;
            }
            if (j >= limit || !tokens.outsideQuotes(j)) {
                return null;
            }
            j++;
        }
        while (tokens.outsideQuotes(j) && "DT".equals(tokens.pos(j))) {
            j++;
        }
        int from = j;
        boolean proper = false;
        while (tokens.outsideQuotes(j) && j - from < 4 && (tokens.pos(j).startsWith("NN") || "JJ".equals(tokens.pos(j)))
                && !Set.of("DATE", "TIME", "DURATION", "NUMBER").contains(tokens.get(j).ner())) {
            proper |= tokens.pos(j).startsWith("NNP");
            j++;
        }
        if (j == from || (!proper && "tell".equals(verb))) {
            return null;
        }
        return text.substring(tokens.get(from).start(), tokens.get(j - 1).end());
    }

    private boolean isPunctuation(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0));
    }
}
