package org.eventbase.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eventbase.model.InputException;

/**
 * Reads a CoNLL-2003 file: {@code TOKEN POS CHUNK NER} per line, a blank line between sentences, a
 * {@code -DOCSTART-} line between documents. A {@code -DOCSTART-} line ends the document whatever follows it on the
 * line. Example: {@code ConllReader.read(Path.of("eng.testb")).get(0).sentences().get(0).get(0).text()}.
 */
public final class ConllReader {
    private static final Pattern TAG = Pattern.compile("O|[IB]-[A-Z]+");
    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {}

    /** @throws InputException naming {@code file:line} for a missing file or a malformed line */
    public static List<ConllDocument> read(Path file) {
        List<ConllDocument> documents = new ArrayList<>();
        List<List<ConllToken>> sentences = new ArrayList<>();
        List<ConllToken> sentence = new ArrayList<>();
        int lineNumber = 0;
        int documentStart = 1;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
                    endSentence(sentence, sentences);
                    sentence = new ArrayList<>();
                    if (trimmed.startsWith(DOCSTART)) {
                        endDocument(file, documentStart, sentences, documents);
                        sentences = new ArrayList<>();
                        documentStart = lineNumber;
                    }
                    continue;
                }
                sentence.add(token(file, lineNumber, trimmed));
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such CoNLL file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        endSentence(sentence, sentences);
        endDocument(file, documentStart, sentences, documents);
        if (documents.isEmpty()) {
            throw new InputException(file.toString(), "no tokens found; expected CoNLL-2003 lines 'TOKEN POS CHUNK NER'");
        }
        return List.copyOf(documents);
    }

    private static ConllToken token(Path file, int lineNumber, String line) {
        String[] fields = line.split("\\s+");
        if (fields.length != 4) {
            throw new InputException(file + ":" + lineNumber, "expected 4 fields 'TOKEN POS CHUNK NER', found "
                    + fields.length + " in '" + abbreviated(line) + "'");
        }
        if (!TAG.matcher(fields[3]).matches()) {
            throw new InputException(file + ":" + lineNumber, "'" + abbreviated(fields[3])
                    + "' is not an IOB entity tag (O, I-TYPE or B-TYPE)");
        }
        return new ConllToken(fields[0], fields[3]);
    }

    private static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static void endSentence(List<ConllToken> sentence, List<List<ConllToken>> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    private static void endDocument(Path file, int start, List<List<ConllToken>> sentences,
            List<ConllDocument> documents) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(file + ":" + start, sentences));
        }
    }
}
