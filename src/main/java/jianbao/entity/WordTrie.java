package jianbao.entity;

import java.util.BitSet;

/**
 * Character trie kept in both reading directions, so a lexicon can be asked
 * "which word starts here" and "which word ends here" in time bounded by the
 * longest word, never by the lexicon size. Asked at nearly every char of every
 * passage, so it holds no objects: nodes are numbers, and each direction's
 * edges are one open-addressing map from (node, char) to the child node.
 */
final class WordTrie {
    /** One reading direction: node 0 is the root. */
    private static final class Edges {
        final LongIntMap next = new LongIntMap(64);
        final BitSet word = new BitSet();
        int nodes = 1;

        /** The child of node by char c, -1 if none. */
        int child(int node, char c) {
            return next.get(edge(node, c));
        }

        int addChild(int node, char c) {
            int child = next.putIfAbsent(edge(node, c), nodes);
            if (child == nodes) nodes++;
            return child;
        }

        /** Non-zero, as the map needs; times an odd constant so that the map's slots spread. */
        private static long edge(int node, char c) {
            return ((long) (node + 1) << 16 | c) * 0x9E3779B97F4A7C15L;
        }
    }

    private final Edges forward = new Edges();
    private final Edges backward = new Edges();
    /** first and last chars of the words: most positions are asked about a char no word starts or ends with */
    private final BitSet firsts = new BitSet(), lasts = new BitSet();

    void add(String w) {
        if (w.isEmpty()) return;
        int f = 0, b = 0;
        for (int i = 0; i < w.length(); i++) {
            f = forward.addChild(f, w.charAt(i));
            b = backward.addChild(b, w.charAt(w.length() - 1 - i));
        }
        forward.word.set(f);
        backward.word.set(b);
        firsts.set(w.charAt(0));
        lasts.set(w.charAt(w.length() - 1));
    }

    boolean contains(String w) {
        int n = 0;
        for (int i = 0; i < w.length() && n >= 0; i++) n = forward.child(n, w.charAt(i));
        return n >= 0 && forward.word.get(n);
    }

    /** Length of the longest word starting at {@code from}, 0 if none. */
    int longestStartingAt(CharSequence s, int from) {
        if (from >= s.length() || !firsts.get(s.charAt(from))) return 0;
        int n = 0;
        int best = 0;
        for (int i = from; i < s.length(); i++) {
            n = forward.child(n, s.charAt(i));
            if (n < 0) break;
            if (forward.word.get(n)) best = i - from + 1;
        }
        return best;
    }

    /** Lengths of all words starting at {@code from}, as a bit set (bit k = word of length k). */
    long allStartingAt(CharSequence s, int from) {
        if (from >= s.length() || !firsts.get(s.charAt(from))) return 0;
        int n = 0;
        long bits = 0;
        for (int i = from; i < s.length() && i - from < 63; i++) {
            n = forward.child(n, s.charAt(i));
            if (n < 0) break;
            if (forward.word.get(n)) bits |= 1L << (i - from + 1);
        }
        return bits;
    }

    /** Length of the longest word ending just before {@code end}, not reaching left of {@code floor}. */
    int longestEndingAt(CharSequence s, int end, int floor) {
        if (end <= floor || end > s.length() || !lasts.get(s.charAt(end - 1))) return 0;
        int n = 0;
        int best = 0;
        for (int i = end - 1; i >= floor; i--) {
            n = backward.child(n, s.charAt(i));
            if (n < 0) break;
            if (backward.word.get(n)) best = end - i;
        }
        return best;
    }

    /** Lengths of all words ending just before {@code end}, as a bit set (bit k = word of length k). */
    long allEndingAt(CharSequence s, int end, int floor) {
        if (end <= floor || end > s.length() || !lasts.get(s.charAt(end - 1))) return 0;
        int n = 0;
        long bits = 0;
        for (int i = end - 1; i >= floor && end - i < 64; i--) {
            n = backward.child(n, s.charAt(i));
            if (n < 0) break;
            if (backward.word.get(n)) bits |= 1L << (end - i);
        }
        return bits;
    }
}
