package org.eventbase.eval.petrarch;

import java.util.List;

/**
 * One {@code <Sentence>} of a PETRARCH2 unit-test file: its text, date and gold CAMEO event codes.
 * Example: {@code new PetrarchRecord("DEMO-00", "1995-01-01", "Arnor is about to restore full diplomatic ties with
 * Gondor …", List.of("064"), false, false)}.
 *
 * @param id          the sentence id
 * @param date        the sentence date as ISO 8601
 * @param text        the sentence (whitespace runs collapsed)
 * @param cameoCodes  the gold event codes, one per {@code <EventCoding>}
 * @param noEvents    true when the record says the sentence holds no event
 * @param errorRecord true when the record tests the coder's error handling rather than coding
 */
public record PetrarchRecord(String id, String date, String text, List<String> cameoCodes, boolean noEvents,
        boolean errorRecord) {
    public PetrarchRecord {
        cameoCodes = List.copyOf(cameoCodes);
    }
}
