package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2022-01-06                               | 2022-01-06",
        "2022-01-06T09:30:00Z                     | 2022-01-06T09:30:00Z",
        "2022-01-06T09:30Z                        | 2022-01-06T09:30:00Z",
        "2022-01-06t09:30:00z                     | 2022-01-06T09:30:00Z",
        "2022-01-06 09:30:00                      | 2022-01-06T09:30:00",
        "2022-01-06T09:30:00                      | 2022-01-06T09:30:00",
        "2022-01-06 09:30:00 UTC                  | 2022-01-06T09:30:00Z",
        "2022-01-06T09:30:00.250+02:00            | 2022-01-06T09:30:00.25+02:00",
        "2022-01-06T09:30:00+0200                 | 2022-01-06T09:30:00+02:00",
        "2022-01-06T09:30:00-05                   | 2022-01-06T09:30:00-05:00",
        "2022-01-06T09:30:00+01:00[Europe/Paris]  | 2022-01-06T09:30:00+01:00",
        "Thu, 06 Jan 2022 09:30:00 GMT            | 2022-01-06T09:30:00Z",
        "Thu, 6 Jan 2022 09:30:00 +0100           | 2022-01-06T09:30:00+01:00",
        "6 January 2022                           | 2022-01-06",
        "06 Jan 2022                              | 2022-01-06",
        "January 6, 2022                          | 2022-01-06",
        "Jan 6, 2022                              | 2022-01-06",
        "'  2022-01-06  '                         | 2022-01-06",
    })
    void normalisesKnownForms(String raw, String iso) {
        assertThat(PublicationDates.normalise(raw)).contains(iso);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "yesterday", "last Tuesday", "2022-13-01", "2022-02-30", "06/01/2022",
        "2022-01-06T25:00:00", "Fri, 06 Jan 2022 09:30:00 GMT", "1641461400", "2022-01-06 and more"})
    void givesNothingForUnparseableOrAmbiguousDates(String raw) {
        assertThat(PublicationDates.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("randomInstants")
    void keepsIsoOffsetDateTimesAsTheyAre(OffsetDateTime time) {
        String iso = time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

        assertThat(PublicationDates.normalise(iso)).contains(iso);
    }

    @ParameterizedTest
    @MethodSource("randomInstants")
    void readsRfc1123AsTheSameInstant(OffsetDateTime time) {
        String rfc1123 = time.format(DateTimeFormatter.RFC_1123_DATE_TIME);

        String normalised = PublicationDates.normalise(rfc1123).orElseThrow();

        assertThat(OffsetDateTime.parse(normalised).toInstant()).isEqualTo(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void isStrictAboutCalendarDates() {
        assertThat(PublicationDates.normalise("2024-02-29")).contains("2024-02-29");
        assertThat(PublicationDates.normalise("2023-02-29")).isEmpty();
    }

    /** A fixed sample of instants and offsets (seeded, so every run checks the same ones). */
    static Stream<OffsetDateTime> randomInstants() {
        Random random = new Random(20220106);
        return Stream.generate(() -> OffsetDateTime.ofInstant(
                        Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000)),
                        ZoneOffset.ofTotalSeconds(random.nextInt(-12 * 4, 14 * 4 + 1) * 15 * 60)))
                .limit(50);
    }
}
