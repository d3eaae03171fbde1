package org.eventbase.eval.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.InputException;

/**
 * Reads a CASE 2021 task 2 TSV file: a header {@code id EventSnippet SubType}, then one snippet a line. The id is
 * before the first tab and the label after the last, so a tab inside a snippet does no harm. Example:
 * {@code CaseSnippetReader.read(Path.of("dev-half.tsv"))}.
 */
public final class CaseSnippetReader {
    private CaseSnippetReader() {}

    public static List<CaseSnippet> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "no such TSV file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the TSV file: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("id\t")) {
            throw new InputException(file.toString(),
                    "does not start with the header 'id<TAB>EventSnippet<TAB>SubType'; give a CASE 2021 task 2 file");
        }
        List<CaseSnippet> snippets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int first = line.indexOf('\t');
            int last = line.lastIndexOf('\t');
            if (first < 0 || last == first) {
                throw new InputException(file + ":" + (i + 1), "expected three tab-separated columns: id, snippet, label");
            }
            snippets.add(new CaseSnippet(line.substring(0, first).trim(), line.substring(first + 1, last).trim(),
                    line.substring(last + 1).trim()));
        }
        if (snippets.isEmpty()) {
            throw new InputException(file.toString(), "holds no snippets after its header");
        }
        return snippets;
    }
}
