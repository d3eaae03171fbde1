package org.eventbase.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row and aligned columns: text left, numbers right.
 * Example: {@code new TextTable("system", "articles/s").row("eventbase", "12.3").render()} gives
 * <pre>
 * system     articles/s
 * ---------  ----------
 * eventbase        12.3
 * </pre>
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= isNumber(row.get(c));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths, numeric);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(out, rules, widths, new boolean[widths.length]);
        for (List<String> row : rows) {
            line(out, row, widths, numeric);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static boolean isNumber(String cell) {
        return cell.matches("\\(?[-+]?[\\d.,]+(\\s*[%x])?\\)?|-|n/a");
    }
}
