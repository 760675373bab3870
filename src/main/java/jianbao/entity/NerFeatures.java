package jianbao.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import jianbao.typography.Typography;

/**
 * The sequence model's view of a passage: for every char, a fixed number of
 * feature keys (64-bit hashes of a template and its values; 0 for a feature
 * that does not apply). Characters and their neighbours, HanLP's word and part
 * of speech around the char, and what our lists say about the text there:
 * surnames, given-name and transliteration chars, offices and speech verbs
 * beside a word, organisation and place heads ending at or after the char,
 * official division names covering it, how HanLP's dictionary knows the word.
 * The keys are computed the same way at training and at run time, so the
 * templates are the model's contract: changing one means retraining.
 */
final class NerFeatures {
    /** templates per char; the model file records it and refuses a mismatch */
    static final int TEMPLATES = 44;
    /** the first template that reads the recognisers' proposals (one per recogniser, up to four, then two joint ones) */
    private static final int PROPOSED = 38;
    /** bumped whenever a template changes meaning */
    static final int VERSION = 3;

    private static final int B = 0, M = 1, E = 2, S = 3;
    private final Lexicons lex;

    NerFeatures(Lexicons lex) {
        this.lex = lex;
    }

    /** Keys for each char of the passage without any recogniser's proposals. */
    long[] keys(Passage p) {
        return keys(p, null);
    }

    /**
     * Keys for each char of the passage: [char * TEMPLATES + template].
     * {@code proposals} (per recogniser, in a fixed order; null for none) add
     * what each recogniser says of the char: the type it proposes there and
     * where the char sits in the proposal.
     */
    long[] keys(Passage p, java.util.List<java.util.List<Proposal>> proposals) {
        int n = p.text.length();
        long[] k = new long[n * TEMPLATES];
        if (n == 0) return k;
        Around a = around(p);
        for (int i = 0; i < n; i++) {
            window(a.c, i, k, i * TEMPLATES);
            word(p, a, i, k, i * TEMPLATES);
        }
        if (proposals != null) proposed(p, proposals, k);
        return k;
    }

    /**
     * What the templates read around each char, looked up once per passage: the normalised chars,
     * the lexicon heads and titles ending or starting at each offset, the distance to the next
     * organisation and place head, and each token's hashes and dictionary kind.
     */
    private record Around(char[] c, int[] orgEnd, int[] placeEnd, int[] titleBefore, int[] titleAfter, boolean[] cueAfter,
            int[] orgDist, int[] placeDist, long[] orgHead, int[] division, long[] wordHash, long[] natHash, int[] kind) {}

    private Around around(Passage p) {
        String text = p.text;
        int n = text.length();
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = norm(text.charAt(i));
        int[] orgEnd = new int[n], placeEnd = new int[n], titleBefore = new int[n + 1], titleAfter = new int[n + 1];
        boolean[] cueAfter = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            orgEnd[i] = lex.orgSuffixes.longestEndingAt(text, i + 1, Math.max(0, i - 7));
            placeEnd[i] = lex.placeSuffixes.longestEndingAt(text, i + 1, Math.max(0, i - 4));
        }
        for (int i = 0; i <= n; i++) {
            titleBefore[i] = i == 0 ? 0 : lex.titles.longestEndingAt(text, i, Math.max(0, i - 10));
            titleAfter[i] = i == n ? 0 : lex.titles.longestStartingAt(text, i);
            cueAfter[i] = i < n && lex.personCues.longestStartingAt(text, i) > 0;
        }
        int[] orgDist = distance(text, orgEnd), placeDist = distance(text, placeEnd);
        // the org head that ends the stretch: which head, not only how far (…局 / …公司 / …队)
        // (each head hashed once where it ends, not once per char before it)
        long[] headEnding = new long[n], orgHead = new long[n];
        for (int e = 0; e < n; e++) if (orgEnd[e] > 0) headEnding[e] = hash(text.substring(e + 1 - orgEnd[e], e + 1));
        for (int i = 0; i < n; i++) orgHead[i] = orgDist[i] >= 99 ? 0 : headEnding[i + orgDist[i]];
        // per token: dictionary kind, hashes of the word and its nature
        int tokens = p.size();
        long[] wordHash = new long[tokens], natHash = new long[tokens];
        int[] kind = new int[tokens];
        for (int t = 0; t < tokens; t++) {
            wordHash[t] = hash(p.word[t]);
            natHash[t] = hash(p.nature[t]);
            kind[t] = p.len(t) <= 4 ? HanDict.kind(p.word[t]) : 4;
        }
        return new Around(c, orgEnd, placeEnd, titleBefore, titleAfter, cueAfter, orgDist, placeDist, orgHead, divisions(p),
                wordHash, natHash, kind);
    }

    /** Templates 0–11: the chars in a window of five around char i, alone, in pairs and as types. */
    private static void window(char[] c, int i, long[] k, int o) {
        char c0 = c[i], cm1 = at(c, i - 1), cm2 = at(c, i - 2), cp1 = at(c, i + 1), cp2 = at(c, i + 2);
        k[o] = key(0, 0, 0, 0);
        k[o + 1] = key(1, cm2, 0, 0);
        k[o + 2] = key(2, cm1, 0, 0);
        k[o + 3] = key(3, c0, 0, 0);
        k[o + 4] = key(4, cp1, 0, 0);
        k[o + 5] = key(5, cp2, 0, 0);
        k[o + 6] = key(6, cm2, cm1, 0);
        k[o + 7] = key(7, cm1, c0, 0);
        k[o + 8] = key(8, c0, cp1, 0);
        k[o + 9] = key(9, cp1, cp2, 0);
        k[o + 10] = key(10, cm1, c0, cp1);
        k[o + 11] = key(11, type(cm1) * 8 + type(c0), type(cp1), 0);
    }

    /** Templates 12–37: char i's HanLP word, its neighbours and natures, and the lexicons around it. */
    private void word(Passage p, Around a, int i, long[] k, int o) {
        String text = p.text;
        int n = text.length();
        int tokens = p.size();
        int t = p.tokenAt[i];
        long[] natHash = a.natHash, wordHash = a.wordHash;
        int pos = t < 0 ? S : p.len(t) == 1 ? S : i == p.start[t] ? B : i == p.end[t] - 1 ? E : M;
        long nat = t < 0 ? 1 : natHash[t];
        long word = t < 0 ? 1 : wordHash[t];
        long prevNat = t <= 0 ? 2 : natHash[t - 1], nextNat = t < 0 || t + 1 >= tokens ? 2 : natHash[t + 1];
        long prevWord = t <= 0 ? 2 : wordHash[t - 1], nextWord = t < 0 || t + 1 >= tokens ? 2 : wordHash[t + 1];
        char c0 = a.c[i], cm1 = at(a.c, i - 1);
        int len = t < 0 ? 1 : Math.min(p.len(t), 6);
        int ws = t < 0 ? i : p.start[t], we = t < 0 ? i + 1 : p.end[t];
        k[o + 12] = key(12, pos, nat, 0);
        k[o + 13] = key(13, pos, nat, len);
        k[o + 14] = key(14, pos, word, 0);
        k[o + 15] = key(15, pos, prevNat, nat);
        k[o + 16] = key(16, pos, nat, nextNat);
        k[o + 17] = key(17, pos, prevWord, 0);
        k[o + 18] = key(18, pos, nextWord, 0);
        k[o + 19] = key(19, pos, nat, c0);
        k[o + 20] = key(20, lex.surnameAt(text, i), pos, i > 0 && ws == i ? 1 : 0);
        // an office or role word right before the word / right after it, and where the char sits in the word
        k[o + 21] = key(21, Math.min(a.titleBefore[ws], 4), pos, 0);
        k[o + 22] = key(22, Math.min(a.titleAfter[we < n + 1 ? we : n], 4), pos, 0);
        k[o + 23] = key(23, a.titleBefore[i] > 0 ? 1 : 0, a.titleAfter[i + 1 <= n ? i + 1 : n] > 0 ? 1 : 0, a.cueAfter[we] ? 1 : 0);
        k[o + 24] = key(24, a.orgEnd[i], pos, 0);
        k[o + 25] = key(25, a.placeEnd[i], pos, 0);
        k[o + 26] = key(26, bucket(a.orgDist[i]), bucket(a.placeDist[i]), 0);
        k[o + 27] = key(27, bucket(a.orgDist[i]), pos, nat);
        k[o + 28] = key(28, a.division[i], 0, 0);
        k[o + 29] = key(29, flags(text, i), pos, 0);
        k[o + 30] = key(30, t < 0 ? 5 : a.kind[t], pos, len);
        k[o + 31] = key(31, charNature(text.charAt(i)), pos, 0);
        k[o + 32] = key(32, cm1, c0, pos);
        k[o + 33] = key(33, charNature(at(text, i - 1)) * 64 + charNature(at(text, i + 1)), charNature(text.charAt(i)), 0);
        k[o + 34] = key(34, a.orgHead[i], bucket(a.orgDist[i]), 0);
        k[o + 35] = key(35, t <= 1 ? 2 : natHash[t - 2], prevNat, pos);
        k[o + 36] = key(36, prevWord, word, pos);
        k[o + 37] = key(37, word, nextWord, pos);
    }

    /**
     * For each char and recogniser, the longest proposal covering the char: its
     * type, kind of evidence and where the char sits in it; then all
     * recognisers' types and places together, alone and with the char's place
     * in its HanLP word.
     */
    private static void proposed(Passage p, java.util.List<java.util.List<Proposal>> proposals, long[] k) {
        int n = p.length();
        int families = Math.min(4, proposals.size());
        int[][] fine = new int[families][n], coarse = new int[families][n];
        for (int r = 0; r < families; r++) {
            int[] len = new int[n];
            for (Proposal x : proposals.get(r)) {
                int l = x.end() - x.start();
                for (int i = x.start(); i < x.end() && i < n; i++) {
                    if (len[i] >= l) continue;
                    len[i] = l;
                    int part = l == 1 ? 4 : i == x.start() ? 1 : i == x.end() - 1 ? 3 : 2;
                    coarse[r][i] = (x.type().ordinal() + 1) * 5 + part;
                    fine[r][i] = ((x.type().ordinal() + 1) * Proposal.KINDS + x.kind()) * 5 + part;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int o = i * TEMPLATES;
            long all = 0;
            for (int r = 0; r < families; r++) {
                all = all * 32 + coarse[r][i];
                if (fine[r][i] != 0) k[o + PROPOSED + r] = key(PROPOSED + r, fine[r][i], 0, 0);
            }
            if (all != 0) {
                int t = p.tokenAt[i];
                int pos = t < 0 ? S : p.len(t) == 1 ? S : i == p.start[t] ? B : i == p.end[t] - 1 ? E : M;
                k[o + PROPOSED + 4] = key(PROPOSED + 4, all, 0, 0);
                k[o + PROPOSED + 5] = key(PROPOSED + 5, all, pos, 0);
            }
        }
    }

    /** Chars to the nearest head end at or after i within the clause (no punctuation between), or 99. */
    private static int[] distance(String text, int[] ends) {
        int n = text.length();
        int[] d = new int[n];
        int next = 99;
        for (int i = n - 1; i >= 0; i--) {
            if (ends[i] > 0) next = 0;
            else if (clauseBreak(text.charAt(i))) next = 99;
            else if (next < 99) next++;
            d[i] = next;
        }
        return d;
    }

    private static int bucket(int d) {
        return d < 4 ? d : d < 6 ? 4 : d < 10 ? 5 : d < 99 ? 6 : 7;
    }

    private static boolean clauseBreak(char c) {
        return "，。、；：！？“”（）()《》,.;:!?　 ".indexOf(c) >= 0;
    }

    /**
     * Where each char sits in the longest official division name covering it
     * (1 begin, 2 inside, 3 end), times 8, plus the name's length up to 7; 0 outside.
     */
    private int[] divisions(Passage p) {
        String text = p.text;
        int n = text.length();
        int[] out = new int[n];
        for (int s = 0; s < n; s++) {
            long names = p.divisions[s] & ~3L;   // names of two chars or more
            if (names == 0) continue;
            int len = 63 - Long.numberOfLeadingZeros(names);   // the longest
            if (out[s] != 0 && (out[s] & 7) >= len) continue;
            for (int i = s; i < s + len; i++) out[i] = (i == s ? 1 : i == s + len - 1 ? 3 : 2) * 8 + Math.min(len, 7);
        }
        return out;
    }

    private int flags(String text, int i) {
        char ch = text.charAt(i);
        return (lex.givenChar(ch) ? 1 : 0) | (lex.translitChar(ch) ? 2 : 0)
                | (lex.abbreviationChar(ch) ? 4 : 0);
    }

    private static final byte[] CHAR_NATURE = new byte[Character.MAX_VALUE + 1];

    /** The nature HanLP's core dictionary gives the char most often as a word of its own, as a small id (0 unknown). */
    static int charNature(char ch) {
        byte b = CHAR_NATURE[ch];
        if (b != 0) return b & 0x3f;
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(ch));
        int id = 1;
        if (a != null && a.nature.length > 0) {
            int top = 0;
            for (int j = 1; j < a.nature.length; j++) if (a.frequency[j] > a.frequency[top]) top = j;
            String nat = a.nature[top].toString();
            id = 2 + Math.floorMod(nat.hashCode(), 60);
        }
        CHAR_NATURE[ch] = (byte) id;   // a benign race: every thread computes the same id
        return id;
    }

    private static char at(char[] c, int i) {
        return i < 0 ? '\u0002' : i >= c.length ? '\u0003' : c[i];
    }

    private static char at(String s, int i) {
        return i < 0 || i >= s.length() ? '\u0002' : s.charAt(i);
    }

    /** Full-width ASCII to half-width, digits to 0, Latin letters to lower case. */
    static char norm(char ch) {
        if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
        if (ch == '\u3000') ch = ' ';
        if (ch >= '0' && ch <= '9') return '0';
        if (ch >= 'A' && ch <= 'Z') return (char) (ch + 32);
        return ch;
    }

    private static int type(char ch) {
        if (ch == '\u0002' || ch == '\u0003') return 0;
        if (ch == '0') return 1;
        if (ch >= 'a' && ch <= 'z') return 2;
        if ("一二三四五六七八九十百千万亿零〇两".indexOf(ch) >= 0) return 3;
        if (ch == '·' || ch == '•') return 4;
        if (Typography.isHan(ch)) return 5;
        return 6;
    }

    static long hash(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L;
        return mix(h);
    }

    /** One key from a template and up to three values: odd multipliers keep the values apart, one mix spreads the bits. */
    static long key(int template, long a, long b, long c) {
        long h = mix(template * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L + c * 0xD6E8FEB86659FD93L);
        return h == 0 ? 1 : h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
