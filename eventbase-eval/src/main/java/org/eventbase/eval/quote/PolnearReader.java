package org.eventbase.eval.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventbase.model.InputException;
import org.eventbase.model.Span;

/**
 * Reads a PolNeAR compartment in brat standoff: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}
 * with {@code T} lines ({@code T3	Content 115 290;300 320	…}, offsets in code points) and {@code E} lines relating
 * a Content to its Source and Cue. Each {@code E} relation gives one gold quote: the Content pieces, and the
 * Source spans as the speaker (none for {@code Attribution-no-source}). When several annotators annotated one
 * text, the first annotation file by name is used. Example: {@code PolnearReader.read(Path.of("polnear/dev"))}.
 */
public final class PolnearReader {
    private static final String QUOTE_MARKS = "\"“‘'«„";

    private PolnearReader() {}

    /** Whether {@code dir} is a PolNeAR compartment: it has {@code text/} and {@code attributions/}. */
    public static boolean isCompartment(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    /** Every annotated article of the compartment {@code dir}, in name order. */
    public static List<QuoteGoldDocument> read(Path dir) {
        Map<String, Path> annotations = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String base = name.substring(0, name.length() - 4);
                int cut = base.lastIndexOf('_');
                annotations.putIfAbsent(cut > 0 ? base.substring(0, cut) : base, p);
            });
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list the attributions: " + e.getMessage());
        }
        String split = dir.getFileName() == null ? "" : dir.getFileName().toString();
        List<QuoteGoldDocument> documents = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path textFile = dir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            String text = readString(textFile);
            documents.add(new QuoteGoldDocument(e.getKey(), split, text, quotes(e.getValue(), text)));
        }
        if (documents.isEmpty()) {
            throw new InputException(dir.toString(), "holds no annotated PolNeAR texts (text/*.txt with "
                    + "attributions/*.ann)");
        }
        return documents;
    }

    /** Whether a gold quote's content opens with a quotation mark: PolNeAR's direct quotes. */
    public static boolean opensWithMark(GoldQuote quote, String text) {
        int start = quote.content().get(0).start();
        return start < text.length() && QUOTE_MARKS.indexOf(text.charAt(start)) >= 0;
    }

    private static List<GoldQuote> quotes(Path ann, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : readString(ann).split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length >= 2 && fields[0].startsWith("T")) {
                int space = fields[1].indexOf(' ');
                if (space > 0) {
                    spans.put(fields[0], pieces(fields[1].substring(space + 1), text, ann));
                }
            } else if (fields.length >= 2 && fields[0].startsWith("E")) {
                relations.add(fields[1].trim().split("\\s+"));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] relation : relations) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            for (String role : relation) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                List<Span> target = spans.getOrDefault(role.substring(colon + 1), List.of());
                if (role.startsWith("Content")) {
                    content.addAll(target);
                } else if (role.startsWith("Source")) {
                    source.addAll(target);
                }
            }
            if (!content.isEmpty()) {
                content.sort(null);
                quotes.add(new GoldQuote(content, null, null, source));
            }
        }
        quotes.sort((a, b) -> a.content().get(0).compareTo(b.content().get(0)));
        return quotes;
    }

    /** {@code 115 290;300 320} in code points, as UTF-16 spans of {@code text}. */
    private static List<Span> pieces(String ranges, String text, Path ann) {
        List<Span> pieces = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String range : ranges.split(";")) {
            String[] ends = range.trim().split(" ");
            try {
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[1]);
                if (from < 0 || to < from || to > codePoints) {
                    throw new InputException(ann.toString(), "span " + range + " is outside the text");
                }
                pieces.add(new Span(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InputException(ann.toString(), "bad span '" + range + "'; expected 'START END'");
            }
        }
        return pieces;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
