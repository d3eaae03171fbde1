package org.eventbase.quote;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;

/**
 * Turns the speaker's words of an {@link Attribution} into an entity id. Names and descriptions map through the
 * entity layer's mentions; "he" or "she" goes to the one person the preceding sentence is about (the one person
 * in it, else the one who speaks in it, else its one named subject), and stays unresolved ("ambiguous pronoun")
 * when two are equally likely: gender is unknown for entities, so it never decides.
 * Example: {@code Ana Berg met the press. “We stay,” she said.} resolves "she" to Ana Berg.
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final int SENTENCES_BACK = 3;

    private final ArticleTokens tokens;
    private final String text;
    private final MentionIndex mentions;
    private final AttributionFinder finder;
    private final List<int[]> quoteRanges;

    SpeakerResolver(ArticleTokens tokens, String text, MentionIndex mentions, AttributionFinder finder,
            List<QuotedPassage> passages) {
        this.tokens = tokens;
        this.text = text;
        this.mentions = mentions;
        this.finder = finder;
        this.quoteRanges = passages.stream().map(p -> new int[] {p.outer().start(), p.outer().end()}).toList();
    }

    /**
     * @param speakersBySentence entity ids of the speakers of quotes already resolved, by sentence index
     */
    Speaker resolve(Attribution a, Map<Integer, Set<String>> speakersBySentence) {
        int start = tokens.get(a.speakerFrom()).start();
        int end = tokens.get(a.speakerTo()).end();
        Span span = new Span(start, end);
        String words = text.substring(start, end);
        switch (a.form()) {
            case PRONOUN:
                return pronoun(a, span, words, speakersBySentence);
            case NAME:
                return mentions.entityAt(start, end)
                        .map(e -> new Speaker(e.id(), words, span, null))
                        .orElse(new Speaker(null, words, span, "speaker not among entities"));
            default:
                int headStart = tokens.get(a.speakerTo()).start();
                return mentions.entityAt(headStart, end)
                        .map(e -> new Speaker(e.id(), words, span, null))
                        .orElse(new Speaker(null, words, span, Speaker.UNNAMED));
        }
    }

    /**
     * The speaker of a quote with no attribution of its own that opens a sentence right after a sentence of the
     * same paragraph about one person: {@code Berg rejected the offer. “We never saw it.”} gives Berg. The person is
     * the one speaker of a reporting verb in that sentence, else the one person named before its first verb.
     */
    Optional<Speaker> subjectOfSentenceBefore(QuotedPassage passage) {
        int first = tokens.firstAtOrAfter(passage.outer().start());
        if (first >= tokens.size() || tokens.sentence(first) == 0) {
            return Optional.empty();
        }
        int sentence = tokens.sentence(first);
        Sentence own = tokens.sentenceAt(sentence);
        Sentence before = tokens.sentenceAt(sentence - 1);
        if ((own.start() < passage.outer().start() && !text.substring(own.start(), passage.outer().start()).isBlank())
                || text.substring(before.end(), passage.outer().start()).contains("\n")
                || quoteRanges.stream().anyMatch(r -> r[0] < before.end() && before.start() < r[1])) {
            return Optional.empty();
        }
        List<Attribution> reported = finder.reportedIn(sentence - 1);
        if (reported.size() == 1) {
            Speaker speaker = resolve(reported.get(0), Map.of());
            if (speaker.entityId() != null) {
                return Optional.of(speaker);
            }
        }
        List<String> subjects = subjectsOf(before, before.end());
        if (reported.isEmpty() && subjects.size() == 1) {
            String id = subjects.get(0);
            return mentions.mentionIn(id, before.start(), before.end())
                    .map(m -> new Speaker(id, m.text(), m.span(), null));
        }
        return Optional.empty();
    }

    private Speaker pronoun(Attribution a, Span span, String words, Map<Integer, Set<String>> speakersBySentence) {
        if (!PERSONAL.contains(words.toLowerCase(java.util.Locale.ROOT))) {
            return new Speaker(null, words, span, "unresolved pronoun");
        }
        int sentence = tokens.sentence(a.speakerFrom());
        for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
            Sentence sent = tokens.sentenceAt(s);
            int until = s == sentence ? span.start() : sent.end();
            Set<String> people = new LinkedHashSet<>();
            mentions.peopleIn(sent.start(), until, quoteRanges).forEach(e -> people.add(e.id()));
            Set<String> speakers = new LinkedHashSet<>(speakersBySentence.getOrDefault(s, Set.of()));
            if (s != sentence) {
                for (Attribution reported : finder.reportedIn(s)) {
                    personOf(reported).ifPresent(speakers::add);
                }
            }
            people.addAll(speakers);
            if (people.isEmpty()) {
                continue;
            }
            if (people.size() == 1) {
                return new Speaker(people.iterator().next(), words, span, null);
            }
            if (speakers.size() == 1) {
                return new Speaker(speakers.iterator().next(), words, span, null);
            }
            if (speakers.isEmpty()) {
                List<String> subjects = subjectsOf(sent, until);
                if (subjects.size() == 1) {
                    return new Speaker(subjects.get(0), words, span, null);
                }
            }
            return new Speaker(null, words, span, Speaker.AMBIGUOUS_PRONOUN);
        }
        return new Speaker(null, words, span, "unresolved pronoun");
    }

    /** The people named before the sentence's first finite verb: its subject ("Ana Berg met Tom Lind"). */
    private List<String> subjectsOf(Sentence sent, int until) {
        int verbAt = until;
        for (var t : sent.tokens()) {
            String pos = t.pos();
            int index = tokens.firstAtOrAfter(t.start());
            if (t.start() < until && tokens.outsideQuotes(index)
                    && ("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos))) {
                verbAt = t.start();
                break;
            }
        }
        return mentions.peopleIn(sent.start(), verbAt, quoteRanges).stream().map(Entity::id).toList();
    }

    private Optional<String> personOf(Attribution a) {
        if (a.form() != Attribution.SpeakerForm.NAME) {
            return Optional.empty();
        }
        return mentions.entityAt(tokens.get(a.speakerFrom()).start(), tokens.get(a.speakerTo()).end())
                .filter(e -> e.kind() == EntityKind.PERSON)
                .map(Entity::id);
    }
}
