package org.eventbase.bench.corpus;

/**
 * One article of the generated benchmark corpus: a file name, a headline and a body of paragraphs.
 * Example: {@code new GeneratedArticle("bench-007-protest.txt", "Dock workers march in Valdora", "VALDORA — …")}.
 */
public record GeneratedArticle(String fileName, String title, String body) {
    /** The article as a plain-text file: headline, blank line, body (the format Eventbase reads). */
    public String text() {
        return title + "\n\n" + body + "\n";
    }

    public int words() {
        return text().split("\\s+").length;
    }
}
