package org.eventbase.count;

import java.util.List;
import java.util.Optional;
import org.eventbase.model.Token;

/**
 * Tells background from news: a fact is historical when a year at least two years before publication stands near
 * it in its sentence ("in December 2011 police fired on protesters, killing at least 16 people" in a 2022 story).
 * Without a publication date nothing is historical. Example: {@code new BackgroundYears("2022-01-06")
 * .isHistorical(tokens, 12)} is true when "2011" is within a few tokens of token 12.
 */
public final class BackgroundYears {
    /** How many tokens before a fact a year may stand and still date it. */
    private static final int BEFORE = 16;
    /** How many tokens after a fact ("the riots of 2005"). */
    private static final int AFTER = 4;

    private final Integer publicationYear;

    /** {@code published}: ISO date or date-time of publication, or null. */
    public BackgroundYears(String published) {
        this.publicationYear = yearOf(published).orElse(null);
    }

    /** The year of an ISO date, date-time or year ("2022-01-06" → 2022), if it has one. */
    public static Optional<Integer> yearOf(String iso) {
        if (iso == null || iso.length() < 4 || !iso.substring(0, 4).matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(iso.substring(0, 4)));
    }

    /** True when a background year stands near token {@code fact} of {@code tokens}. */
    public boolean isHistorical(List<Token> tokens, int fact) {
        return backgroundYearNear(tokens, fact) >= 0;
    }

    /** Index of a background year near {@code fact}, or -1. */
    public int backgroundYearNear(List<Token> tokens, int fact) {
        if (publicationYear == null) {
            return -1;
        }
        for (int i = Math.max(0, fact - BEFORE); i < Math.min(tokens.size(), fact + AFTER + 1); i++) {
            if (isBackgroundYear(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** True when token {@code i} is a year two or more years before publication, not "since 2019". */
    public boolean isBackgroundYear(List<Token> tokens, int i) {
        if (publicationYear == null || i < 0 || i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).text();
        return w.matches("(18|19|20)\\d\\d") && Integer.parseInt(w) <= publicationYear - 2
                && !(i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("since")) && !sinceBefore(tokens, i);
    }

    /** "president since 2019": a span starting in the past and reaching now is not background. */
    private static boolean sinceBefore(List<Token> tokens, int year) {
        return year > 1 && tokens.get(year - 2).text().equalsIgnoreCase("since");
    }
}
