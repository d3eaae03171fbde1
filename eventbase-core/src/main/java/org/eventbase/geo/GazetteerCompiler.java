package org.eventbase.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Build step: compiles the npm-fetched sources (see {@code src/build/gazetteer-sources.sh}) into the compact
 * gazetteer resource the {@link Gazetteer} loads: one tab-separated row per place,
 * {@code kind, geonameId, name, lat, lon, featureClass, featureCode, country, admin1, population, demonyms}
 * (demonyms as {@link PlaceNames#key} forms joined by {@code |}), then the name index already sorted, one
 * {@code key, row,row,…} line per key, first exact keys, then romanisation-folded ones ({@link PlaceNames#fold}).
 * Kinds: {@code P} GeoNames cities500 populated place, {@code A} admin-1 region, {@code C} country, {@code R} world
 * region. Only Latin-script alternate names are kept, as lookup keys. Admin-1 regions come with ISO 3166-2 codes;
 * their GeoNames admin-1 code is the one most of the 15 nearest cities500 places of the country carry. A region whose
 * point lies far from every place of its country (the source has some wrong points) moves to the largest place
 * named like it, or is left out, as is one named like another country nearby (the source files Taiwan under CN).
 * Example: {@code java org.eventbase.geo.GazetteerCompiler target/gazetteer-sources target/classes/…/gazetteer.tsv.gz}.
 */
public final class GazetteerCompiler {
    private static final int MAX_KEYS = 40;
    private static final int NEIGHBOURS = 15;
    private static final double MISPLACED_KM = 300;
    private static final List<String> DIVISION_WORDS = List.of("region", "province", "oblast", "state", "governorate",
            "district", "county", "prefecture", "department", "voivodeship", "municipality", "territory", "republic",
            "krai", "okrug", "autonomous", "division", "emirate", "parish", "canton", "wilaya", "city");
    private static final Map<String, String> REGION_ALIASES = Map.of(
            "middle east", "Western Asia", "southeast asia", "South-Eastern Asia", "latin america", "South America",
            "the caribbean", "Caribbean", "horn of africa", "Eastern Africa", "sahel", "Western Africa");

    /** English names for countries that their source lacks. */
    private static final Map<String, List<String>> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("US", List.of("America", "U.S.", "U.S.A.", "the States")),
            Map.entry("GB", List.of("Britain", "Great Britain", "U.K.")), Map.entry("NL", List.of("Holland")),
            Map.entry("MM", List.of("Burma")), Map.entry("CI", List.of("Ivory Coast")),
            Map.entry("CZ", List.of("Czech Republic")), Map.entry("KR", List.of("South Korea")),
            Map.entry("KP", List.of("North Korea")), Map.entry("CD", List.of("Congo-Kinshasa", "DR Congo", "DRC")),
            Map.entry("PS", List.of("Palestinian territories")), Map.entry("TR", List.of("Turkey")));
    /** The AP stylebook's abbreviations of US state names, as US datelines write them ("Alexandria, Minn."). */
    private static final Map<String, String> AP_STATES = Map.ofEntries(Map.entry("Ala.", "AL"),
            Map.entry("Ariz.", "AZ"), Map.entry("Ark.", "AR"), Map.entry("Calif.", "CA"), Map.entry("Colo.", "CO"),
            Map.entry("Conn.", "CT"), Map.entry("Del.", "DE"), Map.entry("Fla.", "FL"), Map.entry("Ga.", "GA"),
            Map.entry("Ill.", "IL"), Map.entry("Ind.", "IN"), Map.entry("Kan.", "KS"), Map.entry("Ky.", "KY"),
            Map.entry("La.", "LA"), Map.entry("Md.", "MD"), Map.entry("Mass.", "MA"), Map.entry("Mich.", "MI"),
            Map.entry("Minn.", "MN"), Map.entry("Miss.", "MS"), Map.entry("Mo.", "MO"), Map.entry("Mont.", "MT"),
            Map.entry("Neb.", "NE"), Map.entry("Nev.", "NV"), Map.entry("Okla.", "OK"), Map.entry("Ore.", "OR"),
            Map.entry("Pa.", "PA"), Map.entry("Tenn.", "TN"), Map.entry("Tex.", "TX"), Map.entry("Vt.", "VT"),
            Map.entry("Va.", "VA"), Map.entry("Wash.", "WA"), Map.entry("W.Va.", "WV"), Map.entry("Wis.", "WI"),
            Map.entry("Wyo.", "WY"), Map.entry("D.C.", "DC"), Map.entry("N.H.", "NH"), Map.entry("N.J.", "NJ"),
            Map.entry("N.M.", "NM"), Map.entry("N.Y.", "NY"), Map.entry("N.C.", "NC"), Map.entry("N.D.", "ND"),
            Map.entry("R.I.", "RI"), Map.entry("S.C.", "SC"), Map.entry("S.D.", "SD"));

    private GazetteerCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerCompiler SOURCES_DIR OUT_FILE");
        }
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (upToDate(out, sources.resolve("cities500.txt"), sources.resolve("countries.json"),
                sources.resolve("states.json"), classFile(GazetteerCompiler.class), classFile(PlaceNames.class))) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        List<Row> cities = readCities(sources.resolve("cities500.txt"));
        ObjectMapper json = new ObjectMapper();
        JsonNode countries = json.readTree(sources.resolve("countries.json").toFile());
        JsonNode states = json.readTree(sources.resolve("states.json").toFile());
        List<Row> countryRows = countries(countries, cities);
        rows.addAll(countryRows);
        rows.addAll(regions(countries, countryRows));
        rows.addAll(admin1(states, cities, countryRows));
        rows.addAll(cities);
        Files.createDirectories(out.getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Map<String, List<Integer>> exact = new java.util.TreeMap<>();
        Map<String, List<Integer>> folded = new java.util.TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String key : rows.get(i).keys) {
                post(exact, key, i);
                String fold = PlaceNames.fold(key);
                if (!fold.equals(key)) {
                    post(folded, fold, i);
                }
            }
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(part)),
                StandardCharsets.UTF_8)) {
            for (Row r : rows) {
                w.write(r.line());
            }
            writeIndex(w, Gazetteer.EXACT_SECTION, exact);
            writeIndex(w, Gazetteer.FOLDED_SECTION, folded);
        }
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "gazetteer: %d places written to %s%n", rows.size(), out);
    }

    private static void post(Map<String, List<Integer>> index, String key, int row) {
        List<Integer> rows = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (rows.isEmpty() || rows.get(rows.size() - 1) != row) {
            rows.add(row);
        }
    }

    private static void writeIndex(Writer w, String section, Map<String, List<Integer>> index) throws IOException {
        w.write(section + "\n");
        for (Map.Entry<String, List<Integer>> e : index.entrySet()) {
            w.write(e.getKey());
            w.write('\t');
            w.write(e.getValue().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
            w.write('\n');
        }
    }

    private static boolean upToDate(Path out, Path... inputs) throws IOException {
        if (!Files.exists(out)) {
            return false;
        }
        for (Path input : inputs) {
            if (input != null && Files.exists(input)
                    && Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(out)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Path classFile(Class<?> type) {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(type.getName().replace('.', '/') + ".class");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static List<Row> readCities(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || f[0].isBlank()) {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>();
                addKey(keys, f[1]);
                addKey(keys, f[2]);
                for (String alt : f[3].split(",")) {
                    if (!isCode(alt) && !alt.contains("http")) {
                        addKey(keys, alt);
                    }
                }
                rows.add(new Row("P", f[0], f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7],
                        f[8], f[10], parseLong(f[14]), keys, Set.of()));
            }
        }
        return rows;
    }

    private static List<Row> countries(JsonNode countries, List<Row> cities) {
        Map<String, Long> population = new HashMap<>();
        cities.forEach(c -> population.merge(c.country, c.population, Long::sum));
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : countries) {
            String code = c.path("cca2").asText();
            Set<String> keys = new LinkedHashSet<>();
            addKey(keys, c.path("name").path("common").asText());
            addKey(keys, c.path("name").path("official").asText());
            c.path("name").path("native").forEach(n -> addKey(keys, n.path("common").asText()));
            c.path("altSpellings").forEach(a -> {
                String alt = a.asText();
                if (alt.length() > 3 || code.equals("US") || code.equals("GB")) {
                    addKey(keys, alt);
                }
            });
            COUNTRY_ALIASES.getOrDefault(code, List.of()).forEach(alias -> addKey(keys, alias));
            Set<String> demonyms = new LinkedHashSet<>();
            addKey(demonyms, c.path("demonyms").path("eng").path("m").asText());
            addKey(demonyms, c.path("demonyms").path("eng").path("f").asText());
            JsonNode latlng = c.path("latlng");
            rows.add(new Row("C", "0", c.path("name").path("common").asText(), latlng.path(0).asDouble(),
                    latlng.path(1).asDouble(), "A", "PCLI", code, "", population.getOrDefault(code, 0L), keys,
                    demonyms));
        }
        return rows;
    }

    private static List<Row> regions(JsonNode countries, List<Row> countryRows) {
        Map<String, List<double[]>> members = new LinkedHashMap<>();
        Map<String, Long> population = new HashMap<>();
        Map<String, Long> countryPopulation = new HashMap<>();
        countryRows.forEach(r -> countryPopulation.put(r.country, r.population));
        for (JsonNode c : countries) {
            double[] point = {c.path("latlng").path(0).asDouble(), c.path("latlng").path(1).asDouble()};
            for (String field : List.of("region", "subregion")) {
                String name = c.path(field).asText();
                if (!name.isBlank() && !name.equals("Antarctic")) {
                    members.computeIfAbsent(name, k -> new ArrayList<>()).add(point);
                    population.merge(name, countryPopulation.getOrDefault(c.path("cca2").asText(), 0L), Long::sum);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        members.forEach((name, points) -> {
            Set<String> keys = new LinkedHashSet<>();
            addKey(keys, name);
            addKey(keys, name.replace("Western ", "West ").replace("Eastern ", "East ")
                    .replace("Northern ", "North ").replace("Southern ", "South ")
                    .replace("South-Eastern ", "Southeast ").replace("South-Eastern ", "South East "));
            REGION_ALIASES.forEach((alias, target) -> {
                if (target.equals(name)) {
                    addKey(keys, alias);
                }
            });
            double lat = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double lon = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
            rows.add(new Row("R", "0", name, lat, lon, "L", "RGN", "", "", population.getOrDefault(name, 0L), keys,
                    Set.of()));
        });
        return rows;
    }

    private static List<Row> admin1(JsonNode states, List<Row> cities, List<Row> countries) {
        Map<String, List<Row>> byCountry = new HashMap<>();
        cities.forEach(c -> byCountry.computeIfAbsent(c.country, k -> new ArrayList<>()).add(c));
        Map<String, Map<String, Long>> admin1Population = new HashMap<>();
        cities.forEach(c -> admin1Population.computeIfAbsent(c.country, k -> new HashMap<>())
                .merge(c.admin1, c.population, Long::sum));
        List<Row> rows = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (JsonNode s : states) {
            String country = s.path("countryCode").asText();
            String name = s.path("name").asText();
            if (s.path("latitude").isNull() || s.path("latitude").asText().isBlank()) {
                continue;
            }
            double lat = s.path("latitude").asDouble();
            double lon = s.path("longitude").asDouble();
            List<Row> ofCountry = byCountry.getOrDefault(country, List.of());
            if (!ofCountry.isEmpty() && nearestKm(ofCountry, lat, lon) > MISPLACED_KM) {
                Row namesake = namesakeSeat(ofCountry, name);
                if (namesake == null) {
                    dropped.add(country + ":" + name);
                    continue;
                }
                lat = namesake.lat;
                lon = namesake.lon;
            }
            double[] point = {lat, lon};
            if (countries.stream().anyMatch(c -> !c.country.equals(country) && c.name.equals(name)
                    && km(c.lat, c.lon, point[0], point[1]) < MISPLACED_KM)) {
                dropped.add(country + ":" + name);
                continue;
            }
            String admin1 = nearestAdmin1(ofCountry, lat, lon);
            Set<String> keys = new LinkedHashSet<>();
            addKey(keys, name);
            String key = PlaceNames.key(name);
            for (String word : DIVISION_WORDS) {
                if (key.endsWith(" " + word)) {
                    addKey(keys, key.substring(0, key.length() - word.length() - 1));
                }
                if (key.startsWith(word + " of ")) {
                    addKey(keys, key.substring(word.length() + 4));
                }
            }
            if (country.equals("US")) {
                String iso = s.path("isoCode").asText();
                addKey(keys, iso);
                AP_STATES.forEach((abbreviation, code) -> {
                    if (code.equals(iso)) {
                        addKey(keys, abbreviation);
                    }
                });
            }
            long population = admin1Population.getOrDefault(country, Map.of()).getOrDefault(admin1, 0L);
            rows.add(new Row("A", "0", name, lat, lon, "A", "ADM1", country, admin1, population, keys, Set.of()));
        }
        System.out.println("gazetteer: " + dropped.size() + " admin-1 regions left out (their point is far from "
                + "their country and no namesake place locates them, or they are a country of their own), e.g. "
                + dropped.subList(0, Math.min(5, dropped.size())));
        return rows;
    }

    private static String nearestAdmin1(List<Row> cities, double lat, double lon) {
        double cos = Math.cos(Math.toRadians(lat));
        List<Row> nearest = cities.stream()
                .sorted(Comparator.comparingDouble(c -> sq(c.lat - lat) + sq((c.lon - lon) * cos)))
                .limit(NEIGHBOURS).toList();
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < nearest.size(); i++) {
            votes.merge(nearest.get(i).admin1, NEIGHBOURS - i, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** The most populous place of the country named like the region, with or without its division word. */
    private static Row namesakeSeat(List<Row> cities, String regionName) {
        String key = PlaceNames.key(regionName);
        Set<String> keys = new LinkedHashSet<>(List.of(key));
        for (String word : DIVISION_WORDS) {
            if (key.endsWith(" " + word)) {
                keys.add(key.substring(0, key.length() - word.length() - 1));
            }
            if (key.startsWith(word + " of ")) {
                keys.add(key.substring(word.length() + 4));
            }
        }
        return cities.stream().filter(c -> keys.contains(PlaceNames.key(c.name)))
                .max(Comparator.comparingLong(Row::population)).orElse(null);
    }

    private static double nearestKm(List<Row> cities, double lat, double lon) {
        return cities.stream().mapToDouble(c -> km(c.lat, c.lon, lat, lon)).min().orElse(0);
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371.009 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static boolean isCode(String alt) {
        return alt.length() <= 5 && alt.equals(alt.toUpperCase(Locale.ROOT)) && alt.chars().allMatch(
                ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    private static void addKey(Set<String> keys, String name) {
        String key = PlaceNames.key(name);
        if (PlaceNames.isLatin(key) && key.length() >= 2 && !key.chars().allMatch(Character::isDigit)
                && keys.size() < MAX_KEYS) {
            keys.add(key);
        }
    }

    private static long parseLong(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private record Row(String kind, String id, String name, double lat, double lon, String featureClass,
            String featureCode, String country, String admin1, long population, Set<String> keys,
            Set<String> demonyms) {
        String line() {
            return String.join("\t", kind, id, clean(name), String.format(Locale.ROOT, "%.5f", lat),
                    String.format(Locale.ROOT, "%.5f", lon), featureClass, featureCode, country, admin1,
                    Long.toString(population), String.join("|", demonyms)) + "\n";
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ');
        }
    }
}
