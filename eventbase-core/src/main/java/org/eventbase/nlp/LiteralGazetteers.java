package org.eventbase.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CoreNLP's fine-grained NER gazetteers (the lists that tag TITLE, NATIONALITY, COUNTRY, CITY, …) without their
 * regular-expression entries, written once per JVM to temporary files. The few hundred regex entries ("Minn\.?-raised",
 * e-mail patterns, "Lt\.? Gen\.?") are tried at every token and cost about three quarters of the NER time per
 * article; the half million literal names stay. Example: {@code LiteralGazetteers.mapping()} is a value for
 * {@code ner.fine.regexner.mapping}.
 */
final class LiteralGazetteers {
    private static final String DIRECTORY = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = DIRECTORY + "regexner_caseless.tab";
    private static final String CASED = DIRECTORY + "regexner_cased.tab";
    /** CoreNLP's own setting, with our files in place of its two. */
    private static final String OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";
    private static final String REGEX_CHARACTERS = "\\[]()?*+|^${}";

    private LiteralGazetteers() {}

    /** The mapping setting naming the filtered files; CoreNLP's own files when they cannot be read or written. */
    static String mapping() {
        try {
            return OPTIONS + literalCopy(CASELESS) + ";" + literalCopy(CASED);
        } catch (IOException | UncheckedIOException e) {
            return OPTIONS + CASELESS + ";" + CASED;
        }
    }

    /** True for a gazetteer line whose pattern is a regular expression rather than a literal name. */
    static boolean isRegexEntry(String line) {
        int tab = line.indexOf('\t');
        for (int i = 0; i < tab; i++) {
            if (REGEX_CHARACTERS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String literalCopy(String resource) throws IOException {
        InputStream in = LiteralGazetteers.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the classpath: " + resource);
        }
        Path copy = Files.createTempFile("eventbase-gazetteer-", ".tab");
        copy.toFile().deleteOnExit();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter writer = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!isRegexEntry(line)) {
                    writer.write(line);
                    writer.newLine();
                }
            }
        }
        return copy.toString();
    }
}
