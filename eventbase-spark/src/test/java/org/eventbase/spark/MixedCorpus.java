package org.eventbase.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.bench.corpus.GeneratedArticle;
import org.eventbase.bench.corpus.NewsCorpusGenerator;
import org.eventbase.json.DocumentJson;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a corpus of generated (project-written) articles in every format the job reads, spread over files
 * round-robin: a JSON Lines file (every other line dated, plus one malformed line), a gzipped WARC of HTML
 * pages, plain-text files, and one corrupt gzip file. Example: {@code MixedCorpus.write(dir, 42, 6)}.
 */
final class MixedCorpus {
    /** The date given to dated articles; the rest have none and land in {@code published_day=unknown}. */
    static final String DAY = "2024-03-14";

    private MixedCorpus() {}

    static void write(Path dir, long seed, int articles) {
        try {
            Files.createDirectories(dir.resolve("text"));
            List<GeneratedArticle> generated = new NewsCorpusGenerator(seed).generate(articles);
            StringBuilder jsonl = new StringBuilder();
            List<WarcResponse> pages = new ArrayList<>();
            for (int i = 0; i < generated.size(); i++) {
                GeneratedArticle a = generated.get(i);
                switch (i % 3) {
                    case 0 -> jsonl.append(jsonLine(a, i)).append('\n');
                    case 1 -> pages.add(page(a, i));
                    default -> Files.writeString(dir.resolve("text").resolve(a.fileName()), a.text(),
                            StandardCharsets.UTF_8);
                }
                if (i == 0) {
                    jsonl.append("{\"title\": \"A line cut short\", \"text\": \"The wire\n");
                }
            }
            Files.writeString(dir.resolve("wire.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(dir.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
                for (WarcResponse page : pages) {
                    writer.write(page);
                }
            }
            // Gzip magic bytes followed by garbage: a corrupt file that must become a failure, not a crash.
            Files.write(dir.resolve("truncated.jsonl.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test corpus to " + dir, e);
        }
    }

    private static String jsonLine(GeneratedArticle a, int i) {
        ObjectNode line = DocumentJson.mapper().createObjectNode()
                .put("url", "https://wire.example/" + i)
                .put("title", a.title())
                .put("text", a.body());
        if (i % 2 == 0) {
            line.put("published", DAY);
        }
        return line.toString();
    }

    private static WarcResponse page(GeneratedArticle a, int i) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>").append(escape(a.title()))
                .append("</title>");
        if (i % 2 == 1) {
            html.append("<meta property=\"article:published_time\" content=\"").append(DAY).append("\">");
        }
        html.append("</head><body><article><h1>").append(escape(a.title())).append("</h1>");
        for (String paragraph : a.body().split("\n\n")) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        html.append("</article></body></html>");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML, html.toString().getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder("https://pages.example/" + i).body(http).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
