package org.eventbase.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a file holds, judged from its content first and its name second: an HTML page, JSON Lines (one article
 * object per line), a {@code .json} file holding one (pretty-printed) object, or plain text. Example: a
 * {@code story.txt} starting with {@code <!DOCTYPE html>} is {@link #HTML}; a {@code dump} file whose first line
 * is {@code {"text": "..."}} is {@link #JSON_LINES}.
 */
enum InputFormat {
    TEXT,
    HTML,
    JSON_LINES,
    /** A {@code .json} file whose first line is not a whole object, such as a pretty-printed article. */
    JSON_DOCUMENT;

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson", "json");
    /** Tags a page may open with, after whitespace and comments. */
    private static final Pattern OPENING_TAG = Pattern.compile(
            "^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title|link|p|div|article"
                    + "|section|main|header|nav|span|h[1-6]|table|ul|ol|br|a|img|script|style)[\\s/>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Tags that mark a page even after some leading text, such as a saved page with a preamble. */
    private static final Pattern PAGE_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body)[\\s>]", Pattern.CASE_INSENSITIVE);
    /** How far into the content {@link #PAGE_TAG} is looked for. */
    private static final int PAGE_TAG_WINDOW = 1024;
    /** The start of an XML document that is not a web page: a prolog or a feed's, sitemap's or RDF's root. */
    private static final Pattern XML_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->)*<(?:\\?xml[\\s?]|rss[\\s>]|feed[\\s>]|rdf:RDF[\\s>]|urlset[\\s>]|sitemapindex[\\s>])",
            Pattern.DOTALL);
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper OBJECTS = new ObjectMapper();
    /** A first line this long (in characters) may have been cut off by the sample. */
    private static final int LONG_FIRST_LINE = BinaryContent.SAMPLE_BYTES / 4;

    /**
     * @param fileName the file's name without any {@code .gz} suffix
     * @param start    the decoded start of the content, without BOM
     */
    static InputFormat detect(String fileName, String start) {
        String extension = extensionOf(fileName);
        if (extension.equals("json") && !firstLineIsWholeObject(start)) {
            return JSON_DOCUMENT;
        }
        if (JSONL_EXTENSIONS.contains(extension) || startsWithJsonObjectLine(start)) {
            return JSON_LINES;
        }
        if (HTML_EXTENSIONS.contains(extension) || looksLikeHtml(start)) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * True when the content is an XML document other than a web page, such as an RSS or Atom feed, which
     * {@link #detect} would otherwise take for text. Example: {@code <?xml version="1.0"?><rss>} is, while
     * {@code <?xml version="1.0"?><!DOCTYPE html>} (XHTML) is not.
     */
    static boolean isXmlDocument(String start) {
        return XML_START.matcher(start).lookingAt() && !looksLikeHtml(start);
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(String start) {
        if (OPENING_TAG.matcher(start).lookingAt()) {
            return true;
        }
        String window = start.length() <= PAGE_TAG_WINDOW ? start : start.substring(0, PAGE_TAG_WINDOW);
        return PAGE_TAG.matcher(window).find();
    }

    /** True unless the first line is cut off by the sample or is not a JSON object on its own. */
    private static boolean firstLineIsWholeObject(String start) {
        String stripped = start.stripLeading();
        int end = stripped.indexOf('\n');
        if (end < 0 && stripped.length() >= LONG_FIRST_LINE) {
            return true; // a first line longer than the sample is a record, not the "{" of a pretty-printed file
        }
        try {
            return OBJECTS.readTree(end < 0 ? stripped : stripped.substring(0, end)).isObject();
        } catch (IOException notWhole) {
            return false;
        }
    }

    /**
     * True when the content opens like a JSON object: an opening brace, then a field name or a closing brace. Judged by the
     * first tokens only, so a first line cut off by the sample, or malformed further on, still counts (its
     * problem is then reported with its line number), while text such as "{Update} Police said" does not.
     */
    private static boolean startsWithJsonObjectLine(String start) {
        if (!start.stripLeading().startsWith("{")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(start)) {
            JsonToken second = parser.nextToken() == JsonToken.START_OBJECT ? parser.nextToken() : null;
            return second == JsonToken.FIELD_NAME || second == JsonToken.END_OBJECT;
        } catch (IOException notJson) {
            return false;
        }
    }
}
