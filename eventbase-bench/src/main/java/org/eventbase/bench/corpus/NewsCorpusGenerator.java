package org.eventbase.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes a corpus of news-like articles for benchmarks, deterministically: the same seed gives the same articles,
 * word for word. Each article has its own kind of story, cast, structure and length (300 to 900 words). The text
 * comes from templates and word lists written for Eventbase ({@link StoryKind}, {@link Vocabulary}), so no third
 * party's text is involved; it is easier for NER than real news (few, regular names), which is why benchmark results
 * should be read as ratios against plain CoreNLP on the same articles.
 * Example: {@code new NewsCorpusGenerator(42).generate(100)} gives 100 distinct articles.
 */
public final class NewsCorpusGenerator {
    public static final int MIN_WORDS = 300;
    public static final int MAX_WORDS = 900;

    /** Clauses that already say who speaks are not attributed again. */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|told|declined|promised|accused|urged)\\b");

    private final long seed;

    public NewsCorpusGenerator(long seed) {
        this.seed = seed;
    }

    public List<GeneratedArticle> generate(int count) {
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return List.copyOf(articles);
    }

    /** The {@code index}th article of this seed's corpus; independent of how many are generated. */
    public GeneratedArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        StoryKind kind = StoryKind.values()[random.nextInt(StoryKind.values().length)];
        Cast cast = Cast.draw(random);
        int targetWords = MIN_WORDS + 20 + random.nextInt(MAX_WORDS - MIN_WORDS - 120);
        String title = capitalise(cast.fill(Cast.pick(random, kind.headlines()), random));

        List<String> clauses = new ArrayList<>(kind.clauses());
        clauses.addAll(StoryKind.COMMON_CLAUSES);
        Collections.shuffle(clauses, random);

        StringBuilder body = new StringBuilder();
        body.append(cast.fill("{CITY}, {month} {n} \u2014 ", random))
                .append(capitalise(cast.fill(Cast.pick(random, kind.leads()), random))).append('.');
        int words = countWords(title) + countWords(body);
        int next = 0;
        while (words < targetWords) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences && words < targetWords; s++) {
                String clause = clauses.get(next++ % clauses.size());
                String sentence = sentence(clause, cast, random);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                words += countWords(sentence);
            }
            body.append("\n\n").append(paragraph);
        }
        String name = String.format(Locale.ROOT, "bench-%03d-%s.txt", index, kind.name().toLowerCase(Locale.ROOT));
        return new GeneratedArticle(name, title, body.toString());
    }

    private static String sentence(String clause, Cast cast, Random random) {
        String filled = cast.fill(clause, random);
        String attribution = Cast.pick(random, StoryKind.ATTRIBUTIONS);
        if (filled.startsWith("\"") || REPORTED.matcher(clause).find()) {
            return capitalise(filled) + ".";
        }
        return capitalise(cast.fill(attribution.replace("%s", "\u0000"), random).replace("\u0000", filled));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int countWords(CharSequence text) {
        String s = text.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
