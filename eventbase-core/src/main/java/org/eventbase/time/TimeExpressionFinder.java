package org.eventbase.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Span;

/**
 * Finds time expressions in a stretch of text by pattern, longest first and without overlaps. Prepositions that
 * do not change the value ("on", "in", "at") stay outside the span, as in TIMEX3; those that do ("since", "until",
 * "last", "next") are inside. Example: "closed on Wednesday evening" gives WEEKDAY "Wednesday evening".
 * Stateless and thread-safe.
 */
final class TimeExpressionFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String WEEKDAY_BEFORE_DATE =
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?";
    private static final String PART_OF_DAY = "(?: (morning|afternoon|evening|night))?";
    private static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|a few|several)";

    private record Rule(TimeExpressionKind kind, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule(TimeExpressionKind.FULL_DATE, "\\b" + WEEKDAY_BEFORE_DATE + DAY + " " + MONTH + ",? " + YEAR + "\\b"),
            rule(TimeExpressionKind.FULL_DATE, "\\b" + WEEKDAY_BEFORE_DATE + MONTH + " " + DAY + ",? " + YEAR + "\\b"),
            rule(TimeExpressionKind.MONTH_DAY, "\\b" + WEEKDAY_BEFORE_DATE + DAY + " (?:of )?" + MONTH + "(?![\\w])"),
            rule(TimeExpressionKind.MONTH_DAY, "\\b" + WEEKDAY_BEFORE_DATE + MONTH + " " + DAY + "\\b(?!,? ?\\d)"),
            rule(TimeExpressionKind.MONTH_YEAR, "\\b" + MONTH + ",? " + YEAR + "\\b"),
            rule(TimeExpressionKind.MONTH, "\\b((?i:last|next|this|early|late|mid-|mid )?)" + MONTH + "(?![\\w])"),
            rule(TimeExpressionKind.DECADE, "\\b(?i:the )?(1[89]|20)(\\d)0s\\b"),
            rule(TimeExpressionKind.YEAR, "(?<![$£€\\d.,]|(?i:about|some|nearly|almost|over|than|least) )"
                    + "\\b" + YEAR + "\\b(?![,.]?\\d|-\\d|%| [a-z]+s\\b| (?:people|percent|per cent|troops"
                    + "|police|staff|men|women|children|dollars|pounds|euros|yuan|metres|meters|feet|miles|tons"
                    + "|tonnes|acres))"),
            rule(TimeExpressionKind.QUARTER, "\\b(?i:the )?(?i:(first|second|third|fourth|1st|2nd|3rd|4th)"
                    + "[- ]quarter)(?: of " + YEAR + ")?\\b"),
            rule(TimeExpressionKind.QUARTER, "\\b(?i:the (?:latest |most recent |recent |just-ended )?quarter)()()\\b"),
            rule(TimeExpressionKind.AGO, "\\b(?i:" + NUMBER + " (day|week|month|year|decade)s? ago)\\b"),
            rule(TimeExpressionKind.RELATIVE_UNIT, "\\b(?i:(last|this|next|earlier this|later this|earlier in the|later in the|the previous"
                    + "|the following|the past|the coming) (week|month|year))\\b"),
            rule(TimeExpressionKind.WEEKEND, "\\b(?i:(last|this|next|the|that) weekend)\\b"),
            rule(TimeExpressionKind.DEICTIC_DAY, "\\b(?i:(earlier today|later today|today|tonight|yesterday"
                    + "|tomorrow|earlier in the day|later in the day|this morning|this afternoon|this evening)"
                    + "(?: (morning|afternoon|evening|night))?)\\b"),
            rule(TimeExpressionKind.WEEKDAY, "(?:\\b(?:(?i:(since|until|till|last|next|this))|(by|from|before|after)) |\\b)"
                    + WEEKDAY + "(?:'s)?" + PART_OF_DAY + "\\b"));

    private static Rule rule(TimeExpressionKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }

    /** The expressions in {@code text[from, to)}, in text order, spans into {@code text}. */
    List<TimeExpression> find(String text, int from, int to) {
        List<TimeExpression> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true).useAnchoringBounds(true);
            while (m.find()) {
                all.add(expression(rule.kind(), m, text));
            }
        }
        all.sort(Comparator.comparingInt((TimeExpression e) -> -e.span().length())
                .thenComparingInt(e -> e.span().start()));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression e : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(e.span()))) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparing(TimeExpression::span));
        return kept;
    }

    private static TimeExpression expression(TimeExpressionKind kind, Matcher m, String text) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int g = 1; g <= m.groupCount(); g++) {
            String part = m.group(g);
            parts.add(part == null || part.isEmpty() ? null : part);
            if (part != null && !part.isEmpty() && start < 0) {
                start = m.start(g);
            }
        }
        int end = m.end();
        if (kind == TimeExpressionKind.FULL_DATE || kind == TimeExpressionKind.MONTH_DAY
                || kind == TimeExpressionKind.DECADE || kind == TimeExpressionKind.QUARTER
                || kind == TimeExpressionKind.AGO || kind == TimeExpressionKind.RELATIVE_UNIT
                || kind == TimeExpressionKind.WEEKEND || kind == TimeExpressionKind.DEICTIC_DAY) {
            start = m.start();
        }
        if (kind == TimeExpressionKind.WEEKDAY) {
            start = m.group(1) != null ? m.start(1) : m.start(3);
        }
        if (start < 0) {
            start = m.start();
        }
        if (text.startsWith("'s", end - 2) && kind == TimeExpressionKind.WEEKDAY) {
            end -= 2;
        }
        Span span = new Span(start, end);
        return new TimeExpression(kind, span, text.substring(start, end), parts);
    }
}
