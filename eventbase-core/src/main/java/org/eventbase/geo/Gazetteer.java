package org.eventbase.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.eventbase.model.PlacePrecision;

/**
 * The offline gazetteer: GeoNames cities500 populated places, admin-1 regions, countries and world regions, looked
 * up by name key (see {@link PlaceNames}). Built into the jar at build time by {@link GazetteerCompiler}; loaded
 * once per JVM, on first use, into compact parallel arrays and a sorted key index. Immutable and thread-safe.
 * Example: {@code Gazetteer.shared().lookup("Zhytomyr")} gives the city in Zhytomyr Oblast, Ukraine;
 * {@code Gazetteer.shared().countryOfDemonym("Chilean")} gives {@code "CL"}.
 */
public final class Gazetteer {
    static final String RESOURCE = "/org/eventbase/geo/gazetteer.tsv.gz";
    static final String EXACT_SECTION = "#keys";
    static final String FOLDED_SECTION = "#folded";
    private static final AtomicInteger LOADS = new AtomicInteger();

    private final int[] ids;
    private final String[] names;
    private final float[] lats;
    private final float[] lons;
    private final String[] featureClasses;
    private final String[] featureCodes;
    private final String[] countries;
    private final String[] admin1s;
    private final long[] populations;
    private final byte[] kinds;
    private final KeyIndex exact;
    private final KeyIndex folded;
    private final Map<String, String> demonyms;
    private final Map<String, Integer> countryByCode;
    private final Map<String, Integer> admin1ByCode;

    private Gazetteer(Rows rows, KeyIndex exact, KeyIndex folded) {
        int n = rows.size;
        ids = Arrays.copyOf(rows.ids, n);
        names = Arrays.copyOf(rows.names, n);
        lats = Arrays.copyOf(rows.lats, n);
        lons = Arrays.copyOf(rows.lons, n);
        populations = Arrays.copyOf(rows.populations, n);
        kinds = Arrays.copyOf(rows.kinds, n);
        featureClasses = Arrays.copyOf(rows.featureClasses, n);
        featureCodes = Arrays.copyOf(rows.featureCodes, n);
        countries = Arrays.copyOf(rows.countries, n);
        admin1s = Arrays.copyOf(rows.admin1s, n);
        this.exact = exact;
        this.folded = folded;
        demonyms = Map.copyOf(rows.demonyms);
        countryByCode = Map.copyOf(rows.countryByCode);
        admin1ByCode = Map.copyOf(rows.admin1ByCode);
    }

    /** The gazetteer bundled in the jar, loaded on first call. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /** How many times the bundled gazetteer was loaded in this JVM (1 after any use of {@link #shared()}). */
    static int loads() {
        return LOADS.get();
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadBundled();
    }

    private static Gazetteer loadBundled() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is missing from the class path; "
                    + "build Eventbase with Maven, which compiles it from the npm packages");
        }
        try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
            LOADS.incrementAndGet();
            return read(gz);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
        }
    }

    /** Reads a gazetteer in {@link GazetteerCompiler}'s format: place rows, then the two sorted key sections. */
    static Gazetteer read(InputStream in) throws IOException {
        Rows rows = new Rows();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line = reader.readLine();
        for (; line != null && !line.equals(EXACT_SECTION); line = reader.readLine()) {
            rows.add(line.split("\t", -1));
        }
        List<String> exactLines = new ArrayList<>();
        for (line = reader.readLine(); line != null && !line.equals(FOLDED_SECTION); line = reader.readLine()) {
            exactLines.add(line);
        }
        List<String> foldedLines = new ArrayList<>();
        for (line = reader.readLine(); line != null; line = reader.readLine()) {
            foldedLines.add(line);
        }
        return new Gazetteer(rows, KeyIndex.of(exactLines), KeyIndex.of(foldedLines));
    }

    /** Every entry with {@code name} (any spelling the gazetteer knows, or a folded romanisation of one). */
    public List<GazetteerEntry> lookup(String name) {
        String key = PlaceNames.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        int[] found = exact.get(key);
        if (found.length == 0) {
            String fold = PlaceNames.fold(key);
            found = union(exact.get(fold), folded.get(fold));
        }
        List<GazetteerEntry> entries = new ArrayList<>(found.length);
        for (int i : found) {
            entries.add(entry(i));
        }
        return entries;
    }

    /** The country an English demonym names: "Chilean" → "CL". */
    public Optional<String> countryOfDemonym(String adjective) {
        return Optional.ofNullable(demonyms.get(PlaceNames.key(adjective)));
    }

    /** The country with ISO code {@code code}. */
    public Optional<GazetteerEntry> country(String code) {
        return Optional.ofNullable(countryByCode.get(code)).map(this::entry);
    }

    /** The admin-1 region of a country by its GeoNames admin-1 code, e.g. ("US", "TX") → Texas. */
    public Optional<GazetteerEntry> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1ByCode.get(countryCode + "." + admin1Code)).map(this::entry);
    }

    /** Number of entries. */
    public int size() {
        return names.length;
    }

    private GazetteerEntry entry(int i) {
        PlacePrecision precision = switch (kinds[i]) {
            case 'A' -> PlacePrecision.ADMIN1;
            case 'C' -> PlacePrecision.COUNTRY;
            case 'R' -> PlacePrecision.REGION;
            default -> PlacePrecision.CITY;
        };
        return new GazetteerEntry(ids[i] == 0 ? null : (long) ids[i], names[i], lats[i], lons[i], featureClasses[i],
                featureCodes[i], countries[i], admin1s[i], populations[i], precision);
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    /** The place rows as read, in growing arrays. */
    private static final class Rows {
        int size;
        int[] ids = new int[1 << 18];
        String[] names = new String[ids.length];
        float[] lats = new float[ids.length];
        float[] lons = new float[ids.length];
        String[] featureClasses = new String[ids.length];
        String[] featureCodes = new String[ids.length];
        String[] countries = new String[ids.length];
        String[] admin1s = new String[ids.length];
        long[] populations = new long[ids.length];
        byte[] kinds = new byte[ids.length];
        final Map<String, String> demonyms = new HashMap<>();
        final Map<String, Integer> countryByCode = new HashMap<>();
        final Map<String, Integer> admin1ByCode = new HashMap<>();
        private final Map<String, String> interned = new HashMap<>();

        void add(String[] f) {
            if (f.length < 11) {
                return;
            }
            if (size == ids.length) {
                grow();
            }
            int i = size++;
            byte kind = (byte) f[0].charAt(0);
            kinds[i] = kind;
            ids[i] = Integer.parseInt(f[1]);
            names[i] = f[2];
            lats[i] = Float.parseFloat(f[3]);
            lons[i] = Float.parseFloat(f[4]);
            featureClasses[i] = intern(f[5]);
            featureCodes[i] = intern(f[6]);
            countries[i] = intern(f[7]);
            admin1s[i] = intern(f[8]);
            populations[i] = Long.parseLong(f[9]);
            if (kind == 'C') {
                countryByCode.put(f[7], i);
                if (!f[10].isEmpty()) {
                    for (String demonym : f[10].split("\\|")) {
                        demonyms.put(demonym, f[7]);
                    }
                }
            } else if (kind == 'A') {
                admin1ByCode.putIfAbsent(f[7] + "." + f[8], i);
            }
        }

        private void grow() {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            names = Arrays.copyOf(names, n);
            lats = Arrays.copyOf(lats, n);
            lons = Arrays.copyOf(lons, n);
            featureClasses = Arrays.copyOf(featureClasses, n);
            featureCodes = Arrays.copyOf(featureCodes, n);
            countries = Arrays.copyOf(countries, n);
            admin1s = Arrays.copyOf(admin1s, n);
            populations = Arrays.copyOf(populations, n);
            kinds = Arrays.copyOf(kinds, n);
        }

        private String intern(String s) {
            return interned.computeIfAbsent(s, k -> k);
        }
    }

    /** Sorted keys with their postings packed into one int array; binary-searched. */
    private static final class KeyIndex {
        private final String[] keys;
        private final int[] starts;
        private final int[] postings;

        private KeyIndex(String[] keys, int[] starts, int[] postings) {
            this.keys = keys;
            this.starts = starts;
            this.postings = postings;
        }

        /** From {@code key<TAB>row,row,…} lines already sorted by key. */
        static KeyIndex of(List<String> lines) {
            String[] keys = new String[lines.size()];
            int[] starts = new int[lines.size() + 1];
            int[] postings = new int[lines.size() + lines.size() / 2];
            int at = 0;
            for (int k = 0; k < keys.length; k++) {
                String line = lines.get(k);
                int tab = line.indexOf('\t');
                keys[k] = line.substring(0, tab);
                starts[k] = at;
                int value = 0;
                for (int c = tab + 1; c <= line.length(); c++) {
                    char ch = c < line.length() ? line.charAt(c) : ',';
                    if (ch == ',') {
                        if (at == postings.length) {
                            postings = Arrays.copyOf(postings, postings.length * 2);
                        }
                        postings[at++] = value;
                        value = 0;
                    } else {
                        value = value * 10 + (ch - '0');
                    }
                }
            }
            starts[keys.length] = at;
            return new KeyIndex(keys, starts, Arrays.copyOf(postings, at));
        }

        int[] get(String key) {
            int k = Arrays.binarySearch(keys, key);
            return k < 0 ? new int[0] : Arrays.copyOfRange(postings, starts[k], starts[k + 1]);
        }
    }
}
