package org.eventbase.model;

import java.util.List;

/** The quotes layer: every {@link Quote} of the article in text order, e.g. {@code [q1 DIRECT by e2, q2 SCARE]}. */
public record QuoteLayer(List<Quote> quotes) {
    public QuoteLayer {
        quotes = List.copyOf(quotes);
    }
}
