package org.eventbase.eval.time;

import java.util.List;

/**
 * One TimeML document: its creation date (the anchor for relative expressions), the plain text of its
 * {@code <TEXT>} with all markup removed, and the time expressions in that text (the creation date not among them).
 * Example: {@code new TimeMlDocument("ABC19980108", "1998-01-08", "On the other hand ...", timexes)}.
 */
public record TimeMlDocument(String id, String creationDate, String text, List<GoldTimex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
