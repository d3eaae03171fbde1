package org.eventbase.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventbase.model.ActorKind;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.Role;

/**
 * Tells what kind of party an actor is from its words and, when it names an entity, the entity's kind and roles:
 * "riot police" → STATE_FORCES, "gunmen" → UNIDENTIFIED_ARMED_GROUP, "the Collective Security Treaty Organization"
 * → INTERNATIONAL_ORGANISATION, a person whose role is "president" → GOVERNMENT, a country → COUNTRY.
 * Example: {@code ActorKinds.of("hundreds of protesters", null)} is {@code PROTESTERS}.
 */
final class ActorKinds {
    /** Word → kind, checked from the last word of the actor backwards (the head noun decides). */
    private static final Map<String, ActorKind> WORDS = Map.ofEntries(
            Map.entry("protesters", ActorKind.PROTESTERS), Map.entry("protestors", ActorKind.PROTESTERS),
            Map.entry("demonstrators", ActorKind.PROTESTERS), Map.entry("marchers", ActorKind.PROTESTERS),
            Map.entry("strikers", ActorKind.PROTESTERS), Map.entry("workers", ActorKind.PROTESTERS),
            Map.entry("activists", ActorKind.PROTESTERS), Map.entry("supporters", ActorKind.PROTESTERS),
            Map.entry("crowd", ActorKind.PROTESTERS), Map.entry("crowds", ActorKind.PROTESTERS),
            Map.entry("dockers", ActorKind.PROTESTERS), Map.entry("students", ActorKind.PROTESTERS),
            Map.entry("rioters", ActorKind.RIOTERS), Map.entry("looters", ActorKind.RIOTERS),
            Map.entry("mob", ActorKind.RIOTERS), Map.entry("youths", ActorKind.RIOTERS),
            Map.entry("police", ActorKind.STATE_FORCES), Map.entry("officers", ActorKind.STATE_FORCES),
            Map.entry("policemen", ActorKind.STATE_FORCES), Map.entry("gendarmes", ActorKind.STATE_FORCES),
            Map.entry("guard", ActorKind.STATE_FORCES), Map.entry("servicemen", ActorKind.STATE_FORCES),
            Map.entry("security", ActorKind.STATE_FORCES), Map.entry("authorities", ActorKind.GOVERNMENT),
            Map.entry("army", ActorKind.MILITARY), Map.entry("troops", ActorKind.MILITARY),
            Map.entry("soldiers", ActorKind.MILITARY), Map.entry("military", ActorKind.MILITARY),
            Map.entry("navy", ActorKind.MILITARY), Map.entry("units", ActorKind.MILITARY),
            Map.entry("forces", ActorKind.MILITARY), Map.entry("peacekeepers", ActorKind.MILITARY),
            Map.entry("government", ActorKind.GOVERNMENT), Map.entry("ministry", ActorKind.GOVERNMENT),
            Map.entry("president", ActorKind.GOVERNMENT), Map.entry("minister", ActorKind.GOVERNMENT),
            Map.entry("parliament", ActorKind.GOVERNMENT), Map.entry("court", ActorKind.GOVERNMENT),
            Map.entry("cabinet", ActorKind.GOVERNMENT), Map.entry("mayor", ActorKind.GOVERNMENT),
            Map.entry("governor", ActorKind.GOVERNMENT), Map.entry("kremlin", ActorKind.GOVERNMENT),
            Map.entry("prosecutors", ActorKind.GOVERNMENT), Map.entry("regime", ActorKind.GOVERNMENT),
            Map.entry("gunmen", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("attackers", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("assailants", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("militants", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("bomber", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("bandits", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("terrorists", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("gangs", ActorKind.UNIDENTIFIED_ARMED_GROUP),
            Map.entry("rebels", ActorKind.REBEL_GROUP), Map.entry("insurgents", ActorKind.REBEL_GROUP),
            Map.entry("militia", ActorKind.REBEL_GROUP), Map.entry("militias", ActorKind.REBEL_GROUP),
            Map.entry("civilians", ActorKind.CIVILIANS), Map.entry("residents", ActorKind.CIVILIANS),
            Map.entry("people", ActorKind.CIVILIANS), Map.entry("villagers", ActorKind.CIVILIANS),
            Map.entry("traders", ActorKind.CIVILIANS), Map.entry("families", ActorKind.CIVILIANS),
            Map.entry("children", ActorKind.CIVILIANS), Map.entry("passengers", ActorKind.CIVILIANS),
            Map.entry("media", ActorKind.MEDIA), Map.entry("outlets", ActorKind.MEDIA),
            Map.entry("agency", ActorKind.MEDIA), Map.entry("journalists", ActorKind.MEDIA),
            Map.entry("party", ActorKind.POLITICAL_PARTY), Map.entry("opposition", ActorKind.POLITICAL_PARTY),
            Map.entry("alliance", ActorKind.INTERNATIONAL_ORGANISATION),
            Map.entry("bloc", ActorKind.INTERNATIONAL_ORGANISATION));
    private static final List<String> INTERNATIONAL = List.of("organization", "organisation", "nations", "union",
            "treaty", "nato", "council", "alliance", "bank", "fund", "red cross", "unhcr", "unicef", "who", "ocha",
            "igad", "sadc", "ecowas", "osce", "csto", "asean", "unmiss", "commission");

    private ActorKinds() {}

    static ActorKind of(String text, Entity entity) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (entity != null) {
            String name = entity.name().toLowerCase(Locale.ROOT);
            switch (entity.kind()) {
                case GPE:
                    return ActorKind.COUNTRY;
                case ORGANIZATION:
                    for (String word : INTERNATIONAL) {
                        if ((" " + name + " ").contains(" " + word + " ")
                                || entity.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(word))) {
                            return ActorKind.INTERNATIONAL_ORGANISATION;
                        }
                    }
                    ActorKind byName = byWords(name);
                    if (byName != null) {
                        return byName;
                    }
                    return name.contains("movement") || name.contains("front") || name.contains("party")
                            ? ActorKind.POLITICAL_PARTY : ActorKind.OTHER;
                case PERSON:
                    for (Role role : entity.roles()) {
                        ActorKind byRole = byWords(role.title().toLowerCase(Locale.ROOT));
                        if (byRole != null) {
                            return byRole == ActorKind.STATE_FORCES ? byRole : ActorKind.GOVERNMENT;
                        }
                    }
                    ActorKind byText = byWords(lower);
                    return byText == ActorKind.GOVERNMENT ? byText : ActorKind.PERSON;
                default:
                    break;
            }
        }
        ActorKind byWords = byWords(lower);
        return byWords == null ? (entity != null && entity.kind() == EntityKind.NORP ? ActorKind.COUNTRY
                : ActorKind.OTHER) : byWords;
    }

    private static ActorKind byWords(String lower) {
        String[] words = lower.split("[^\\p{L}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            ActorKind kind = WORDS.get(words[i]);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
