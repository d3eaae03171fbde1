package org.eventbase.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets and their LSH band keys, for finding near-duplicate articles without comparing
 * every pair. Hand-written (a few dozen lines): no MinHash library is among the packages this project may use.
 * MinHash rather than SimHash because it estimates Jaccard similarity of the shingle sets directly (a threshold that
 * means "this share of the text is the same") and its bands are ready-made index keys.
 * Example: {@code MinHash.STANDARD.signature(TextShingles.of(text))} gives 128 ints; two copies of one article
 * differing by a few cruft lines estimate about 0.8 similarity and share at least one of the 32 band keys.
 */
public final class MinHash {
    /** 128 hash functions in 32 bands of 4 rows: pairs above about 0.5 Jaccard share a band with high probability. */
    public static final MinHash STANDARD = new MinHash(128, 32, 0x5EEDL);

    private final long[] multipliers;
    private final long[] offsets;
    private final int bands;

    public MinHash(int hashes, int bands, long seed) {
        if (hashes % bands != 0) {
            throw new IllegalArgumentException(hashes + " hashes do not split into " + bands + " bands");
        }
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        offsets = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
        this.bands = bands;
    }

    /** The signature: for each hash function the least hash over the shingles ({@code Integer.MAX_VALUE} when empty). */
    public int[] signature(Collection<Long> shingles) {
        int[] signature = new int[multipliers.length];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < multipliers.length; i++) {
                long h = (shingle * multipliers[i] + offsets[i]);
                int value = (int) ((h ^ (h >>> 31)) >>> 33);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two shingle sets: the share of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] && a[i] != Integer.MAX_VALUE ? 1 : 0;
        }
        return same / (double) a.length;
    }

    /** One index key per band ({@code dup:7:1a2b3c4d}): near-duplicates share at least one. */
    public List<String> bandKeys(int[] signature) {
        int rows = signature.length / bands;
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long h = 1125899906842597L;
            boolean empty = true;
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                h = 31 * h + signature[r];
                empty &= signature[r] == Integer.MAX_VALUE;
            }
            if (!empty) {
                keys.add("dup:" + band + ":" + Long.toHexString(h));
            }
        }
        return keys;
    }
}
