package org.eventbase.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal normaliser for publication dates found in pages: ISO date-times keep their offset, anything else
 * that starts with an ISO date keeps the date. Example: {@code "2022-01-06T09:30:00+0000"} becomes {@code "2022-01-06T09:30:00Z"},
 * {@code "2022-01-06 09:30"} becomes {@code "2022-01-06"}, {@code "last Thursday"} is empty.
 * TODO replace with org.eventbase.ingest.PublicationDates.normalise once that lands (written in parallel).
 */
final class PublishedDate {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private PublishedDate() {}

    static Optional<String> normalise(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
            return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(parsed));
        } catch (DateTimeParseException notOffsetDateTime) {
            Matcher m = ISO_DATE.matcher(text);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.parse(m.group(1)).toString());
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }
}
