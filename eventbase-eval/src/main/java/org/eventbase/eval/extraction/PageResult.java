package org.eventbase.eval.extraction;

/**
 * How one page scored, and why extraction failed if it did (a failed page is scored as an empty prediction).
 * Example: {@code new PageResult("042bb7b5", 0.97, 0.99, 0.98, null, "the text is in German")}.
 *
 * @param failure         why reading or cleaning failed, or null when it succeeded
 * @param languageRefusal why a user's run would refuse the cleaned text (not English), or null
 */
public record PageResult(String id, double precision, double recall, double f1, String failure,
        String languageRefusal) {
    public boolean failed() {
        return failure != null;
    }

    public boolean refused() {
        return languageRefusal != null;
    }
}
