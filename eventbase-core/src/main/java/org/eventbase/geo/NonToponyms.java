package org.eventbase.geo;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps names that stand for something other than a place out of the places layer: seats of government used for
 * the government ("the Kremlin", "the White House", "Downing Street"), capitals speaking for their state
 * ("Washington said", "Beijing has warned") and cities naming sports teams ("Liverpool beat Chelsea").
 * Example: {@code NonToponyms.isInstitution("the Kremlin")} is true; in "Moscow accused Kyiv", Moscow is a
 * capital followed by a speech verb, so {@code speaksForState(text, end)} is true there.
 */
final class NonToponyms {
    private static final Set<String> INSTITUTIONS = Set.of("kremlin", "white house", "downing street",
            "number 10", "no 10", "pentagon", "elysee", "elysee palace", "whitehall", "capitol hill", "foggy bottom",
            "quai d orsay", "zhongnanhai", "blue house", "bankova", "sublime porte", "vatican",
            "holy see", "state department");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:'s?)?\\s+(?:(?:has|have|had|would|will|is|was|"
            + "also|quickly|swiftly|reportedly|then|later|has also)\\s+){0,2}(?:said|says|say|announced|announces|"
            + "warned|warns|accused|accuses|denied|denies|rejected|rejects|insisted|insists|claimed|claims|"
            + "condemned|condemns|urged|urges|demanded|demands|responded|responds|retaliated|imposed|imposes|"
            + "vowed|vows|threatened|threatens|criticised|criticized|blamed|blames|wants|believes|considers|"
            + "recognised|recognized|expelled|expels|agreed|agrees|signed|signs|sanctioned|hit back|pledged|"
            + "pledges|objected|objects|protested|welcomed|welcomes|backed|backs|supports|supported|opposes|"
            + "opposed|sent|sends|dismissed|dismisses|refused|refuses|called on|called for|insists)\\b");
    private static final Pattern TEAM_AFTER = Pattern.compile("^\\s+(?:beat|defeated|drew|thrashed|edged|routed|"
            + "hammered|outclassed|trounced|lost to|lost \\d|won \\d|striker|midfielder|defender|goalkeeper|"
            + "manager|fc|f\\.c\\.|united|city fc)\\b", Pattern.CASE_INSENSITIVE);

    private NonToponyms() {}

    /** True for a seat of government or institution named by its building or street. */
    static boolean isInstitution(String name) {
        return INSTITUTIONS.contains(PlaceNames.key(name));
    }

    /** True when the text after a capital's mention (at {@code end}) makes it speak or act for its state. */
    static boolean speaksForState(String text, int end) {
        return SPEECH_AFTER.matcher(after(text, end)).find();
    }

    /** True when the text after a city's mention makes it a sports team. */
    static boolean isTeam(String text, int end) {
        return TEAM_AFTER.matcher(after(text, end)).find();
    }

    private static String after(String text, int end) {
        return text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 60));
    }
}
