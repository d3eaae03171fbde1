package org.eventbase.eval.petrarch;

import java.util.Map;
import java.util.Optional;
import org.eventbase.model.EventType;

/**
 * Maps a CAMEO event code to a PLOVER type by its two-digit root, after PLOVER's own CAMEO crosswalk, with one
 * finer rule: 057 (sign formal agreement) is AGREE, not COOPERATE. Root 01 (make public statement) has no PLOVER
 * type, and codes outside CAMEO's 01–20 (the unit tests' private codes such as 090) map to nothing.
 * Example: {@code CameoToPlover.type("064")} is {@code COOPERATE}; {@code type("1823")} is {@code ASSAULT}.
 */
public final class CameoToPlover {
    private static final Map<String, EventType> BY_ROOT = Map.ofEntries(
            Map.entry("02", EventType.REQUEST),     // appeal
            Map.entry("03", EventType.AGREE),       // express intent to cooperate
            Map.entry("04", EventType.CONSULT),     // consult
            Map.entry("05", EventType.COOPERATE),   // engage in diplomatic cooperation
            Map.entry("06", EventType.COOPERATE),   // engage in material cooperation
            Map.entry("07", EventType.AID),         // provide aid
            Map.entry("08", EventType.RETREAT),     // yield
            Map.entry("09", EventType.ACCUSE),      // investigate
            Map.entry("10", EventType.REQUEST),     // demand
            Map.entry("11", EventType.ACCUSE),      // disapprove
            Map.entry("12", EventType.REJECT),      // reject
            Map.entry("13", EventType.THREATEN),    // threaten
            Map.entry("14", EventType.PROTEST),     // protest
            Map.entry("15", EventType.MOBILIZE),    // exhibit force posture
            Map.entry("16", EventType.SANCTION),    // reduce relations
            Map.entry("17", EventType.COERCE),      // coerce
            Map.entry("18", EventType.ASSAULT),     // assault
            Map.entry("19", EventType.ASSAULT),     // fight
            Map.entry("20", EventType.ASSAULT));    // unconventional mass violence

    private CameoToPlover() {}

    public static Optional<EventType> type(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return Optional.empty();
        }
        if (cameo.startsWith("057")) {
            return Optional.of(EventType.AGREE);
        }
        return Optional.ofNullable(BY_ROOT.get(cameo.substring(0, 2)));
    }
}
