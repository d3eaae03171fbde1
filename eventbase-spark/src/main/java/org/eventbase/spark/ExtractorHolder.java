package org.eventbase.spark;

import org.eventbase.pipeline.ArticleExtractor;

/**
 * The pipeline, built once per executor JVM the first time a task asks for it and then shared by every task that
 * JVM runs (the extractor is thread-safe). Nothing here is serialised with a task: tasks reach the models through
 * this static holder. Example: {@code ExtractorHolder.extractor().extract(raw, ArticleMetadata.EMPTY)}.
 */
final class ExtractorHolder {
    private ExtractorHolder() {}

    private static final class Lazy {
        static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
    }

    static ArticleExtractor extractor() {
        return Lazy.EXTRACTOR;
    }
}
