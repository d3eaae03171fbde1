package org.eventbase.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises a publication date as found in feeds, dumps and meta tags to ISO-8601: a date ({@code 2022-01-06}),
 * a date-time with offset ({@code 2022-01-06T09:30:00Z}), or, when the source gives no zone, a local date-time
 * ({@code 2022-01-06T09:30:00}); no zone is invented. Anything unparseable gives empty rather than a guess.
 * Example: {@code normalise("Thu, 06 Jan 2022 09:30:00 GMT")} is {@code Optional.of("2022-01-06T09:30:00Z")}.
 */
public final class PublicationDates {
    /** ISO-like: {@code 2022-01-06}, {@code 2022-01-06T09:30}, {@code 2022-01-06 09:30:00.123+0100}, zone ids. */
    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("[' ']['T']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral(' ').appendOffset("+HH:MM", "UTC").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** Written-out English dates: {@code 6 January 2022}, {@code January 6, 2022}, {@code Jan 6, 2022}. */
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            english("d MMMM uuuu"), english("d MMM uuuu"), english("MMMM d, uuuu"), english("MMM d, uuuu"));

    private PublicationDates() {
    }

    /** The ISO-8601 form of {@code raw}, or empty when it is null, blank or not a date this class knows. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        return isoLike(text).or(() -> rfc1123(text)).or(() -> writtenDate(text));
    }

    private static Optional<String> isoLike(String text) {
        try {
            TemporalAccessor parsed = ISO_LIKE.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return Optional.of(zoned.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            }
            return Optional.of(((LocalDate) parsed).format(DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    private static Optional<String> rfc1123(String text) {
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(parsed.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }

    private static Optional<String> writtenDate(String text) {
        for (DateTimeFormatter format : WRITTEN_DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).format(DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
