package org.eventbase.eval.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventbase.model.AcledCategory;

/**
 * The CASE 2021 task 2 codes of ACLED's 25 sub-event types, and their ACLED event types (the task's label map).
 * Example: {@code CaseLabels.code(new AcledCategory("Protests", "Peaceful protest"))} is {@code PEACE_PROTEST};
 * {@code CaseLabels.eventType("AIR_STRIKE")} is {@code Explosions/Remote violence}.
 */
public final class CaseLabels {
    /** What a snippet gets when the pipeline finds no ACLED event in it (ACLED's "Strategic developments / Other"). */
    public static final String NO_EVENT = "OTHER";

    private static final Map<String, String[]> BY_CODE = new LinkedHashMap<>();

    static {
        add("ABDUCT_DISSAP", "Abduction/forced disappearance", "Violence against civilians");
        add("AGREEMENT", "Agreement", "Strategic developments");
        add("AIR_STRIKE", "Air/drone strike", "Explosions/Remote violence");
        add("ARMED_CLASH", "Armed clash", "Battles");
        add("ARREST", "Arrests", "Strategic developments");
        add("ART_MISS_ATTACK", "Shelling/artillery/missile attack", "Explosions/Remote violence");
        add("ATTACK", "Attack", "Violence against civilians");
        add("CHANGE_TO_GROUP_ACT", "Change to group/activity", "Strategic developments");
        add("CHEM_WEAP", "Chemical weapon", "Explosions/Remote violence");
        add("DISR_WEAP", "Disrupted weapons use", "Strategic developments");
        add("FORCE_AGAINST_PROTEST", "Excessive force against protesters", "Protests");
        add("GOV_REGAINS_TERIT", "Government regains territory", "Battles");
        add("GRENADE", "Grenade", "Explosions/Remote violence");
        add("HQ_ESTABLISHED", "Headquarters or base established", "Strategic developments");
        add("MOB_VIOL", "Mob violence", "Riots");
        add("NON_STATE_ACTOR_OVERTAKES_TER", "Non-state actor overtakes territory", "Battles");
        add("NON_VIOL_TERRIT_TRANSFER", "Non-violent transfer of territory", "Strategic developments");
        add("OTHER", "Other", "Strategic developments");
        add("PEACE_PROTEST", "Peaceful protest", "Protests");
        add("PROPERTY_DISTRUCT", "Looting/property destruction", "Strategic developments");
        add("PROTEST_WITH_INTER", "Protest with intervention", "Protests");
        add("REM_EXPLOS", "Remote explosive/landmine/IED", "Explosions/Remote violence");
        add("SEX_VIOL", "Sexual violence", "Violence against civilians");
        add("SUIC_BOMB", "Suicide bomb", "Explosions/Remote violence");
        add("VIOL_DEMONSTR", "Violent demonstration", "Riots");
    }

    /** The 25 codes in alphabetical order. */
    public static final List<String> ACLED_CODES = List.copyOf(BY_CODE.keySet());

    /** ACLED's six event types. */
    public static final List<String> EVENT_TYPES = List.of("Battles", "Explosions/Remote violence", "Protests",
            "Riots", "Strategic developments", "Violence against civilians");

    private CaseLabels() {}

    private static void add(String code, String subEventType, String eventType) {
        BY_CODE.put(code, new String[] {subEventType, eventType});
    }

    /** The code of an ACLED category by its sub-event type (case and spacing ignored), or {@link #NO_EVENT}. */
    public static String code(AcledCategory acled) {
        if (acled == null || acled.subEventType() == null) {
            return NO_EVENT;
        }
        String wanted = key(acled.subEventType());
        return BY_CODE.entrySet().stream().filter(e -> key(e.getValue()[0]).equals(wanted)).map(Map.Entry::getKey)
                .findFirst().orElse(NO_EVENT);
    }

    /** True for the 25 ACLED codes, false for the task's distractors (DIPLO, ORG_CRIME, …). */
    public static boolean isAcled(String code) {
        return BY_CODE.containsKey(code);
    }

    /** The ACLED event type of one of the 25 codes. */
    public static String eventType(String code) {
        String[] names = BY_CODE.get(code);
        if (names == null) {
            throw new IllegalArgumentException("not an ACLED code: " + code);
        }
        return names[1];
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
