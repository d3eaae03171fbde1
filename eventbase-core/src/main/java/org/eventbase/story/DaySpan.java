package org.eventbase.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a TIMEX3-style value covers, as ISO dates, so that dates of any precision can be compared.
 * Example: {@code DaySpan.of("2025-W19")} is 2025-05-05..2025-05-11; {@code "2025-03"} is 2025-03-01..2025-03-31.
 */
public record DaySpan(String from, String to) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static DaySpan day(LocalDate day) {
        return new DaySpan(day.toString(), day.toString());
    }

    /** The span of a TIMEX3 value (day, week, month, year, or an interval of them), or empty when unparsable. */
    public static Optional<DaySpan> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                Optional<DaySpan> a = of(value.substring(0, slash));
                Optional<DaySpan> b = of(value.substring(slash + 1));
                return a.isPresent() && b.isPresent() ? Optional.of(new DaySpan(a.get().from, b.get().to))
                        : Optional.empty();
            }
            return Optional.ofNullable(single(value));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DaySpan single(String v) {
        if (DAY.matcher(v).matches()) {
            return new DaySpan(v, v);
        }
        Matcher m;
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DaySpan(monday.toString(), monday.plusDays(6).toString());
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new DaySpan(month.atDay(1).toString(), month.atEndOfMonth().toString());
        }
        if (YEAR.matcher(v).matches()) {
            return new DaySpan(v + "-01-01", v + "-12-31");
        }
        return null;
    }

    public LocalDate first() {
        return LocalDate.parse(from);
    }

    public LocalDate last() {
        return LocalDate.parse(to);
    }

    /** True when the spans overlap once each is widened by {@code slackDays} on both sides. */
    public boolean near(DaySpan other, int slackDays) {
        return !first().minusDays(slackDays).isAfter(other.last().plusDays(slackDays))
                && !other.first().minusDays(slackDays).isAfter(last().plusDays(slackDays));
    }

    /** Days between the spans (0 when they overlap). */
    public long gap(DaySpan other) {
        if (near(other, 0)) {
            return 0;
        }
        return last().isBefore(other.first()) ? ChronoUnit.DAYS.between(last(), other.first())
                : ChronoUnit.DAYS.between(other.last(), first());
    }

    public long days() {
        return ChronoUnit.DAYS.between(first(), last()) + 1;
    }
}
