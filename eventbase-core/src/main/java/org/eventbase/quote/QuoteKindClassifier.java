package org.eventbase.quote;

import org.eventbase.model.QuoteKind;

/**
 * Tells a full statement from quoted words inside a sentence and from a scare quote, by what stands around the
 * marks. Example: {@code “We stay,” she said} is DIRECT; {@code she called it “a farce”} PARTIAL;
 * {@code sent ‘stabilisation troops’} SCARE.
 */
final class QuoteKindClassifier {
    private static final int SCARE_MAX_WORDS = 3;

    /**
     * @param before      the sentence's text before the opening mark
     * @param content     the quoted words
     * @param attributed  whether a reporting verb attributes the quote
     * @param reportedInSentence whether the sentence has a reporting verb at all, outside quotes
     */
    QuoteKind classify(String before, String content, boolean attributed, boolean reportedInSentence,
            boolean multiParagraph) {
        String lead = before.strip();
        String words = content.strip();
        boolean terminal = !words.isEmpty() && ".?!,…—-:;".indexOf(words.charAt(words.length() - 1)) >= 0;
        int count = words.isEmpty() ? 0 : words.split("\\s+").length;
        if (multiParagraph) {
            return QuoteKind.DIRECT;
        }
        if (count <= SCARE_MAX_WORDS && !terminal) {
            return attributed ? QuoteKind.PARTIAL : QuoteKind.SCARE;
        }
        boolean opensSentence = lead.isEmpty() || lead.endsWith(":");
        boolean capital = !words.isEmpty() && Character.isUpperCase(words.charAt(0));
        if (opensSentence && (terminal || capital || attributed)) {
            return QuoteKind.DIRECT;
        }
        if (lead.endsWith(",") && attributed) {
            return QuoteKind.DIRECT;
        }
        if (attributed && capital && terminal && hasSentenceEnd(words)) {
            return QuoteKind.DIRECT;
        }
        if (count <= SCARE_MAX_WORDS && !reportedInSentence) {
            return QuoteKind.SCARE;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean hasSentenceEnd(String words) {
        char last = words.charAt(words.length() - 1);
        return last == '.' || last == '?' || last == '!' || words.matches("(?s).*[.?!]\\s+\\p{Lu}.*");
    }
}
