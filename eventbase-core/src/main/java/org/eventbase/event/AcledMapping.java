package org.eventbase.event;

import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventType;

/**
 * Maps a PLOVER type and mode, with the kinds of its actors, to ACLED's event type and sub-event type, spelt as
 * ACLED spells them; see the table in docs/codebook.md. Events with no ACLED counterpart (CONSULT, REQUEST,
 * ACCUSE, …) get null. Example: PROTEST riot → "Riots" / "Violent demonstration"; COERCE arrest →
 * "Strategic developments" / "Arrests"; ASSAULT bombing → "Explosions/Remote violence" /
 * "Remote explosive/landmine/IED".
 */
final class AcledMapping {
    static final String BATTLES = "Battles";
    static final String PROTESTS = "Protests";
    static final String RIOTS = "Riots";
    static final String REMOTE = "Explosions/Remote violence";
    static final String VIOLENCE = "Violence against civilians";
    static final String STRATEGIC = "Strategic developments";

    private AcledMapping() {}

    static AcledCategory of(EventType type, String mode, List<EventActor> sources, List<EventActor> targets,
            boolean lethal) {
        boolean protesterTargets = targets.stream().anyMatch(a -> a.kind() == ActorKind.PROTESTERS
                || a.kind() == ActorKind.RIOTERS);
        boolean civilianTargets = targets.stream().anyMatch(a -> a.kind() == ActorKind.CIVILIANS);
        boolean armedTargets = targets.stream().anyMatch(a -> armed(a.kind()));
        boolean crowdSources = sources.stream().anyMatch(a -> a.kind() == ActorKind.PROTESTERS
                || a.kind() == ActorKind.RIOTERS);
        return switch (type) {
            case PROTEST -> switch (mode) {
                case "riot" -> civilianTargets ? new AcledCategory(RIOTS, "Mob violence")
                        : new AcledCategory(RIOTS, "Violent demonstration");
                default -> new AcledCategory(PROTESTS, "Peaceful protest");
            };
            case COERCE -> switch (mode) {
                case "arrest" -> new AcledCategory(STRATEGIC, "Arrests");
                case "crowd-control", "repress" -> protesterTargets || targets.isEmpty()
                        ? new AcledCategory(PROTESTS, lethal ? "Excessive force against protesters"
                        : "Protest with intervention")
                        : new AcledCategory(STRATEGIC, "Other");
                case "seize" -> crowdSources ? new AcledCategory(RIOTS, "Violent demonstration")
                        : new AcledCategory(STRATEGIC, "Looting/property destruction");
                default -> new AcledCategory(STRATEGIC, "Other");
            };
            case ASSAULT -> switch (mode) {
                case "bombing" -> new AcledCategory(REMOTE, "Remote explosive/landmine/IED");
                case "suicide-bombing" -> new AcledCategory(REMOTE, "Suicide bomb");
                case "aerial" -> new AcledCategory(REMOTE, "Air/drone strike");
                case "artillery" -> new AcledCategory(REMOTE, "Shelling/artillery/missile attack");
                case "grenade" -> new AcledCategory(REMOTE, "Grenade");
                case "clash" -> new AcledCategory(BATTLES, "Armed clash");
                case "abduct" -> new AcledCategory(VIOLENCE, "Abduction/forced disappearance");
                case "arson", "property" -> crowdSources || sources.isEmpty() && protesterTargets
                        ? new AcledCategory(RIOTS, "Violent demonstration")
                        : new AcledCategory(STRATEGIC, "Looting/property destruction");
                default -> protesterTargets ? new AcledCategory(PROTESTS, "Excessive force against protesters")
                        : crowdSources ? new AcledCategory(RIOTS, "Violent demonstration")
                        : armedTargets && sources.stream().anyMatch(a -> armed(a.kind()))
                        ? new AcledCategory(BATTLES, "Armed clash")
                        : new AcledCategory(VIOLENCE, "Attack");
            };
            case AGREE -> "agree".equals(mode) ? null : new AcledCategory(STRATEGIC, "Agreement");
            case MOBILIZE -> new AcledCategory(STRATEGIC, "Change to group/activity");
            default -> null;
        };
    }

    private static boolean armed(ActorKind kind) {
        return kind == ActorKind.MILITARY || kind == ActorKind.STATE_FORCES || kind == ActorKind.REBEL_GROUP
                || kind == ActorKind.UNIDENTIFIED_ARMED_GROUP;
    }
}
