package org.eventbase.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a folder of malformed inputs with some good articles mixed in, for the bad-input ingest test: truncated
 * gzip and WARC files, random bytes, empty files, a 50 MB single line, deeply nested HTML, invalid UTF-8, UTF-16
 * without a byte order mark, JSON Lines with broken lines, feeds that are not XML, huge JSON strings, NUL bytes and
 * a directory link loop. Deterministic for a seed. Each input it writes is listed with what ingest must do with it:
 * {@link #bad()} must each become one row in {@code failures} (a JSONL file's broken lines one each, named
 * {@code FILE:LINE}), {@link #good()} must each be stored as one article. Example:
 * {@code MalformedCorpus corpus = MalformedCorpus.write(dir, 7); corpus.bad().size()} is at least 200.
 */
final class MalformedCorpus {
    /** One input that must fail, with the kind of damage, e.g. {@code truncated gzip}. */
    record BadInput(String input, String kind) {
    }

    private final Path dir;
    private final Random random;
    private final List<BadInput> bad = new ArrayList<>();
    private final List<String> good = new ArrayList<>();
    private int articles;

    private MalformedCorpus(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    List<BadInput> bad() {
        return List.copyOf(bad);
    }

    /** Inputs (files, or {@code FILE:LINE} of a JSONL file) that each hold one good article. */
    List<String> good() {
        return List.copyOf(good);
    }

    static MalformedCorpus write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        MalformedCorpus corpus = new MalformedCorpus(dir, seed);
        corpus.writeAll();
        return corpus;
    }

    private void writeAll() throws IOException {
        for (int i = 0; i < 16; i++) {
            good(file("good/article-" + i + ".txt"), bytes(nextArticle()));
        }
        good(file("good/page.html"), bytes(page(nextArticle())));
        good(file("good/article.txt.gz"), gzip(bytes(nextArticle())));
        Path warc = file("good/crawl.warc.gz");
        writeWarc(warc, WarcCompression.GZIP, page(nextArticle()));
        good.add(warc + ":1");
        truncatedGzip(25);
        truncatedWarc(15, WarcCompression.NONE, "warc");
        truncatedWarc(15, WarcCompression.GZIP, "warc.gz");
        randomBytes(40);
        emptyFiles();
        longSingleLines();
        nestedHtml();
        invalidUtf8(10);
        utf16WithoutBom(10);
        brokenJsonLines(8);
        feedsThatAreNotXml();
        hugeJsonStrings();
        nulBytes(10);
        linkLoop();
    }

    private void truncatedGzip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            byte[] whole = gzip(bytes(nextArticle()));
            // Cut anywhere after the 10-byte header and before the 8-byte trailer is complete.
            int cut = 10 + random.nextInt(whole.length - 12);
            bad(file("gzip/truncated-" + i + (i % 2 == 0 ? ".txt.gz" : ".gz")), Arrays.copyOf(whole, cut),
                    "truncated gzip");
        }
    }

    private void truncatedWarc(int count, WarcCompression compression, String extension) throws IOException {
        for (int i = 0; i < count; i++) {
            Path whole = dir.resolve("whole.tmp");
            writeWarc(whole, compression, page(nextArticle()));
            byte[] bytes = Files.readAllBytes(whole);
            Files.delete(whole);
            // Cut inside the record's content, past the WARC header's first line.
            int cut = 40 + random.nextInt(bytes.length - 80);
            bad(file("warc/truncated-" + i + "." + extension), Arrays.copyOf(bytes, cut), "truncated WARC");
        }
    }

    private void randomBytes(int count) throws IOException {
        String[] names = {".txt", ".html", ".jsonl", ".json", ".gz", ".warc", "", ".dat"};
        for (int i = 0; i < count; i++) {
            byte[] noise = new byte[1 + random.nextInt(64 * 1024)];
            random.nextBytes(noise);
            if (i % 5 == 0 && noise.length > 2) {
                noise[0] = (byte) 0x1F; // gzip magic followed by noise
                noise[1] = (byte) 0x8B;
            } else if (noise[0] == (byte) 0x1F) {
                noise[0] = 0x01;
            }
            noise[noise.length / 2] = 0; // at least one NUL, so that noise is never plausible text
            bad(file("random/noise-" + i + names[i % names.length]), noise, "random bytes");
        }
    }

    private void emptyFiles() throws IOException {
        String[] names = {"empty.txt", "empty.html", "empty.jsonl", "empty.json", "empty", "empty.warc"};
        for (String name : names) {
            bad(file("empty/" + name), new byte[0], "empty file");
        }
        bad(file("empty/blank.txt"), bytes("  \n\n\t \r\n"), "whitespace only");
        bad(file("empty/blank.jsonl"), bytes("\n\n   \n"), "blank JSON Lines");
        bad(file("empty/empty.txt.gz"), gzip(new byte[0]), "empty gzip");
        bad(file("empty/empty-tags.html"), bytes("<html><head></head><body></body></html>"), "HTML without text");
    }

    private void longSingleLines() throws IOException {
        byte[] line = new byte[50 * 1024 * 1024];
        Arrays.fill(line, (byte) 'a');
        bad(file("huge/single-line.txt"), line, "50 MB single line");
        byte[] record = new byte[line.length + 20];
        byte[] head = bytes("{\"text\": \"");
        System.arraycopy(head, 0, record, 0, head.length);
        Arrays.fill(record, head.length, record.length - 3, (byte) 'b');
        record[record.length - 3] = '"';
        record[record.length - 2] = '}';
        record[record.length - 1] = '\n';
        Path jsonl = file("huge/single-line.jsonl");
        Files.write(jsonl, record);
        bad.add(new BadInput(jsonl + ":1", "50 MB JSONL line"));
        bad(file("huge/bomb.txt.gz"), gzip(line), "gzip of 50 MB");
    }

    private void nestedHtml() throws IOException {
        for (String tag : List.of("div", "span", "b", "table")) {
            StringBuilder html = new StringBuilder("<html><body>");
            html.append(("<" + tag + ">").repeat(100_000));
            html.append(("</" + tag + ">").repeat(100_000));
            html.append("</body></html>");
            bad(file("nested/nested-" + tag + ".html"), bytes(html.toString()), "100k nested " + tag);
        }
        bad(file("nested/unclosed-div.html"), bytes("<html><body>" + "<div>".repeat(200_000)), "200k unclosed div");
    }

    /** Invalid UTF-8 that is not text in any encoding: bytes that decode to no words. */
    private void invalidUtf8(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            byte[] junk = new byte[200 + random.nextInt(4000)];
            for (int b = 0; b < junk.length; b++) {
                junk[b] = (byte) (0x80 + random.nextInt(0x40)); // lone continuation bytes
            }
            bad(file("utf8/invalid-" + i + (i % 2 == 0 ? ".txt" : ".html")), junk, "invalid UTF-8");
        }
    }

    private void utf16WithoutBom(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            byte[] text = nextArticle().getBytes(i % 2 == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            bad(file("utf16/no-bom-" + i + ".txt"), text, "UTF-16 without BOM");
        }
    }

    private void brokenJsonLines(int files) throws IOException {
        List<String> broken = List.of("{\"text\": \"cut off in the mid", "{\"title\": \"no text field\"}",
                "[1, 2, 3]", "not json at all", "{\"text\": 42}", "{\"text\": \"\"}", "{\"text\": \"a\"} trailing",
                "{\"text\": \"x\", \"title\": {\"nested\": true}}", "\"just a string\"", "{,}", "null", "{\"text\":");
        for (int f = 0; f < files; f++) {
            Path file = file("jsonl/dump-" + f + ".jsonl");
            StringBuilder out = new StringBuilder();
            for (int line = 1; line <= 12; line++) {
                if (line % 3 == 0) {
                    out.append(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("title", "Report " + f + "-" + line).put("text", nextArticle())).append('\n');
                    good.add(file + ":" + line);
                } else {
                    out.append(broken.get((f * 12 + line) % broken.size())).append('\n');
                    bad.add(new BadInput(file + ":" + line, "broken JSONL line"));
                }
            }
            Files.write(file, bytes(out.toString()));
        }
    }

    private void feedsThatAreNotXml() throws IOException {
        bad(file("feeds/feed.rss"), bytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</ti"),
                "truncated RSS");
        bad(file("feeds/atom.xml"), bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\""
                + "http://www.w3.org/2005/Atom\"><entry><title>Strike</title></entry></feed>\n"), "Atom feed");
        bad(file("feeds/feed.xml"), bytes("<rss version=\"2.0\"><channel><item><title>Port strike</title>"
                + "<link>http://example.org/a</link></item></channel></rss>"), "RSS feed");
        Path json = file("feeds/not-xml.rss");
        Files.write(json, bytes("{\"error\": \"rate limited\"}"));
        bad.add(new BadInput(json + ":1", "feed that is JSON (read as JSON Lines)"));
    }

    private void hugeJsonStrings() throws IOException {
        String text = "word ".repeat(3_000_000); // 15 MB: under the 20 MB read limit, far over an article's size
        // A .json file whose first line is a whole object is read as JSON Lines, so its record is FILE:1.
        Path whole = file("json/huge-string.json");
        Files.write(whole, bytes("{\"text\": \"" + text + "\"}"));
        bad.add(new BadInput(whole + ":1", "15 MB JSON string"));
        Path lines = file("json/huge-title.jsonl");
        Files.write(lines, bytes("{\"title\": \"" + text + "\", \"text\": \"Crews walked out.\"}\n"));
        bad.add(new BadInput(lines + ":1", "15 MB JSON title"));
    }

    private void nulBytes(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            byte[] text = bytes(nextArticle() + "\n" + "Further paragraph of the report follows here. ".repeat(250));
            text[i % 2 == 0 ? 20 : text.length - 30] = 0; // in the first few bytes, or far past them
            bad(file("nul/with-nul-" + i + ".txt"), text, "NUL byte");
        }
        Path jsonl = file("nul/escaped-nul.jsonl");
        Files.write(jsonl, bytes("{\"text\": \"Crews walked out\\u0000 at the port on Monday.\"}\n"));
        bad.add(new BadInput(jsonl + ":1", "escaped NUL in JSON"));
    }

    private void linkLoop() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("loop"));
        try {
            Path link = Files.createSymbolicLink(folder.resolve("back"), folder);
            bad.add(new BadInput(link.toString(), "directory link loop"));
        } catch (UnsupportedOperationException | IOException noLinks) {
            // a file system without symbolic links: nothing to test here
        }
    }

    private String nextArticle() {
        return SmallNewsCorpus.article(articles++);
    }

    private static String page(String article) {
        String[] parts = article.split("\\R\\R", 2);
        return "<!DOCTYPE html><html><head><title>" + parts[0] + "</title></head><body><article><h1>" + parts[0]
                + "</h1><p>" + parts[1].strip() + "</p></article></body></html>";
    }

    private void writeWarc(Path file, WarcCompression compression, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, bytes(html)).build();
        WarcResponse record = new WarcResponse.Builder("https://news.example/" + articles).body(http).build();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(record);
        }
    }

    private Path file(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    private void good(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        good.add(file.toString());
    }

    private void bad(Path file, byte[] content, String kind) throws IOException {
        Files.write(file, content);
        bad.add(new BadInput(file.toString(), kind));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
