package org.eventbase.entity;

import java.util.Map;
import org.eventbase.model.EntityKind;

/**
 * Which CoreNLP fine-grained NER tags name entities, and of which kind. Tags for times, numbers, titles and
 * causes of death name no entity. Example: {@code NerTagKinds.kindOf("CITY")} is {@code GPE}.
 */
final class NerTagKinds {
    private static final Map<String, EntityKind> KINDS = Map.ofEntries(
            Map.entry("PERSON", EntityKind.PERSON),
            Map.entry("ORGANIZATION", EntityKind.ORGANIZATION),
            Map.entry("COUNTRY", EntityKind.GPE),
            Map.entry("CITY", EntityKind.GPE),
            Map.entry("STATE_OR_PROVINCE", EntityKind.GPE),
            Map.entry("LOCATION", EntityKind.LOCATION),
            Map.entry("NATIONALITY", EntityKind.NORP),
            Map.entry("RELIGION", EntityKind.NORP),
            Map.entry("IDEOLOGY", EntityKind.NORP),
            Map.entry("MISC", EntityKind.MISC));

    private NerTagKinds() {}

    /** The kind a tag names, or null when the tag names no entity (DATE, TITLE, O, …). */
    static EntityKind kindOf(String tag) {
        return tag == null ? null : KINDS.get(tag);
    }

    /** True for the tags that name a country, city or province, which outrank other tags for the same name. */
    static boolean isGovernedPlace(String tag) {
        return "COUNTRY".equals(tag) || "CITY".equals(tag) || "STATE_OR_PROVINCE".equals(tag);
    }
}
