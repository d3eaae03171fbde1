package org.eventbase.spark;

import java.io.Serializable;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;

/**
 * One result of reading the inputs, in a form Spark can ship between executors: either a raw article or, when
 * {@code problem} is set, a record that could not be read and why.
 * Example: {@code InputArticle.of(new ReadResult.Failed("hdfs://nn/a.jsonl:3", "malformed JSON on line 3: ..."))}.
 */
record InputArticle(String input, String format, String content, String title, String url, String publisher,
        String syndicator, String byline, String published, String problem) implements Serializable {

    static InputArticle of(ReadResult result) {
        if (result instanceof ReadResult.Failed failed) {
            return new InputArticle(failed.input(), null, null, null, null, null, null, null, null, failed.problem());
        }
        RawArticle raw = ((ReadResult.Ok) result).article();
        ArticleMetadata m = raw.metadata();
        return new InputArticle(raw.input(), raw.format().name(), raw.content(), m.title(), m.url(), m.publisher(),
                m.syndicator(), m.byline(), m.published(), null);
    }

    boolean failed() {
        return problem != null;
    }

    RawArticle raw() {
        return new RawArticle(input, ContentFormat.valueOf(format), content,
                new ArticleMetadata(title, url, publisher, syndicator, byline, published));
    }
}
