package org.eventbase.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.TimePrecision;

/**
 * Resolves a found {@link TimeExpression} to a calendar value, against the publication date when it is relative.
 * News is mostly about the past, so a bare weekday is the most recent one on or before publication, unless the
 * sentence speaks of the future ("will meet on Tuesday"), or the word says so ("next", "until").
 * Example: published Thursday 2022-01-06, "Wednesday" → 2022-01-05, "the weekend" → 2022-01-01/2022-01-02,
 * "December 2011" → 2011-12 (absolute, no anchor needed), "the 1990s" → 199X. Stateless and thread-safe.
 */
final class RelativeDateResolver {
    /** A month and day up to this many days after publication is taken as upcoming even without a future verb. */
    private static final int SOON_DAYS = 60;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30));

    /**
     * The resolution, empty when the expression names no real date (e.g. "February 30") or is too vague to name
     * one ("a few days ago"). With a null {@code anchor}, relative expressions come back with a null value.
     */
    Optional<Resolution> resolve(TimeExpression e, LocalDate anchor, boolean future) {
        try {
            return Optional.ofNullable(switch (e.kind()) {
                case FULL_DATE -> fullDate(e);
                case MONTH_YEAR -> new Resolution(YearMonth.of(year(e.part(1)), month(e.part(0))).toString(),
                        TimePrecision.MONTH, false);
                case YEAR -> new Resolution(e.part(0), TimePrecision.YEAR, false);
                case DECADE -> new Resolution(e.part(0) + e.part(1) + "X", TimePrecision.DECADE, false);
                case QUARTER -> quarter(e, anchor);
                case MONTH_DAY -> monthDay(e, anchor, future);
                case MONTH -> month(e, anchor, future);
                case AGO -> ago(e, anchor);
                case RELATIVE_UNIT -> relativeUnit(e, anchor, future);
                case WEEKEND -> weekend(e, anchor, future);
                case DEICTIC_DAY -> deicticDay(e, anchor);
                case WEEKDAY -> weekday(e, anchor, future);
            });
        } catch (DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static Resolution fullDate(TimeExpression e) {
        boolean dayFirst = Character.isDigit(e.part(0).charAt(0));
        int day = Integer.parseInt(e.part(dayFirst ? 0 : 1));
        Month month = month(e.part(dayFirst ? 1 : 0));
        int year = year(e.part(2));
        return day(LocalDate.of(year, month, day), false);
    }

    private static Resolution monthDay(TimeExpression e, LocalDate anchor, boolean future) {
        boolean dayFirst = Character.isDigit(e.part(0).charAt(0));
        int day = Integer.parseInt(e.part(dayFirst ? 0 : 1));
        Month month = month(e.part(dayFirst ? 1 : 0));
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (anchor == null) {
            return unanchored(TimePrecision.DAY);
        }
        int year = anchor.getYear();
        while (day > YearMonth.of(year, month).lengthOfMonth()) {
            year += future ? 1 : -1;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (future && date.isBefore(anchor)) {
            date = LocalDate.of(year + 1, month, Math.min(day, YearMonth.of(year + 1, month).lengthOfMonth()));
        } else if (!future && date.isAfter(anchor.plusDays(SOON_DAYS))) {
            date = LocalDate.of(year - 1, month, Math.min(day, YearMonth.of(year - 1, month).lengthOfMonth()));
        }
        return day(date, true);
    }

    private static Resolution month(TimeExpression e, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return unanchored(TimePrecision.MONTH);
        }
        String modifier = e.part(0) == null ? "" : e.part(0).toLowerCase(Locale.ROOT).trim();
        Month month = month(e.part(1));
        YearMonth now = YearMonth.from(anchor);
        YearMonth candidate = YearMonth.of(anchor.getYear(), month);
        if (modifier.equals("next") || (future && !modifier.equals("last"))) {
            if (candidate.isBefore(now) || (modifier.equals("next") && candidate.equals(now))) {
                candidate = candidate.plusYears(1);
            }
        } else if (!modifier.equals("this")) {
            if (candidate.isAfter(now) || (modifier.equals("last") && candidate.equals(now))) {
                candidate = candidate.minusYears(1);
            }
        }
        return new Resolution(candidate.toString(), TimePrecision.MONTH, true);
    }

    private static Resolution quarter(TimeExpression e, LocalDate anchor) {
        if (e.part(0) == null) {
            if (anchor == null) {
                return unanchored(TimePrecision.QUARTER);
            }
            LocalDate lastQuarter = anchor.minusMonths(3);
            return new Resolution(lastQuarter.getYear() + "-Q" + lastQuarter.get(IsoFields.QUARTER_OF_YEAR),
                    TimePrecision.QUARTER, true);
        }
        int quarter = switch (e.part(0).toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        if (e.part(1) != null) {
            return new Resolution(e.part(1) + "-Q" + quarter, TimePrecision.QUARTER, false);
        }
        if (anchor == null) {
            return unanchored(TimePrecision.QUARTER);
        }
        int year = anchor.getYear();
        if (quarter > anchor.get(IsoFields.QUARTER_OF_YEAR)) {
            year--;
        }
        return new Resolution(year + "-Q" + quarter, TimePrecision.QUARTER, true);
    }

    private static Resolution ago(TimeExpression e, LocalDate anchor) {
        Integer n = NUMBERS.get(e.part(0).toLowerCase(Locale.ROOT));
        if (n == null && Character.isDigit(e.part(0).charAt(0))) {
            n = Integer.parseInt(e.part(0));
        }
        if (n == null) {
            return null;
        }
        String unit = e.part(1).toLowerCase(Locale.ROOT);
        if (anchor == null) {
            return unanchored(precisionOf(unit));
        }
        return switch (unit) {
            case "day" -> day(anchor.minusDays(n), true);
            case "week" -> week(anchor.minusWeeks(n));
            case "month" -> new Resolution(YearMonth.from(anchor).minusMonths(n).toString(), TimePrecision.MONTH, true);
            case "decade" -> new Resolution(String.valueOf(anchor.getYear() - 10 * n), TimePrecision.YEAR, true);
            default -> new Resolution(String.valueOf(anchor.getYear() - n), TimePrecision.YEAR, true);
        };
    }

    private static Resolution relativeUnit(TimeExpression e, LocalDate anchor, boolean future) {
        String modifier = e.part(0).toLowerCase(Locale.ROOT);
        String unit = e.part(1).toLowerCase(Locale.ROOT);
        if (anchor == null) {
            return unanchored(precisionOf(unit));
        }
        int offset = switch (modifier) {
            case "last", "the previous", "the past" -> -1;
            case "next", "the following", "the coming" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> week(anchor.plusWeeks(offset));
            case "month" -> new Resolution(YearMonth.from(anchor).plusMonths(offset).toString(),
                    TimePrecision.MONTH, true);
            default -> new Resolution(String.valueOf(anchor.getYear() + offset), TimePrecision.YEAR, true);
        };
    }

    private static Resolution weekend(TimeExpression e, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return unanchored(TimePrecision.DAY);
        }
        String modifier = e.part(0).toLowerCase(Locale.ROOT);
        boolean forward = modifier.equals("next") || (future && !modifier.equals("last"));
        LocalDate saturday = forward
                ? onOrAfter(anchor.plusDays(1), DayOfWeek.SATURDAY)
                : onOrBefore(anchor, DayOfWeek.SATURDAY);
        if (modifier.equals("last") && !anchor.isAfter(saturday.plusDays(1))) {
            saturday = saturday.minusWeeks(1);
        }
        return new Resolution(saturday + "/" + saturday.plusDays(1), TimePrecision.DAY, true);
    }

    private static Resolution deicticDay(TimeExpression e, LocalDate anchor) {
        if (anchor == null) {
            return unanchored(TimePrecision.DAY);
        }
        String word = e.part(0).toLowerCase(Locale.ROOT);
        if (word.equals("yesterday")) {
            return day(anchor.minusDays(1), true);
        }
        if (word.equals("tomorrow")) {
            return day(anchor.plusDays(1), true);
        }
        return day(anchor, true);
    }

    private static Resolution weekday(TimeExpression e, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return unanchored(TimePrecision.DAY);
        }
        String modifier = e.part(0) == null ? "" : e.part(0).toLowerCase(Locale.ROOT);
        DayOfWeek day = DayOfWeek.valueOf(e.part(2).toUpperCase(Locale.ROOT));
        return switch (modifier) {
            case "last" -> day(onOrBefore(anchor.minusDays(1), day), true);
            case "next" -> day(onOrAfter(anchor.plusDays(1), day), true);
            case "until", "till" -> day(onOrAfter(anchor, day), true);
            case "since" -> {
                LocalDate from = onOrBefore(anchor, day);
                yield new Resolution(from + "/" + anchor, TimePrecision.DAY, true);
            }
            default -> day(future ? onOrAfter(anchor, day) : onOrBefore(anchor, day), true);
        };
    }

    private static LocalDate onOrBefore(LocalDate date, DayOfWeek day) {
        return date.minusDays((date.getDayOfWeek().getValue() - day.getValue() + 7) % 7);
    }

    private static LocalDate onOrAfter(LocalDate date, DayOfWeek day) {
        return date.plusDays((day.getValue() - date.getDayOfWeek().getValue() + 7) % 7);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static Resolution day(LocalDate date, boolean relative) {
        return new Resolution(date.toString(), TimePrecision.DAY, relative);
    }

    private static Resolution week(LocalDate date) {
        return new Resolution(String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), TimePrecision.WEEK, true);
    }

    private static Resolution unanchored(TimePrecision precision) {
        return new Resolution(null, precision, true);
    }

    private static TimePrecision precisionOf(String unit) {
        return switch (unit) {
            case "day" -> TimePrecision.DAY;
            case "week" -> TimePrecision.WEEK;
            case "month" -> TimePrecision.MONTH;
            default -> TimePrecision.YEAR;
        };
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    private static Month month(String text) {
        String prefix = text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m;
            }
        }
        throw new DateTimeException("not a month: " + text);
    }
}
