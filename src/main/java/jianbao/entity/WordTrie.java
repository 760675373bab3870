package jianbao.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Character trie kept in both reading directions, so a lexicon can be asked
 * "which word starts here" and "which word ends here" in time bounded by the
 * longest word, never by the lexicon size.
 */
final class WordTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean word;
    }

    private final Node forward = new Node();
    private final Node backward = new Node();
    /** first and last chars of the words: most positions are asked about a char no word starts or ends with */
    private final java.util.BitSet firsts = new java.util.BitSet(), lasts = new java.util.BitSet();

    void add(String w) {
        if (w.isEmpty()) return;
        Node f = forward, b = backward;
        for (int i = 0; i < w.length(); i++) {
            f = f.next.computeIfAbsent(w.charAt(i), c -> new Node());
            b = b.next.computeIfAbsent(w.charAt(w.length() - 1 - i), c -> new Node());
        }
        f.word = true;
        b.word = true;
        firsts.set(w.charAt(0));
        lasts.set(w.charAt(w.length() - 1));
    }

    boolean contains(String w) {
        Node n = forward;
        for (int i = 0; i < w.length() && n != null; i++) n = n.next.get(w.charAt(i));
        return n != null && n.word;
    }

    /** Length of the longest word starting at {@code from}, 0 if none. */
    int longestStartingAt(CharSequence s, int from) {
        if (from >= s.length() || !firsts.get(s.charAt(from))) return 0;
        Node n = forward;
        int best = 0;
        for (int i = from; i < s.length(); i++) {
            n = n.next.get(s.charAt(i));
            if (n == null) break;
            if (n.word) best = i - from + 1;
        }
        return best;
    }

    /** Length of the longest word ending just before {@code end}, not reaching left of {@code floor}. */
    int longestEndingAt(CharSequence s, int end, int floor) {
        if (end <= floor || end > s.length() || !lasts.get(s.charAt(end - 1))) return 0;
        Node n = backward;
        int best = 0;
        for (int i = end - 1; i >= floor; i--) {
            n = n.next.get(s.charAt(i));
            if (n == null) break;
            if (n.word) best = end - i;
        }
        return best;
    }

    /** Lengths of all words ending just before {@code end}, as a bit set (bit k = word of length k). */
    long allEndingAt(CharSequence s, int end, int floor) {
        if (end <= floor || end > s.length() || !lasts.get(s.charAt(end - 1))) return 0;
        Node n = backward;
        long bits = 0;
        for (int i = end - 1; i >= floor && end - i < 64; i--) {
            n = n.next.get(s.charAt(i));
            if (n == null) break;
            if (n.word) bits |= 1L << (end - i);
        }
        return bits;
    }
}
