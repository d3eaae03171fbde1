package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Finds public bodies written in lower case, which the recogniser misses but which act and make claims in the
 * news: "the interior ministry", "the ministry of health", "the court of appeal", and a name with lower-case words
 * and a body noun, "the Nigerian army", "the Oslo police", "the UN refugee agency", "the Bergen prosecutor's
 * office". Each becomes an organisation mention named without its article; the names inside it stay mentions of
 * their own.
 * Conservative: a bare "the ministry", "the office" or "the UNHCR office" is no entity, and neither is a
 * description before a name ("the Norwegian news agency NTB").
 * Example: in "according to the interior ministry" the mention "interior ministry" is an ORGANIZATION.
 */
final class PublicBodyFinder {
    private static final Set<String> BODIES = Set.of("ministry", "department", "agency", "office", "army", "navy",
            "police", "military", "court", "commission", "authority", "directorate", "inspectorate");
    /** Bodies a name before them makes an entity even without lower-case words between ("the Nigerian army"). */
    private static final Set<String> FORCES = Set.of("army", "navy", "police", "military");
    /** Bodies an "of" phrase makes an entity ("the ministry of transport", "the court of appeal"). */
    private static final Set<String> OF_BODIES = Set.of("ministry", "department", "court");
    private static final int MAX_WORDS = 5;

    private PublicBodyFinder() {}

    static List<NameMention> find(NlpAnnotation nlp, String text, List<NameMention> mentions) {
        List<NameMention> bodies = new ArrayList<>();
        for (Sentence sentence : nlp.sentences()) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).text().equalsIgnoreCase("the")) {
                    bodyAfter(sentence, i + 1, text, mentions).ifPresent(bodies::add);
                }
            }
        }
        if (bodies.isEmpty()) {
            return mentions;
        }
        List<NameMention> out = new ArrayList<>(mentions);
        out.addAll(bodies);
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        return out;
    }

    private static Optional<NameMention> bodyAfter(Sentence sentence, int from, String text,
                                                   List<NameMention> mentions) {
        List<Token> t = sentence.tokens();
        int k = from;
        Optional<NameMention> name = mentions.stream()
                .filter(m -> m.sentence() == sentence.index() && m.tokenStart() == from)
                .filter(m -> m.kind() != EntityKind.PERSON)
                .findFirst();
        if (name.isPresent()) {
            k = name.get().tokenEnd();
        }
        int lowerWords = 0;
        while (k < t.size() && k < from + MAX_WORDS + 2 && isLowerWord(t.get(k)) && !isBody(t, k)) {
            k++;
            lowerWords++;
            if (k < t.size() && isPossessive(t.get(k)) && k + 1 < t.size() && isLowerWord(t.get(k + 1))) {
                k++;
            }
        }
        if (!isBody(t, k)) {
            return Optional.empty();
        }
        String head = t.get(k).text();
        int end = k + 1;
        int ofEnd = ofPhraseEnd(t, end);
        boolean ofPhrase = OF_BODIES.contains(head) && ofEnd > end;
        boolean entity = name.isPresent() ? lowerWords > 0 || FORCES.contains(head) || ofPhrase
                : head.equals("ministry") && lowerWords > 0 || ofPhrase && lowerWords == 0;
        if (!entity || name.isPresent() && name.get().kind() == EntityKind.ORGANIZATION && lowerWords == 0) {
            return Optional.empty();
        }
        if (ofPhrase) {
            end = ofEnd;
        }
        if (end < t.size() && Character.isUpperCase(t.get(end).text().charAt(0))) {
            return Optional.empty();
        }
        int start = t.get(from).start();
        String surface = text.substring(start, t.get(end - 1).end());
        return Optional.of(new NameMention(sentence.index(), from, end, start, t.get(end - 1).end(), surface,
                "ORGANIZATION", EntityKind.ORGANIZATION, NameKeys.of(surface)));
    }

    /** A body noun that ends the phrase: not followed by another lower-case noun ("ministry spokesman"). */
    private static boolean isBody(List<Token> t, int k) {
        return k < t.size() && BODIES.contains(t.get(k).text())
                && !(k + 1 < t.size() && isLowerWord(t.get(k + 1)) && t.get(k + 1).pos() != null
                && t.get(k + 1).pos().startsWith("NN"));
    }

    /** End of "of transport", "of first instance" after a body noun; {@code at} when there is none. */
    private static int ofPhraseEnd(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).text().equals("of")) {
            return at;
        }
        int end = at;
        for (int k = at + 1; k < t.size() && k <= at + 3 && isLowerWord(t.get(k)); k++) {
            if (t.get(k).pos().startsWith("NN")) {
                end = k + 1;
            } else if (!t.get(k).pos().startsWith("JJ")) {
                break;
            }
        }
        return end;
    }

    private static boolean isLowerWord(Token token) {
        String pos = token.pos() == null ? "" : token.pos();
        return !token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))
                && (pos.startsWith("NN") || pos.startsWith("JJ"));
    }

    private static boolean isPossessive(Token token) {
        return "POS".equals(token.pos());
    }
}
