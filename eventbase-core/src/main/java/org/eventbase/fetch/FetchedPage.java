package org.eventbase.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.ingest.TextDecoder;

/**
 * A response body fetched with status 200, already gunzipped, with where it finally came from.
 * Example: fetching {@code http://example.org/old} that redirects to {@code /new} gives a page whose
 * {@code url()} is {@code http://example.org/new}.
 *
 * @param requested   the URL asked for
 * @param url         the URL the body came from, after redirects
 * @param contentType the media type without parameters, lower case (e.g. {@code text/html}); empty when not sent
 * @param charset     the charset the Content-Type header names, if any
 */
public record FetchedPage(URI requested, URI url, String contentType, Optional<Charset> charset, byte[] body) {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** Builds a page from a raw {@code Content-Type} header value such as {@code text/html; charset=ISO-8859-1}. */
    static FetchedPage of(URI requested, URI url, String contentTypeHeader, byte[] body) {
        String header = contentTypeHeader == null ? "" : contentTypeHeader;
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return new FetchedPage(requested, url, type, charsetOf(header), body);
    }

    public boolean isHtml() {
        return contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
    }

    /**
     * The body as text: in the charset the header names; otherwise as {@link TextDecoder} reads files (BOM, a
     * declared {@code <meta charset>}, valid UTF-8, else Windows-1252).
     */
    public String text() {
        if (charset.isPresent()) {
            return new String(body, charset.get());
        }
        return TextDecoder.decode(body, isHtml());
    }

    private static Optional<Charset> charsetOf(String header) {
        Matcher m = CHARSET.matcher(header);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset named = Charset.forName(m.group(1));
            // As browsers do (WHATWG Encoding Standard): these labels mean Windows-1252.
            if (named.name().equals("ISO-8859-1") || named.name().equals("US-ASCII")) {
                return Optional.of(Charset.forName("windows-1252"));
            }
            return Optional.of(named);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }
}
