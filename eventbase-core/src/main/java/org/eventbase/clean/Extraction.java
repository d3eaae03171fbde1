package org.eventbase.clean;

import java.util.List;
import org.eventbase.model.ArticleMetadata;

/**
 * What a format-specific extractor found before the shared finishing steps (glued-word repair, joining).
 * Example: a text file gives its first line as {@code title}, its kept lines as {@code body}.
 *
 * @param title the headline block, or null
 */
record Extraction(Block title, List<Block> body, List<Removal> removals, ArticleMetadata found) {
    Extraction {
        body = List.copyOf(body);
        removals = List.copyOf(removals);
    }
}
