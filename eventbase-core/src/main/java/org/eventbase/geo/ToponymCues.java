package org.eventbase.geo;

import java.util.regex.Pattern;

/**
 * What the words right around a toponym say about the kind of place it is: "in Mangystau province" (an admin-1
 * region), "the town of Tarm" (a city), "Tarm, the country's largest city" (a city of the article's country),
 * "the capital, Tarm" (a capital). Example: {@code ToponymCues.of(text, start, end).division()}.
 *
 * @param division     a division word follows or precedes ("X province", "the region of X")
 * @param settlement   a settlement word follows or precedes ("X city", "the town of X")
 * @param ofFocus      an appositive ties it to the article's country ("X, the country's largest city")
 * @param capital      it is called the capital ("the capital, X", "X, the capital")
 */
record ToponymCues(boolean division, boolean settlement, boolean ofFocus, boolean capital) {
    private static final String DIVISIONS = "(?:province|region|state|oblast|governorate|county|district|prefecture|"
            + "department|territory|voivodeship|krai|canton|emirate|parish)";
    private static final Pattern DIVISION_AFTER = Pattern.compile("^\\s+" + DIVISIONS + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIVISION_BEFORE = Pattern.compile("\\b" + DIVISIONS + "s? of\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTLEMENT_AFTER = Pattern.compile("^\\s+(?:city|town|village)\\b");
    private static final Pattern SETTLEMENT_BEFORE = Pattern.compile("\\b(?:city|town|village|port|suburb)s? of\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOCUS_APPOSITIVE = Pattern.compile("^,\\s+(?:the|its)\\s+(?:country|nation)['’]s\\s+"
            + "(?:\\w+[- ])?(?:largest|biggest|main|capital|second|third|commercial|economic|financial|oil|"
            + "industrial|northern|southern|eastern|western|central)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("\\bcapital,?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^,\\s+(?:the|its)\\s+(?:\\w+\\s+)?capital\\b",
            Pattern.CASE_INSENSITIVE);

    static ToponymCues of(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), Math.max(0, start));
        String after = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 60));
        return new ToponymCues(
                DIVISION_AFTER.matcher(after).find() || DIVISION_BEFORE.matcher(before).find(),
                SETTLEMENT_AFTER.matcher(after).find() || SETTLEMENT_BEFORE.matcher(before).find(),
                FOCUS_APPOSITIVE.matcher(after).find(),
                CAPITAL_BEFORE.matcher(before).find() || CAPITAL_AFTER.matcher(after).find());
    }

    ToponymCues or(ToponymCues other) {
        return new ToponymCues(division || other.division, settlement || other.settlement, ofFocus || other.ofFocus,
                capital || other.capital);
    }
}
