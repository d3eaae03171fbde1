package org.eventbase.eval.quote;

import java.util.List;

/**
 * One article of a quotes gold set with its gold quotes. Example: {@code QuoteGoldDocument("dev/odesa-port",
 * "dev", text, quotes)}.
 *
 * @param id    the article's name in the gold set
 * @param split {@code dev} or {@code test} (or the PolNeAR compartment)
 * @param text  the article text the gold offsets point into
 */
public record QuoteGoldDocument(String id, String split, String text, List<GoldQuote> quotes) {
    public QuoteGoldDocument {
        quotes = List.copyOf(quotes);
    }
}
