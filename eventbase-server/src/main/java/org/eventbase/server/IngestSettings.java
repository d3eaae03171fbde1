package org.eventbase.server;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.fetch.FetchSettings;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;

/**
 * How {@code POST /api/v1/ingest} extracts and fetches: the extractor (made on first use, as the NLP models are
 * big), the fetch settings for submitted URLs, and the extraction threads. Example: {@code IngestSettings.standard()}
 * runs the full pipeline; {@code IngestSettings.textOnly(fetch)} stores clean text only, as {@code ingest --text-only}.
 */
public record IngestSettings(Supplier<ArticleExtractor> extractor, FetchSettings fetch, int threads) {
    public IngestSettings {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(fetch, "fetch");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static IngestSettings standard() {
        return new IngestSettings(ArticleExtractor::standard, FetchSettings.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    public static IngestSettings textOnly(FetchSettings fetch) {
        return new IngestSettings(() -> new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(),
                Pipeline.of(List.of())), fetch, 1);
    }
}
