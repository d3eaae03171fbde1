package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.ingest.Inputs.bytes;
import static org.eventbase.ingest.Inputs.concat;
import static org.eventbase.ingest.Inputs.gzip;
import static org.eventbase.ingest.Inputs.onlyArticle;
import static org.eventbase.ingest.Inputs.readAll;
import static org.eventbase.ingest.Inputs.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectionTest {
    private static final String TEXT = "Café owners protest\n\n“We will not pay,” said Zoë Müller.\n";

    @TempDir
    Path dir;

    @Test
    void decodesUtf8WithoutBom() {
        assertThat(onlyArticle(write(dir, "a.txt", TEXT)).content()).isEqualTo(TEXT);
    }

    @Test
    void dropsUtf8Bom() {
        byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(onlyArticle(write(dir, "a.txt", file)).content()).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf16LittleEndianWithBom() {
        byte[] file = concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));

        RawArticle article = onlyArticle(write(dir, "a.txt", file));

        assertThat(article.content()).isEqualTo(TEXT);
        assertThat(article.format()).isEqualTo(ContentFormat.TEXT);
    }

    @Test
    void decodesUtf16BigEndianWithBom() {
        byte[] file = concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));

        assertThat(onlyArticle(write(dir, "a.txt", file)).content()).isEqualTo(TEXT);
    }

    @Test
    void detectsHtmlInUtf16() {
        String page = "<html><body><p>Floods in Vantor.</p></body></html>";
        byte[] file = concat(bytes(0xFF, 0xFE), page.getBytes(StandardCharsets.UTF_16LE));

        RawArticle article = onlyArticle(write(dir, "page", file));

        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.content()).isEqualTo(page);
    }

    @Test
    void fallsBackToWindows1252ForInvalidUtf8() {
        // 0x93/0x94 are curly double quotes, 0xE9 is é, 0x96 an en dash in Windows-1252.
        byte[] file = bytes(0x93, 'C', 'a', 'f', 0xE9, 0x94, ' ', 0x96, ' ', 'o', 'k', '\n');

        assertThat(onlyArticle(write(dir, "a.txt", file)).content()).isEqualTo("“Café” – ok\n");
    }

    @Test
    void readsIso88591TextAsWindows1252() {
        byte[] file = "Señora Pérez dijo: «no».\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyArticle(write(dir, "a.txt", file)).content()).isEqualTo("Señora Pérez dijo: «no».\n");
    }

    @Test
    void honoursHtmlMetaCharsetWindows1252() {
        // The bytes of "Ã©tÃ©" in Windows-1252 (C3 A9 74 C3 A9) are also valid UTF-8 for "été":
        // only the declaration tells them apart.
        String page = "<html><head><meta charset=\"windows-1252\"><title>News</title></head>"
                + "<body><p>\u00c3\u00a9t\u00c3\u00a9 \u00e2\u20ac\u0153</p></body></html>";
        byte[] file = page.getBytes(Charset.forName("windows-1252"));

        RawArticle article = onlyArticle(write(dir, "page.html", file));

        assertThat(article.content()).isEqualTo(page);
    }

    @Test
    void honoursHtmlMetaCharsetOtherThanFallback() {
        String page = "<!doctype html><meta charset=\"windows-1251\"><p>Протест в Киеве</p>";
        byte[] file = page.getBytes(Charset.forName("windows-1251"));

        assertThat(onlyArticle(write(dir, "page.txt", file)).content()).isEqualTo(page);
    }

    @Test
    void honoursHttpEquivCharsetOverValidUtf8() {
        // Bytes C3 A9 are valid UTF-8 (é) but the page declares Latin-1, so they are two characters: Ã©.
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Caf\u00c3\u00a9</p></body></html>";
        byte[] file = page.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyArticle(write(dir, "page.htm", file)).content()).isEqualTo(page);
    }

    @Test
    void readsDeclaredLatin1AsWindows1252LikeBrowsers() {
        byte[] file = concat("<html><head><meta charset=iso-8859-1></head><body><p>".getBytes(StandardCharsets.US_ASCII),
                bytes(0x93, 'H', 'i', 0x94), "</p></body></html>".getBytes(StandardCharsets.US_ASCII));

        assertThat(onlyArticle(write(dir, "page.html", file)).content()).contains("<p>“Hi”</p>");
    }

    @Test
    void bomWinsOverMetaCharset() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë</p></body></html>";
        byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), page.getBytes(StandardCharsets.UTF_8));

        assertThat(onlyArticle(write(dir, "page.html", file)).content()).isEqualTo(page);
    }

    @Test
    void ignoresUnknownDeclaredCharset() {
        String page = "<html><head><meta charset=\"no-such-charset\"></head><body><p>Zoë</p></body></html>";

        assertThat(onlyArticle(write(dir, "page.html", page)).content()).isEqualTo(page);
    }

    @Test
    void ignoresMalformedDeclaredCharsetName() {
        String page = "<html><head><meta charset=\"!!bad name!!\"></head><body><p>Zoë</p></body></html>";

        assertThat(onlyArticle(write(dir, "page.html", page)).content()).isEqualTo(page);
    }

    @Test
    void readsPageDeclaringUtf16WithoutBomAsUtf8() {
        String page = "<html><head><meta charset=\"utf-16\"></head><body><p>Zoë</p></body></html>";

        assertThat(onlyArticle(write(dir, "page.html", page)).content()).isEqualTo(page);
    }

    @Test
    void decodesGzippedWindows1252() {
        byte[] file = gzip(bytes('P', 'r', 'e', 's', 's', 0xE9, '\n'));

        assertThat(onlyArticle(write(dir, "a.txt.gz", file)).content()).isEqualTo("Pressé\n");
    }

    @Test
    void keepsLineEndingsExactly() {
        String text = "Title\r\n\r\nFirst line.\rSecond line.\nThird.\r\n";

        assertThat(onlyArticle(write(dir, "a.txt", text)).content()).isEqualTo(text);
    }

    @Test
    void decodesEachJsonLineOnItsOwn() {
        byte[] file = concat("{\"text\": \"Caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                "\"}\n{\"text\": \"Zoë\"}\n".getBytes(StandardCharsets.UTF_8));

        List<ReadResult> results = readAll(write(dir, "mixed.jsonl", file));

        assertThat(results).extracting(result -> ((ReadResult.Ok) result).article().content())
                .containsExactly("Café", "Zoë");
    }

    @Test
    void dropsBomBeforeJsonLines() {
        byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), "{\"text\": \"Strike ends.\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(onlyArticle(write(dir, "dump", file)).content()).isEqualTo("Strike ends.");
    }
}
