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

    /**
     * Article {@code i}: one of five openings, five quotes and five closings, so that articles differ in whole
     * sentences and not only in names and numbers. With one template, most pairs shared so many word 4-shingles that
     * story clustering linked the whole corpus as near-duplicates into one story.
     */
    static String article(int i) {
        String town = TOWNS.get(i % TOWNS.size());
        String group = GROUPS.get((i / 3) % GROUPS.size());
        String person = FIRST.get((i / 7) % FIRST.size()) + " " + LAST.get((i / 2) % LAST.size());
        String day = DAYS.get(i % DAYS.size());
        String marchers = String.valueOf(100 + 37 * i);
        String detained = String.valueOf(1 + i % 9);
        String opening = switch (i % 5) {
            case 0 -> "About " + marchers + " " + group + " marched to the town hall in " + town + " on " + day
                    + " to demand higher pay.";
            case 1 -> capitalise(group) + " in " + town + " walked off the job on " + day + ", and some " + marchers
                    + " of them rallied outside the council offices.";
            case 2 -> "A crowd of roughly " + marchers + " " + group + " blocked the main square of " + town + " on "
                    + day + " in a dispute over wages.";
            case 3 -> "On " + day + ", " + marchers + " " + group + " gathered at the harbour gates in " + town
                    + ", saying their salaries had not kept up with rents.";
            default -> "Some " + marchers + " " + group + " staged a sit-in at the labour office of " + town + " on "
                    + day + ", the third such protest this year.";
        };
        String quote = switch ((i / 5) % 5) {
            case 0 -> "\u201cWe cannot live on these wages,\u201d said " + person + ", a spokesperson for the " + town
                    + " Workers Union.";
            case 1 -> person + ", who chairs the local branch of the union, told reporters the offer on the table "
                    + "was an insult.";
            case 2 -> "\u201cEvery month the rent goes up and our pay stays the same,\u201d " + person
                    + " said through a megaphone.";
            case 3 -> "Union organiser " + person + " said members would keep protesting until the employers "
                    + "returned to talks.";
            default -> person + ", who has done the job for twenty years, said she had taken a second job to pay "
                    + "for her children's school.";
        };
        String closing = switch ((i / 25) % 5) {
            case 0 -> "Police said " + detained + " people were detained after the march, and talks are due to "
                    + "resume next week.";
            case 1 -> "Officers detained " + detained + " demonstrators for blocking traffic; all were released by "
                    + "the evening.";
            case 2 -> "The city's police chief said " + detained + " arrests were made and no one was hurt.";
            case 3 -> "Local radio reported " + detained + " detentions, while the employers called the action "
                    + "unlawful.";
            default -> "By nightfall " + detained + " protesters had been taken into custody, according to a "
                    + "police statement.";
        };
        return String.format("%s protest in %s over pay, number %d%n%n%s %s %s%n",
                capitalise(group), town, i, opening, quote, closing);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
