package org.eventbase.server;

import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * One article as the article list shows it. Example: {@code ArticleSummary("5d0c9a1e2b7f4a10", "Dock workers march in
 * Valparaíso", "2023-03-15", "Harbour Daily", "https://…", 4, 1, 1, 2)}.
 */
public record ArticleSummary(String id, String title, String published, String publisher, String url, int entities,
        int quotes, int places, int events) {
    public static ArticleSummary of(Document doc) {
        var a = doc.article();
        return new ArticleSummary(a.id(), a.title(), a.published(), a.publisher(), a.url(),
                doc.find(Layers.ENTITIES).map(l -> l.entities().size()).orElse(0),
                doc.find(Layers.QUOTES).map(l -> l.quotes().size()).orElse(0),
                doc.find(Layers.PLACES).map(l -> l.places().size()).orElse(0),
                doc.find(Layers.EVENTS).map(l -> l.events().size()).orElse(0));
    }
}
