package org.eventbase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a folder of short, distinct, made-up news articles (three or four sentences each) for ingest tests that
 * need hundreds of articles but cannot spend long on NLP. Deterministic: the same count gives the same files.
 * Example: {@code SmallNewsCorpus.write(dir, 300)} writes {@code dir/batch-0/article-0000.txt} … in ten folders.
 */
final class SmallNewsCorpus {
    private static final List<String> TOWNS = List.of("Valdora", "Port Elan", "Kestrel Bay", "Marrow", "Ostbridge",
            "Lindqvist", "San Aurel", "Tamber", "Holloway", "Vesk");
    private static final List<String> GROUPS = List.of("dock workers", "nurses", "teachers", "bus drivers",
            "farmers", "students", "miners", "postal workers");
    private static final List<String> FIRST = List.of("Ana", "Tomas", "Leila", "Piet", "Mara", "Jonas", "Ines", "Karl");
    private static final List<String> LAST = List.of("Berg", "Okafor", "Lindahl", "Moreau", "Castell", "Ivers",
            "Duarte", "Halvorsen");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    private SmallNewsCorpus() {}

    static void write(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = Files.createDirectories(dir.resolve("batch-" + (i % 10)));
            Files.writeString(folder.resolve(String.format("article-%04d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
    }

    static String article(int i) {
        String town = TOWNS.get(i % TOWNS.size());
        String group = GROUPS.get((i / 3) % GROUPS.size());
        String person = FIRST.get((i / 7) % FIRST.size()) + " " + LAST.get((i / 2) % LAST.size());
        String day = DAYS.get(i % DAYS.size());
        int marchers = 100 + 37 * i;
        int detained = 1 + i % 9;
        return String.format("%s march in %s over pay, number %d%n%n"
                + "About %d %s marched to the town hall in %s on %s to demand higher pay. "
                + "\u201cWe cannot live on these wages,\u201d said %s, a spokesperson for the %s Workers Union. "
                + "Police said %d people were detained after the march, and talks are due to resume next week.%n",
                capitalise(group), town, i, marchers, group, town, day, person, town, detained);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
