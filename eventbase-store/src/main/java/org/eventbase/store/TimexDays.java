package org.eventbase.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a TIMEX3-style value covers, so that events can be filtered by date whatever the
 * precision of their time. Example: {@code TimexDays.of("2022-W01")} is 2022-01-03..2022-01-09;
 * {@code "2021-Q3"} is 2021-07-01..2021-09-30; {@code "199X"} is 1990-01-01..1999-12-31.
 */
record TimexDays(LocalDate from, LocalDate to) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

    static Optional<TimexDays> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                Optional<TimexDays> a = of(value.substring(0, slash));
                Optional<TimexDays> b = of(value.substring(slash + 1));
                return a.isPresent() && b.isPresent() ? Optional.of(new TimexDays(a.get().from, b.get().to))
                        : Optional.empty();
            }
            return Optional.ofNullable(single(value));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static TimexDays single(String v) {
        if (DAY.matcher(v).matches()) {
            LocalDate day = LocalDate.parse(v);
            return new TimexDays(day, day);
        }
        Matcher m;
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TimexDays(monday, monday.plusDays(6));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new TimexDays(month.atDay(1), month.atEndOfMonth());
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            int firstMonth = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
            YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), firstMonth);
            return new TimexDays(start.atDay(1), start.plusMonths(2).atEndOfMonth());
        }
        if (YEAR.matcher(v).matches()) {
            int year = Integer.parseInt(v);
            return new TimexDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int first = Integer.parseInt(m.group(1)) * 10;
            return new TimexDays(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
        }
        return null;
    }
}
