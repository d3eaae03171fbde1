package org.eventbase.eval.petrarch;

import java.util.Map;
import org.eventbase.eval.event.FieldScore;
import org.eventbase.model.EventType;

/**
 * The scores of one {@code eval petrarch} run. Example: {@code report.overall().f1()}.
 *
 * @param records        every record of the file
 * @param scored         records scored (error-handling records and records whose only codes have no PLOVER type
 *                       are left out)
 * @param unmappedCodes  gold codes with no PLOVER type (CAMEO 01, the tests' private codes)
 * @param eventsLayer    false when the pipeline has no events stage
 * @param overall        PLOVER types per sentence, matched as multisets, summed over sentences
 * @param perType        the same per PLOVER type
 */
public record PetrarchReport(int records, int scored, int unmappedCodes, boolean eventsLayer, FieldScore overall,
        Map<EventType, FieldScore> perType) {}
