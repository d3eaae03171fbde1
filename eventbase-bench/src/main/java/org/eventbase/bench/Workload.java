package org.eventbase.bench;

/**
 * What a benchmark times: the work done on one article by one system. Implementations are thread-safe, so one
 * instance serves every worker thread. Example: {@code new EventbaseWorkload(ArticleExtractor.standard())}.
 */
public interface Workload {
    /** Short name for tables, e.g. {@code eventbase}. */
    String name();

    void process(BenchArticle article);
}
