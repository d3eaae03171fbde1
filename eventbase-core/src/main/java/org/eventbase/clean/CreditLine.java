package org.eventbase.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal's credit line naming who published or passed on an article.
 * Example: {@code CreditLine.parse("© Provided by The Daily Example")} is a publisher credit for "The Daily Example";
 * {@code CreditLine.parse("Source: Thanks portal.example")} is a syndicator credit for "portal.example".
 *
 * @param kind  whom the line names
 * @param name  the publisher's name or the syndicator's host or name
 */
record CreditLine(Kind kind, String name) {
    enum Kind { PUBLISHER, SYNDICATOR }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PROVIDED_BY = Pattern.compile(
            "^(?:©|\\(c\\)|copyright)?\\s*(?:\\d{4}\\s+)?provided by:?\\s+(.{2,60}?)\\.?$", I);
    private static final Pattern COPYRIGHT_SIGN = Pattern.compile(
            "^(?:©|\\(c\\))\\s*(?:\\d{4}\\s*)?(?:[-–,]\\s*)?(\\S.{1,60}?)\\.?(?:\\s+all rights reserved\\.?)?$", I);
    private static final Pattern SOURCE = Pattern.compile("^source\\s*:\\s*(\\S.{1,100})$", I);
    private static final Pattern HOST = Pattern.compile(
            "(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?:/\\S*)?", I);

    static Optional<CreditLine> parse(String line) {
        String text = line.strip();
        if (text.length() > 200) {
            return Optional.empty();
        }
        Matcher m = PROVIDED_BY.matcher(text);
        if (m.matches()) {
            return Optional.of(new CreditLine(Kind.PUBLISHER, m.group(1).strip()));
        }
        m = COPYRIGHT_SIGN.matcher(text);
        if (m.matches() && m.group(1).split("\\s+").length <= 8) {
            return Optional.of(new CreditLine(Kind.PUBLISHER, m.group(1).strip()));
        }
        m = SOURCE.matcher(text);
        if (m.matches()) {
            String value = m.group(1).strip();
            Matcher host = HOST.matcher(value);
            String name = host.find() ? host.group(1).toLowerCase(java.util.Locale.ROOT)
                    : value.replaceFirst("(?i)^(?:thanks(?: to)?|via|courtesy(?: of)?)\\s+", "");
            return Optional.of(new CreditLine(Kind.SYNDICATOR, name));
        }
        return Optional.empty();
    }

    String reason() {
        return kind == Kind.PUBLISHER ? "publisher credit" : "source line";
    }
}
