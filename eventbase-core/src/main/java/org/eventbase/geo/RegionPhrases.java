package org.eventbase.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Mention;

/**
 * Finds vague regions within a country: "the west of the country", "the northern regions of the country",
 * and a compass adjective before a country or admin-1 region ("western Kenya"). Example:
 * {@code RegionPhrases.ofTheCountry("Protests spread to the west of the country.")} gives one mention,
 * "the west of the country".
 */
final class RegionPhrases {
    private static final String COMPASS = "(?:north|south|east|west|north-east|north-west|south-east|south-west|"
            + "northeast|northwest|southeast|southwest|centre|center)";
    private static final String COMPASS_ADJECTIVE = "(?:northern|southern|eastern|western|central|north-eastern|"
            + "north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|"
            + "far-eastern|far-western)";
    private static final Pattern OF_THE_COUNTRY = Pattern.compile("\\b(?:the\\s+)?(?:" + COMPASS
            + "(?:\\s+(?:part|parts|region|regions))?|" + COMPASS_ADJECTIVE + "\\s+(?:part|parts|region|regions|areas|"
            + "provinces))\\s+of\\s+the\\s+country\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("\\b" + COMPASS_ADJECTIVE + "\\s+$",
            Pattern.CASE_INSENSITIVE);

    private RegionPhrases() {}

    /** Every "the west of the country"-style phrase of {@code text}. */
    static List<Mention> ofTheCountry(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = OF_THE_COUNTRY.matcher(text);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), m.group()));
        }
        return found;
    }

    /** The start of a compass adjective right before {@code start} ("western " before "Kenya"), or -1. */
    static int compassAdjectiveBefore(String text, int start) {
        Matcher m = ADJECTIVE_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
        return m.find() ? Math.max(0, start - 20) + m.start() : -1;
    }
}
