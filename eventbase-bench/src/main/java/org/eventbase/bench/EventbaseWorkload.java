package org.eventbase.bench;

import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.ArticleExtractor;

/**
 * Eventbase's full extraction of one article: clean, language, CoreNLP stage, entity stage, exactly as
 * {@code eventbase extract} runs it (without writing JSON). Example: {@code new EventbaseWorkload(extractor)}.
 */
public record EventbaseWorkload(ArticleExtractor extractor) implements Workload {
    @Override
    public String name() {
        return "eventbase";
    }

    @Override
    public void process(BenchArticle article) {
        extractor.extract(article.raw(), ArticleMetadata.EMPTY);
    }
}
