package jianbao.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character-level averaged perceptron over BIOES tags (O, then B/I/E/S for
 * person, organisation, place): per feature key one weight per tag, per tag
 * pair one weight, decoded by Viterbi under the BIOES constraints. Weights are
 * 10-bit integers times one scale, summed as integers, so the same input
 * always gives the same tags. Immutable once read.
 * <p>In memory the model is one open-addressing table of 16-byte slots, four
 * to a cache line: two longs whose bytes hold the key's 13 weights (plus a
 * bias of 128, so every byte stays positive) and, in the top three bytes, a
 * 23-bit fingerprint of the key and a flag. A char's weights are summed four
 * lanes at a time with plain long additions, even and odd bytes apart (44
 * keys of at most 255 never carry out of a 16-bit lane). The model is as fast
 * as its memory, so the slots are small: 99.6% of the shipped keys weigh less
 * than 128 on every tag; the few that do not are flagged, and their slot's
 * first long holds the row of their 10-bit weights in a small side table. A Bloom
 * filter in front spares the table most keys it lacks.
 */
final class NerModel {
    static final int TAGS = 13, O = 0;
    private static final EntityType[] TYPES = EntityType.values();
    private static final int MAGIC = 0x4A424E52;   // "JBNR"
    private static final int FORMAT = 3;
    /** weights are integers in [-LIMIT, LIMIT]; in the side table stored plus BIAS in 16-bit lanes */
    private static final int LIMIT = 511, BIAS = 512;
    /** a table slot: two longs; each weight a byte plus BYTE_BIAS, tags 0-7 in the first long, 8-12 in the second */
    private static final int SLOT = 2, BYTE_LIMIT = 127, BYTE_BIAS = 128;
    /** in a slot's second long: the wide flag, then the fingerprint above it (bits 41-63) */
    private static final int FLAG_BIT = 40, FP_SHIFT = 41, FP_MASK = 0x7FFFFF;
    /** the even (or, shifted by 8, odd) bytes of a long, and of a second long's five weight bytes */
    private static final long EVEN = 0x00FF00FF00FF00FFL, EVEN_HIGH = 0x000000FF00FF00FFL, ODD_HIGH = 0x0000000000FF00FFL;
    /** in the side table: 4 longs of 16-bit lanes per wide key, tag t in lane t & 3 of long t >> 2 */
    private static final int WIDE_SLOT = 4;

    private final long[] table;
    private final int mask;
    private final long[] wide;
    /**
     * A Bloom filter of the keys, 4 to 8 bits a key (7 in the shipped model), two set per key in one long: a sixth of the keys
     * asked are not in the model, and most of those are told so from this small array without a
     * probe of the large table (a probe that misses costs a cache miss or more).
     */
    private final long[] filter;
    private final float scale;
    private final float[] transitions;   // [prev * TAGS + tag], already scaled
    /** what the model was trained on and how */
    final String about;
    /** whether the model reads the recognisers' proposals as features (trained so) */
    final boolean readsRules;
    /** feature keys with weights */
    final int size;

    static {
        if (NerFeatures.TEMPLATES * (BIAS + LIMIT) > 0xFFFF || NerFeatures.TEMPLATES * 0xFF > 0xFFFF)
            throw new AssertionError("lane sums would carry");
    }

    private NerModel(long[] table, long[] wide, long[] filter, int size, float scale, float[] transitions,
            String about, boolean readsRules) {
        this.table = table;
        this.wide = wide;
        this.filter = filter;
        this.mask = table.length / SLOT - 1;
        this.size = size;
        this.scale = scale;
        this.transitions = transitions;
        this.about = about;
        this.readsRules = readsRules;
    }

    static int tag(EntityType type, char bioes) {
        return 1 + 4 * type.ordinal() + "BIES".indexOf(bioes);
    }

    static EntityType type(int tag) {
        return tag == O ? null : TYPES[(tag - 1) / 4];
    }

    /** 0 B, 1 I, 2 E, 3 S; -1 for O. */
    static int part(int tag) {
        return tag == O ? -1 : (tag - 1) % 4;
    }

    /** Whether tag may follow prev (prev -1: the passage starts). */
    static boolean allowed(int prev, int tag) {
        boolean open = prev >= 0 && (part(prev) == 0 || part(prev) == 1);
        if (!open) return tag == O || part(tag) == 0 || part(tag) == 3;
        return (part(tag) == 1 || part(tag) == 2) && type(tag) == type(prev);
    }

    static boolean mayEnd(int tag) {
        return tag == O || part(tag) == 2 || part(tag) == 3;
    }

    /** The best tags for a passage's chars, from their feature keys ({@link NerFeatures}). */
    int[] tags(long[] keys, int n, int[] forced) {
        return tags(emissions(keys, n), n, forced);
    }

    /**
     * The best tags from per-char tag scores ({@link #emissions}), with {@code forced[i]} (when 0 or
     * more) the only tag char i may take. The scores are read, not changed: a second reading with
     * tags forced reuses them.
     */
    int[] tags(float[] emissions, int n, int[] forced) {
        if (forced == null) return decode(emissions, n, transitions);
        float[] emission = emissions.clone();
        for (int i = 0; i < n; i++) {
            if (forced[i] < 0) continue;
            for (int t = 0, e = i * TAGS; t < TAGS; t++) if (t != forced[i]) emission[e + t] = Float.NEGATIVE_INFINITY;
        }
        return decode(emission, n, transitions);
    }

    /** Per-char tag scores [i * TAGS + tag] from the chars' feature keys: the model's memory-bound half. */
    float[] emissions(long[] keys, int n) {
        int k = NerFeatures.TEMPLATES;
        float[] emission = new float[n * TAGS];
        int[] home = new int[k];
        long[] top = new long[k];
        long[] sums = new long[4], wideSums = new long[WIDE_SLOT];
        for (int i = 0; i < n; i++) {
            // every key's home slot first, then the longs holding their fingerprints, then the sums: one
            // char's loads are independent of each other, so their cache misses overlap
            int o = i * k;
            for (int f = 0; f < k; f++) home[f] = ((int) (keys[o + f] >>> 32) & mask) * SLOT;
            for (int f = 0; f < k; f++) top[f] = keys[o + f] != 0 && mayHave(keys[o + f]) ? table[home[f] + 1] : 0;
            long even = 0, odd = 0, evenHigh = 0, oddHigh = 0;
            int matched = 0, wideMatched = 0;
            for (int f = 0; f < k; f++) {
                long key = keys[o + f];
                if (top[f] == 0) continue;
                int s = (int) (top[f] >>> FP_SHIFT) == fingerprint(key) ? home[f] : find(key);
                if (s < 0) continue;
                long low = table[s], high = table[s + 1];
                if ((high >>> FLAG_BIT & 1) != 0) {
                    addWide((int) low, wideSums);
                    wideMatched++;
                    continue;
                }
                even += low & EVEN;
                odd += low >>> 8 & EVEN;
                evenHigh += high & EVEN_HIGH;
                oddHigh += high >>> 8 & ODD_HIGH;
                matched++;
            }
            sums[0] = even; sums[1] = odd; sums[2] = evenHigh; sums[3] = oddHigh;
            int base = BYTE_BIAS * matched, wideBase = BIAS * wideMatched, e = i * TAGS;
            for (int t = 0; t < TAGS; t++) {
                int sum = lane(sums[(t >> 3 << 1) + (t & 1)], (t & 7) >> 1) - base;
                if (wideMatched > 0) sum += lane(wideSums[t >> 2], t & 3) - wideBase;
                emission[e + t] = sum * scale;
            }
            if (wideMatched > 0) java.util.Arrays.fill(wideSums, 0);
        }
        return emission;
    }

    private static int lane(long sums, int lane) {
        return (int) (sums >>> (16 * lane)) & 0xFFFF;
    }

    /** Adds a flagged key's weights, kept in the side table at the row its slot names, to the side sums. */
    private void addWide(int row, long[] wideSums) {
        int o = row * WIDE_SLOT;
        for (int j = 0; j < WIDE_SLOT; j++) wideSums[j] += wide[o + j];
    }

    private boolean mayHave(long key) {
        long bits = filterBits(key);
        return (filter[filterWord(key, filter.length)] & bits) == bits;
    }

    /** The filter's long for a key, from bits the table does not choose a slot by. */
    private static int filterWord(long key, int words) {
        return (int) (key >>> 8) & words - 1;
    }

    private static long filterBits(long key) {
        return 1L << (key >>> 52) | 1L << (key >>> 58);
    }

    /** Index of the key's slot in the table, or -1. */
    private int find(long key) {
        int fp = fingerprint(key);
        for (int slot = (int) (key >>> 32) & mask; ; slot = (slot + 1) & mask) {
            long top = table[slot * SLOT + 1];
            if ((int) (top >>> FP_SHIFT) == fp) return slot * SLOT;
            if (top == 0) return -1;
        }
    }

    private static int fingerprint(long key) {
        int fp = (int) key & FP_MASK;
        return fp == 0 ? 1 : fp;
    }

    /** The spans of a tag sequence. */
    static List<Span> spans(int[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int part = part(tags[i]);
            if (part == 0) start = i;
            else if (part == 3) out.add(new Span(type(tags[i]), i, i + 1));
            else if (part == 2 && start >= 0) {
                out.add(new Span(type(tags[i]), start, i + 1));
                start = -1;
            }
        }
        return out;
    }

    /** Tags may follow: PREV[t] lists the tags allowed right before t. */
    private static final int[][] PREV = new int[TAGS][];
    static {
        for (int t = 0; t < TAGS; t++) {
            int[] l = new int[TAGS];
            int c = 0;
            for (int q = 0; q < TAGS; q++) if (allowed(q, t)) l[c++] = q;
            PREV[t] = java.util.Arrays.copyOf(l, c);
        }
    }

    /** Best tag sequence under the BIOES constraints for per-char tag scores [i * TAGS + tag] and tag-pair scores. */
    static int[] decode(float[] emission, int n, float[] trans) {
        int[] out = new int[n];
        if (n == 0) return out;
        int[] back = new int[n * TAGS];
        float[] best = new float[TAGS], next = new float[TAGS];
        for (int t = 0; t < TAGS; t++) best[t] = allowed(-1, t) ? emission[t] : Float.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            int o = i * TAGS;
            for (int t = 0; t < TAGS; t++) {
                float b = Float.NEGATIVE_INFINITY;
                int arg = O;
                for (int q : PREV[t]) {
                    float v = best[q] + trans[q * TAGS + t];
                    if (v > b) { b = v; arg = q; }
                }
                next[t] = b + emission[o + t];
                back[o + t] = arg;
            }
            float[] x = best; best = next; next = x;
        }
        int last = O;
        float b = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) if (mayEnd(t) && best[t] > b) { b = best[t]; last = t; }
        out[n - 1] = last;
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * TAGS + out[i]];
        return out;
    }

    /** Training's decoder: float weights [row * TAGS + tag], feature rows [i * k + template] (-1 none). */
    static int[] decode(int[] rows, int n, int k, float[] w, float[] trans) {
        float[] emission = new float[n * TAGS];
        for (int i = 0; i < n; i++) {
            int o = i * TAGS;
            for (int f = i * k, fe = f + k; f < fe; f++) {
                int r = rows[f];
                if (r < 0) continue;
                for (int t = 0, wo = r * TAGS; t < TAGS; t++) emission[o + t] += w[wo + t];
            }
        }
        return decode(emission, n, trans);
    }

    /**
     * Writes a model: gzip of a header, the scale, the scaled tag-pair weights,
     * then the keys in ascending order as deltas, each with a mask of the tags
     * it weighs and those weights as integers in [-511, 511]. Keys whose weights all
     * round to zero are left out. Deterministic: the same weights give the same bytes.
     */
    static void write(OutputStream target, long[] sortedKeys, float[] weights, float[] transitions, String about, boolean readsRules)
            throws IOException {
        float max = 0;
        for (float x : weights) max = Math.max(max, Math.abs(x));
        for (float x : transitions) max = Math.max(max, Math.abs(x));
        float scale = max == 0 ? 1 : max / LIMIT;
        int kept = 0;
        for (int r = 0; r < sortedKeys.length; r++) if (quantizedMask(weights, r, scale) != 0) kept++;
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(NerFeatures.VERSION);
        out.writeInt(NerFeatures.TEMPLATES);
        out.writeInt(TAGS);
        out.writeUTF(about);
        out.writeBoolean(readsRules);
        out.writeFloat(scale);
        for (float t : transitions) out.writeInt(Math.round(t / scale));
        out.writeInt(kept);
        long prev = 0;
        for (int r = 0; r < sortedKeys.length; r++) {
            int mask = quantizedMask(weights, r, scale);
            if (mask == 0) continue;
            writeVarLong(out, sortedKeys[r] - prev);
            prev = sortedKeys[r];
            out.writeShort(mask);
            for (int t = 0; t < TAGS; t++) if ((mask & 1 << t) != 0) out.writeShort(quantize(weights[r * TAGS + t], scale));
        }
        out.flush();
        gz.finish();
    }

    private static int quantizedMask(float[] w, int r, float scale) {
        int mask = 0;
        for (int t = 0; t < TAGS; t++) if (quantize(w[r * TAGS + t], scale) != 0) mask |= 1 << t;
        return mask;
    }

    private static short quantize(float w, float scale) {
        return (short) Math.max(-LIMIT, Math.min(LIMIT, Math.round(w / scale)));
    }

    static NerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) throw new IOException("not a jianbao NER model of this format");
        int version = in.readInt(), templates = in.readInt(), tags = in.readInt();
        if (version != NerFeatures.VERSION || templates != NerFeatures.TEMPLATES || tags != TAGS)
            throw new IOException("NER model built for feature version " + version + " (" + templates + " templates), this build reads "
                    + NerFeatures.VERSION + " (" + NerFeatures.TEMPLATES + "): retrain it with jianbao train-ner");
        String about = in.readUTF();
        boolean readsRules = in.readBoolean();
        float scale = in.readFloat();
        float[] trans = new float[TAGS * TAGS];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readInt() * scale;
        int n = in.readInt();
        // at most 60% full: a key the model lacks is found missing after a few probes, most in the same cache line
        int slots = Integer.highestOneBit(Math.max(2, n * 5 / 3) - 1) << 1;
        long[] table = new long[slots * SLOT];
        long[] filter = new long[Math.max(1, Integer.highestOneBit(n) / 8)];
        long[] wide = new long[0];
        int wideKeys = 0;
        long key = 0;
        int[] weights = new int[TAGS];
        for (int r = 0; r < n; r++) {
            key += readVarLong(in);
            filter[filterWord(key, filter.length)] |= filterBits(key);
            java.util.Arrays.fill(weights, 0);
            int tagMask = in.readUnsignedShort();
            for (int t = 0; t < TAGS; t++) if ((tagMask & 1 << t) != 0) weights[t] = in.readShort();
            boolean fits = true;
            for (int w : weights) fits &= Math.abs(w) <= BYTE_LIMIT;
            if (fits) {
                long low = 0, high = 0;
                for (int t = 0; t < 8; t++) low |= (long) (weights[t] + BYTE_BIAS) << (8 * t);
                for (int t = 8; t < TAGS; t++) high |= (long) (weights[t] + BYTE_BIAS) << (8 * (t - 8));
                place(table, slots - 1, key, low, high);
                continue;
            }
            int row = wideKeys++;
            if (wideKeys * WIDE_SLOT > wide.length) wide = java.util.Arrays.copyOf(wide, Math.max(64, wide.length * 2));
            for (int t = 0; t < TAGS; t++) wide[row * WIDE_SLOT + (t >> 2)] |= (long) (weights[t] + BIAS) << (16 * (t & 3));
            place(table, slots - 1, key, row, 1L << FLAG_BIT);   // in the table the key only says where its weights are
        }
        return new NerModel(table, wide, filter, n, scale, trans, about, readsRules);
    }

    /** Puts a slot's first long and second long's low bits (weights or side-table row, flag), with the key's fingerprint, in the first free slot from its home. */
    private static void place(long[] table, int mask, long key, long low, long high) {
        int slot = (int) (key >>> 32) & mask;
        while (table[slot * SLOT + 1] != 0) slot = (slot + 1) & mask;
        table[slot * SLOT] = low;
        table[slot * SLOT + 1] = high | (long) fingerprint(key) << FP_SHIFT;
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }
}
