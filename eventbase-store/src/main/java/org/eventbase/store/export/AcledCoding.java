package org.eventbase.store.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eventbase.model.ActorKind;
import org.eventbase.model.EventActor;

/**
 * ACLED's codes for Eventbase's values: actor type (inter) codes 1–8, interaction, disorder type, time and geo
 * precision, and ACLED's names for unnamed actors. Example: {@code AcledCoding.inter(ActorKind.PROTESTERS)} is 6;
 * {@code interaction(1, 6)} is 16; {@code disorderType("Protests", "Peaceful protest")} is "Demonstrations".
 */
final class AcledCoding {
    private AcledCoding() {}

    /**
     * ACLED's actor type: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
     * 6 protesters, 7 civilians, 8 external/other forces.
     */
    static int inter(ActorKind kind) {
        return switch (kind) {
            case STATE_FORCES, MILITARY, GOVERNMENT -> 1;
            case REBEL_GROUP -> 2;
            case UNIDENTIFIED_ARMED_GROUP, POLITICAL_PARTY -> 3;
            case RIOTERS -> 5;
            case PROTESTERS -> 6;
            case CIVILIANS, MEDIA, PERSON -> 7;
            case INTERNATIONAL_ORGANISATION, COUNTRY, OTHER -> 8;
        };
    }

    /** The two inter codes joined lowest first (16), or the one code times ten (60) for a sole actor; 0 for none. */
    static int interaction(Integer inter1, Integer inter2) {
        if (inter1 == null && inter2 == null) {
            return 0;
        }
        if (inter1 == null || inter2 == null) {
            return (inter1 == null ? inter2 : inter1) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** ACLED's disorder type of an event type and sub-event type. */
    static String disorderType(String eventType, String subEventType) {
        return switch (eventType) {
            case "Protests" -> subEventType.startsWith("Excessive force") ? "Political violence; Demonstrations"
                    : "Demonstrations";
            case "Riots" -> "Mob violence".equals(subEventType) ? "Political violence" : "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /**
     * ACLED's name for an actor: the name as written for a named actor (an entity), or ACLED's generic name with the
     * country for an unnamed crowd, civilians or gunmen ("Protesters (Chile)"); other unnamed actors as written.
     */
    static String actorName(EventActor actor, String country) {
        if (actor.entityId() != null) {
            return actor.text();
        }
        String generic = switch (actor.kind()) {
            case PROTESTERS -> "Protesters";
            case RIOTERS -> "Rioters";
            case CIVILIANS -> "Civilians";
            case UNIDENTIFIED_ARMED_GROUP -> "Unidentified Armed Group";
            default -> null;
        };
        if (generic == null) {
            return actor.text();
        }
        return country == null ? generic : generic + " (" + country + ")";
    }

    /**
     * ACLED's time precision of a day range: 1 for one day (2 when the day is only the publication date, the
     * article giving no date of its own), 2 for up to a week, 3 for longer.
     */
    static int timePrecision(String dayFrom, String dayTo, boolean publicationDay) {
        long days = ChronoUnit.DAYS.between(LocalDate.parse(dayFrom), LocalDate.parse(dayTo)) + 1;
        if (days <= 1) {
            return publicationDay ? 2 : 1;
        }
        return days <= 7 ? 2 : 3;
    }

    /** The day ACLED records for a range: its middle day (the earlier one of two). */
    static LocalDate eventDate(String dayFrom, String dayTo) {
        LocalDate from = LocalDate.parse(dayFrom);
        long days = ChronoUnit.DAYS.between(from, LocalDate.parse(dayTo));
        return from.plusDays(Math.max(0, days) / 2);
    }

    /**
     * ACLED's geo precision of a place precision: 1 for a town or a point (or coordinates a reviewer gave),
     * 3 for an admin-1 region, a country or a wider region; null without coordinates. Eventbase never gives 2.
     */
    static Integer geoPrecision(String placePrecision, boolean located) {
        if (!located) {
            return null;
        }
        if (placePrecision == null) {
            return 1;
        }
        return switch (placePrecision) {
            case "POINT", "CITY" -> 1;
            default -> 3;
        };
    }

    /** Civilian targeting per ACLED: violence against civilians, or civilians among the targets. */
    static boolean civilianTargeting(String eventType, List<EventActor> targets) {
        return "Violence against civilians".equals(eventType)
                || targets.stream().anyMatch(a -> a.kind() == ActorKind.CIVILIANS);
    }
}
