package org.eventbase.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one sentence's IOB tags into entity spans with conlleval's rules, so IOB1 and IOB2 both read correctly: a
 * chunk starts at {@code B-X}, or at {@code I-X} after {@code O} or after a different type; it ends before
 * {@code O}, {@code B-}, or a change of type. Example: {@code I-PER I-PER B-PER O I-LOC} gives PER[0,2), PER[2,3)
 * and LOC[4,5).
 */
public final class IobSpans {
    private IobSpans() {}

    public static List<EntitySpan> of(int sentence, List<String> tags) {
        List<EntitySpan> spans = new ArrayList<>();
        String openType = null;
        int openStart = 0;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String type = "O".equals(prefix) ? null : tag.substring(2);
            boolean continues = openType != null && "I".equals(prefix) && openType.equals(type);
            if (openType != null && !continues) {
                spans.add(new EntitySpan(sentence, openStart, i, openType));
                openType = null;
            }
            if (type != null && !continues) {
                openType = type;
                openStart = i;
            }
        }
        if (openType != null) {
            spans.add(new EntitySpan(sentence, openStart, tags.size(), openType));
        }
        return spans;
    }
}
