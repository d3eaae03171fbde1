package org.eventbase.eval.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.InputException;

/**
 * A quotes gold set as read from disk, in one of the two formats the scorer knows: the project's
 * ({@code quotes.jsonl} + article files, see {@link ProjectQuoteGold}) or PolNeAR's brat compartments (see
 * {@link PolnearReader}). The format is told from the path. Example:
 * {@code QuoteGoldSet.read(Path.of("gold/quotes"), "dev")}.
 *
 * @param format {@link #PROJECT} or {@link #POLNEAR}
 * @param split  the split read: dev, test, all, or the PolNeAR compartment's name
 */
public record QuoteGoldSet(String format, String split, List<QuoteGoldDocument> documents) {
    public static final String PROJECT = "project";
    public static final String POLNEAR = "polnear";

    public QuoteGoldSet {
        documents = List.copyOf(documents);
    }

    /**
     * Reads the gold set at {@code path}: a project gold directory or its JSONL file, a PolNeAR compartment
     * (a directory with {@code text/} and {@code attributions/}), or a PolNeAR root holding compartments, of which
     * {@code split} is read ({@code all}: every one there).
     */
    public static QuoteGoldSet read(Path path, String split) {
        if (!Files.exists(path)) {
            throw new InputException(path.toString(), "does not exist; give the quotes gold directory "
                    + "(quotes.jsonl) or a PolNeAR directory");
        }
        if (ProjectQuoteGold.isProjectGold(path)) {
            return new QuoteGoldSet(PROJECT, split, ProjectQuoteGold.read(path, split));
        }
        if (PolnearReader.isCompartment(path)) {
            String name = path.getFileName() == null ? split : path.getFileName().toString();
            return new QuoteGoldSet(POLNEAR, name, PolnearReader.read(path));
        }
        List<Path> compartments = new ArrayList<>();
        for (String name : "all".equals(split) ? List.of("train", "dev", "test") : List.of(split)) {
            Path dir = path.resolve(name);
            if (PolnearReader.isCompartment(dir)) {
                compartments.add(dir);
            }
        }
        if (compartments.isEmpty()) {
            throw new InputException(path.toString(), "is neither a quotes gold set (no " + ProjectQuoteGold.FILE
                    + ") nor a PolNeAR directory with a '" + split + "' compartment (text/ and attributions/)");
        }
        List<QuoteGoldDocument> documents = new ArrayList<>();
        compartments.forEach(dir -> documents.addAll(PolnearReader.read(dir)));
        return new QuoteGoldSet(POLNEAR, split, documents);
    }
}
