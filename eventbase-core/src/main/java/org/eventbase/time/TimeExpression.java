package org.eventbase.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eventbase.model.Span;

/**
 * A time expression found in the text, before resolution: its shape, span and the parts the resolver needs.
 * Example: "last Friday" is {@code TimeExpression(WEEKDAY, Span(10, 21), "last Friday", ["last", "Friday", null])}.
 */
record TimeExpression(TimeExpressionKind kind, Span span, String text, List<String> parts) {
    TimeExpression {
        parts = Collections.unmodifiableList(new ArrayList<>(parts)); // parts may be null: groups that did not match
    }

    String part(int i) {
        return i < parts.size() ? parts.get(i) : null;
    }
}
