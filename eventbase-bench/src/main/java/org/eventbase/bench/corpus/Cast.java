package org.eventbase.bench.corpus;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The invented people, places and organisations one generated article is about, and the values its templates'
 * placeholders take. Example: {@code Cast.draw(new Random(7)).fill("{official} visited {city}.", random)}.
 */
record Cast(Map<String, String> roles) {
    static Cast draw(Random random) {
        Vocabulary.Place place = pick(random, Vocabulary.PLACES);
        String official = person(random);
        String witness = person(random);
        String expert = person(random);
        String leader = person(random);
        Vocabulary.Organisation org = pick(random, Vocabulary.ORGANISATIONS);
        return new Cast(Map.ofEntries(
                Map.entry("city", place.city()),
                Map.entry("CITY", place.city().toUpperCase(java.util.Locale.ROOT)),
                Map.entry("country", place.country()),
                Map.entry("demonym", place.demonym()),
                Map.entry("region", place.region()),
                Map.entry("other", pick(random, Vocabulary.PLACES).city()),
                Map.entry("official", official),
                Map.entry("officialLast", last(official)),
                Map.entry("officialTitle", pick(random, Vocabulary.OFFICIAL_TITLES)),
                Map.entry("witness", witness),
                Map.entry("witnessLast", last(witness)),
                Map.entry("witnessJob", pick(random, Vocabulary.JOBS)),
                Map.entry("expert", expert),
                Map.entry("expertLast", last(expert)),
                Map.entry("university", "University of " + pick(random, Vocabulary.PLACES).city()),
                Map.entry("leader", leader),
                Map.entry("leaderLast", last(leader)),
                Map.entry("org", org.name()),
                Map.entry("orgShort", org.acronym()),
                Map.entry("ministry", pick(random, Vocabulary.MINISTRIES)),
                Map.entry("group", pick(random, Vocabulary.GROUPS)),
                Map.entry("day", pick(random, Vocabulary.DAYS)),
                Map.entry("month", pick(random, Vocabulary.MONTHS)),
                Map.entry("year", String.valueOf(2015 + random.nextInt(10))),
                Map.entry("age", String.valueOf(24 + random.nextInt(50)))));
    }

    /** Replaces every {@code {role}} with this cast's value; {@code {n}}, {@code {big}}, {@code {pct}} and
     * {@code {agency}} get fresh values each time. */
    String fill(String template, Random random) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String key = template.substring(open + 1, close);
            out.append(switch (key) {
                case "n" -> String.valueOf(2 + random.nextInt(40));
                case "big" -> String.format(java.util.Locale.ROOT, "%,d", 200 + random.nextInt(20_000));
                case "pct" -> String.valueOf(3 + random.nextInt(60));
                case "agency" -> pick(random, Vocabulary.AGENCIES);
                default -> {
                    String value = roles.get(key);
                    if (value == null) {
                        throw new IllegalArgumentException("unknown placeholder {" + key + "} in: " + template);
                    }
                    yield value;
                }
            });
            i = close + 1;
        }
        return out.toString();
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String person(Random random) {
        return pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
    }

    private static String last(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }
}
