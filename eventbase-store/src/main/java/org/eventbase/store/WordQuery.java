package org.eventbase.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A user's word filter ({@code --actor}, {@code --text}) as a full-text query: every word must occur (stemmed, any
 * order), and words in double quotes must occur together as a phrase. Only letters and digits count, so no user text
 * is read as query syntax. Example: {@code WordQuery.parse("\"riot police\" gas").fts5("actors")} is
 * {@code actors : ("riot police" AND "gas")}, and {@code .tsquery()} is {@code (riot <-> police) & gas}.
 *
 * @param phrases each phrase's words, lower-case; a single unquoted word is a phrase of one
 */
record WordQuery(List<List<String>> phrases) {

    static WordQuery parse(String text) {
        List<List<String>> phrases = new ArrayList<>();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            List<String> words = TextSearch.words(parts[i]);
            if (i % 2 == 1) {
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            } else {
                words.forEach(w -> phrases.add(List.of(w)));
            }
        }
        return new WordQuery(List.copyOf(phrases));
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** An FTS5 query over one column of the table. */
    String fts5(String column) {
        return column + " : (" + phrases.stream().map(p -> "\"" + String.join(" ", p) + "\"")
                .collect(Collectors.joining(" AND ")) + ")";
    }

    /** A PostgreSQL {@code to_tsquery} text: phrases with {@code <->}, all joined by {@code &}. */
    String tsquery() {
        return phrases.stream().map(p -> p.size() == 1 ? p.get(0) : "(" + String.join(" <-> ", p) + ")")
                .collect(Collectors.joining(" & "));
    }

    @Override
    public String toString() {
        return phrases.stream().map(p -> p.size() == 1 ? p.get(0) : "\"" + String.join(" ", p) + "\"")
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }
}
