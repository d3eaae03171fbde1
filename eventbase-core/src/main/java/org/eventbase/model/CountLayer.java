package org.eventbase.model;

import java.util.List;

/** The counts layer: every casualty, arrest, displacement or turnout figure of the article in text order. */
public record CountLayer(List<Count> counts) {
    public CountLayer {
        counts = List.copyOf(counts);
    }
}
