package org.eventbase.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventbase.model.CountKind;

/**
 * Every figure the sources give for one kind of count of a merged event, side by side, with the range they span,
 * the latest figure and the most-cited one; nothing is averaged. Example: police "3 dead" on 5 March and a hospital
 * "5 dead" on 6 March give range 3..5, latest 5 (the hospital), most cited 3 when two outlets repeat the police.
 *
 * @param kind        what is counted
 * @param claims      every claim, oldest first (then by article and event)
 * @param low         the least figure any claim allows
 * @param high        the greatest, or null when a claim is open-ended ("at least 8")
 * @param latest      the claim of the most recently published article
 * @param mostCited   the figure ({@link CountClaim#figure()}) the most articles give; ties go to the later one
 * @param citations   how many articles give {@code mostCited}
 * @param conflicting true when the claims give more than one figure
 */
public record ClaimSummary(CountKind kind, List<CountClaim> claims, int low, Integer high, CountClaim latest,
        String mostCited, int citations, boolean conflicting) {
    public ClaimSummary {
        claims = List.copyOf(claims);
    }

    static final Comparator<CountClaim> ORDER = Comparator
            .comparing(CountClaim::published, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CountClaim::articleId).thenComparing(CountClaim::eventKey)
            .thenComparingInt(CountClaim::min).thenComparing(CountClaim::text);

    /** One summary per kind of count present, in {@link CountKind} order. */
    public static List<ClaimSummary> of(List<CountClaim> claims) {
        Map<CountKind, List<CountClaim>> byKind = new EnumMap<>(CountKind.class);
        for (CountClaim c : claims) {
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        List<ClaimSummary> summaries = new ArrayList<>();
        byKind.forEach((kind, list) -> summaries.add(summarise(kind, list)));
        return summaries;
    }

    private static ClaimSummary summarise(CountKind kind, List<CountClaim> unsorted) {
        List<CountClaim> claims = new ArrayList<>(unsorted);
        claims.sort(ORDER);
        int low = claims.stream().mapToInt(CountClaim::min).min().orElse(0);
        Integer high = claims.stream().anyMatch(c -> c.max() == null) ? null
                : claims.stream().mapToInt(CountClaim::max).max().orElse(low);
        Map<String, Set<String>> articlesByFigure = new LinkedHashMap<>();
        for (CountClaim c : claims) {
            articlesByFigure.computeIfAbsent(c.figure(), f -> new HashSet<>()).add(c.articleId());
        }
        String mostCited = null;
        int citations = 0;
        for (Map.Entry<String, Set<String>> e : articlesByFigure.entrySet()) {
            if (e.getValue().size() >= citations) {
                mostCited = e.getKey();
                citations = e.getValue().size();
            }
        }
        return new ClaimSummary(kind, claims, low, high, claims.get(claims.size() - 1), mostCited, citations,
                articlesByFigure.size() > 1);
    }
}
