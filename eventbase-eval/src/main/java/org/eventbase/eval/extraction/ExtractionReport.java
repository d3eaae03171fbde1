package org.eventbase.eval.extraction;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eventbase.clean.ExtractionScore;

/**
 * The outcome of scoring the cleaner on a set of pages: the cleaner's score, the score a user's run gets (pages
 * refused as not English count as empty), and each page's result.
 * Example: {@code report.score().f1()} is 0.98 when the cleaner finds nearly all of every article and little else.
 */
public record ExtractionReport(ExtractionScore score, ExtractionScore englishOnlyScore, List<PageResult> pages) {
    public ExtractionReport {
        pages = List.copyOf(pages);
    }

    public long failures() {
        return pages.stream().filter(PageResult::failed).count();
    }

    public long refusals() {
        return pages.stream().filter(PageResult::refused).count();
    }

    /** How many pages failed to read or clean, for each reason, reasons in alphabetical order. */
    public Map<String, Integer> failuresByReason() {
        return countBy(PageResult::failed, PageResult::failure);
    }

    /** How many cleaned pages a user's run would refuse, for each reason. */
    public Map<String, Integer> refusalsByReason() {
        return countBy(PageResult::refused, PageResult::languageRefusal);
    }

    private Map<String, Integer> countBy(Predicate<PageResult> which, Function<PageResult, String> reason) {
        Map<String, Integer> byReason = new TreeMap<>();
        pages.stream().filter(which).forEach(p -> byReason.merge(reason.apply(p), 1, Integer::sum));
        return byReason;
    }
}
