package org.eventbase.server;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON escapes that also write {@code < > & '} as {@code \\u003C …}, so that article text in an API answer can never
 * close a script or open a tag even if a client pastes it into HTML. Example: {@code "<script>"} is written
 * {@code "\\u003Cscript\\u003E"}.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
        escapes = standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
