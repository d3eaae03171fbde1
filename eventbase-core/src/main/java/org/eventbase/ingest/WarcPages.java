package org.eventbase.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages in a WARC file (a web archive, as crawlers write them), streamed with jwarc: each response record
 * with HTTP status 200 and an HTML payload becomes one article named {@code FILE:RECORD} (the record's number in
 * the file, from 1) whose URL is the record's target URI. Other records (requests, metadata, images, redirects) are
 * skipped. Example: {@code crawl.warc.gz:3} is the page of the third record of {@code crawl.warc.gz}.
 */
final class WarcPages {
    private final WarcReader reader;
    private final String input;
    private final ReadLimits limits;
    private long record;
    private long pages;

    /** Reads from a stream already past any outer gzip layer, or a stream jwarc decompresses itself. */
    WarcPages(InputStream in, String input, ReadLimits limits) throws IOException {
        this.reader = new WarcReader(in);
        this.reader.setLenient(true);
        this.input = input;
        this.limits = limits;
    }

    /** True when the sample is the start of a WARC record. */
    static boolean isWarc(String sampleText) {
        return sampleText.startsWith("WARC/1.");
    }

    /** The next HTML page, or null at the end of the file. */
    ReadResult next() throws IOException {
        Optional<WarcRecord> next;
        while ((next = reader.next()).isPresent()) {
            record++;
            if (!(next.get() instanceof WarcResponse response)) {
                continue;
            }
            String name = input + ":" + record;
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | IllegalArgumentException notHttp) {
                continue;
            }
            if (http.status() != 200 || !MediaType.HTML.equals(http.contentType().base())) {
                continue;
            }
            pages++;
            byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                    limits.maxBytes() + 1));
            if (body.length > limits.maxBytes()) {
                return new ReadResult.Failed(name, ReadProblems.decompressedTooLarge(limits));
            }
            String html = TextDecoder.decode(body, true);
            if (html.isBlank()) {
                return new ReadResult.Failed(name, ReadProblems.emptyFile());
            }
            return new ReadResult.Ok(new RawArticle(name, ContentFormat.HTML, html,
                    new ArticleMetadata(null, response.target(), null, null, null, null)));
        }
        return null;
    }

    /** How many HTML pages were found so far. */
    long pages() {
        return pages;
    }

    void close() throws IOException {
        reader.close();
    }
}
