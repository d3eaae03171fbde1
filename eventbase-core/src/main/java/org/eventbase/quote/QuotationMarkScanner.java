package org.eventbase.quote;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.Span;

/**
 * Finds quoted passages by their marks: curly “…” and straight "…" (which may run over paragraphs, each further
 * paragraph opening with a mark), then single ‘…’ and '…' outside them. Single marks inside a double-quoted
 * passage are a quote within the quote and stay part of it.
 * Example: {@code “We stay.\n\n“We vote.”} is one passage over both paragraphs.
 */
final class QuotationMarkScanner {
    private static final int MAX_SINGLE_LENGTH = 200;

    List<QuotedPassage> scan(String text) {
        List<QuotedPassage> doubles = doubleQuoted(text);
        List<QuotedPassage> all = new ArrayList<>(doubles);
        all.addAll(singleQuoted(text, doubles));
        all.sort((a, b) -> a.outer().compareTo(b.outer()));
        return all;
    }

    private static boolean isOpenDouble(char c) {
        return c == '“' || c == '"' || c == '„';
    }

    private static boolean isCloseDouble(char c) {
        return c == '”' || c == '"';
    }

    private List<QuotedPassage> doubleQuoted(String text) {
        List<QuotedPassage> found = new ArrayList<>();
        int open = -1;
        int lastParagraphEnd = -1;
        List<Integer> inner = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = i;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first == lineEnd) {
                i = lineEnd + 1;
                continue;
            }
            int from = first;
            if (open >= 0) {
                if (isOpenDouble(text.charAt(first))) {
                    inner.add(first);
                    from = first + 1;
                } else {
                    found.add(passage(open, lastParagraphEnd, lastParagraphEnd, inner));
                    open = -1;
                    inner = new ArrayList<>();
                }
            }
            for (int k = from; k < lineEnd; k++) {
                char c = text.charAt(k);
                if (open < 0 && isOpenDouble(c) && c != '”') {
                    open = k;
                } else if (open >= 0 && isCloseDouble(c) && c != '“') {
                    found.add(passage(open, k, k + 1, inner));
                    open = -1;
                    inner = new ArrayList<>();
                }
            }
            int end = lineEnd;
            while (end > first && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            lastParagraphEnd = end;
            i = lineEnd + 1;
        }
        if (open >= 0) {
            found.add(passage(open, lastParagraphEnd, lastParagraphEnd, inner));
        }
        found.removeIf(p -> p.content().length() == 0 || p.text(text).isBlank());
        return found;
    }

    private static QuotedPassage passage(int open, int contentEnd, int outerEnd, List<Integer> inner) {
        return new QuotedPassage(new Span(open, outerEnd), new Span(open + 1, Math.max(open + 1, contentEnd)),
                inner, false);
    }

    private List<QuotedPassage> singleQuoted(String text, List<QuotedPassage> doubles) {
        List<QuotedPassage> found = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c != '‘' && c != '\'') || insideAny(k, doubles)) {
                continue;
            }
            boolean opensWord = (k == 0 || Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == '(')
                    && k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1));
            if (!opensWord) {
                continue;
            }
            int close = closingSingle(text, k + 1, c == '‘' ? '’' : '\'');
            if (close > 0 && !insideAny(close, doubles)) {
                found.add(new QuotedPassage(new Span(k, close + 1), new Span(k + 1, close), List.of(), true));
                k = close;
            }
        }
        return found;
    }

    private static int closingSingle(String text, int from, char mark) {
        int limit = Math.min(text.length(), from + MAX_SINGLE_LENGTH);
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return -1;
            }
            boolean endsWord = k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1));
            if (c == mark && endsWord && !Character.isWhitespace(text.charAt(k - 1))) {
                // "the workers’ union": a plural possessive, not a closing mark
                if (Character.toLowerCase(text.charAt(k - 1)) == 's' && k + 1 < text.length()
                        && text.charAt(k + 1) == ' ' && k + 2 < text.length()
                        && Character.isLowerCase(text.charAt(k + 2)) && mark == '\'') {
                    continue;
                }
                return k;
            }
        }
        return -1;
    }

    private static boolean insideAny(int offset, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.outer().start() <= offset && offset < p.outer().end()) {
                return true;
            }
        }
        return false;
    }
}
