package org.eventbase.quote;

import java.util.List;
import org.eventbase.model.Span;

/**
 * Text between quotation marks, before anyone is attributed. Example: in {@code He said “no.”} the passage has
 * {@code outer} over {@code “no.”} and {@code content} over {@code no.}.
 *
 * @param outer        from the opening mark to just after the closing mark (or the paragraph end when unclosed)
 * @param content      the quoted words without the marks
 * @param innerMarks   offsets of opening marks of continued paragraphs inside {@code content}
 * @param single       whether single marks (‘…’) enclose it
 */
record QuotedPassage(Span outer, Span content, List<Integer> innerMarks, boolean single) {
    QuotedPassage {
        innerMarks = List.copyOf(innerMarks);
    }

    /** The quoted words with the opening marks of continued paragraphs left out. */
    String text(String articleText) {
        StringBuilder out = new StringBuilder();
        int at = content.start();
        for (int mark : innerMarks) {
            out.append(articleText, at, mark);
            at = mark + 1;
        }
        out.append(articleText, at, content.end());
        return out.toString().strip();
    }
}
