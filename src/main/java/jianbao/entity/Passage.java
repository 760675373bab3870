package jianbao.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.List;

/**
 * A passage segmented once by HanLP: token offsets and natures, plus a char to
 * token map so the finders can test word boundaries in constant time.
 */
final class Passage {
    final String text;
    final int[] start, end;
    final String[] word, nature;
    /** token index covering each char, -1 for chars HanLP dropped */
    final int[] tokenAt;
    /** per char, the lengths of the division names starting there as a bit set (see {@link Lexicons#divisionsAt}) */
    final long[] divisions;

    Passage(String text, List<Term> terms) {
        this(text, terms, Lexicons.get().divisionsAt(text));
    }

    Passage(String text, List<Term> terms, long[] divisions) {
        this.text = text;
        this.divisions = divisions;
        int n = terms.size();
        start = new int[n];
        end = new int[n];
        word = new String[n];
        nature = new String[n];
        tokenAt = new int[text.length()];
        Arrays.fill(tokenAt, -1);
        for (int i = 0; i < n; i++) {
            Term t = terms.get(i);
            start[i] = t.offset;
            end[i] = t.offset + t.length();
            word[i] = t.word;
            nature[i] = t.nature == null ? "x" : t.nature.toString();
            for (int c = start[i]; c < end[i] && c < tokenAt.length; c++) tokenAt[c] = i;
        }
    }

    int size() {
        return start.length;
    }

    int length() {
        return text.length();
    }

    /** True when a token boundary falls at char position {@code pos}. */
    boolean boundary(int pos) {
        if (pos <= 0 || pos >= text.length()) return true;
        int a = tokenAt[pos - 1], b = tokenAt[pos];
        return a < 0 || b < 0 || a != b;
    }

    /** Index of the token starting exactly at {@code pos}, or -1. */
    int tokenStartingAt(int pos) {
        if (pos < 0 || pos >= text.length()) return -1;
        int t = tokenAt[pos];
        return t >= 0 && start[t] == pos ? t : -1;
    }

    /** Index of the token ending exactly at {@code pos}, or -1. */
    int tokenEndingAt(int pos) {
        if (pos <= 0 || pos > text.length()) return -1;
        int t = tokenAt[pos - 1];
        return t >= 0 && end[t] == pos ? t : -1;
    }

    int len(int t) {
        return end[t] - start[t];
    }

    boolean is(int t, String prefix) {
        return nature[t].startsWith(prefix);
    }

    /** Natures of function words: they never sit inside a name, title or organisation. */
    boolean functional(int t) {
        String n = nature[t];
        if (n.isEmpty()) return true;
        switch (n.charAt(0)) {
            case 'w': case 'p': case 'c': case 'u': case 'd': case 'r': case 't':
            case 'm': case 'q': case 'y': case 'e': case 'o':
                return true;
            default:
                return n.equals("vshi") || n.equals("vyou") || n.equals("dl");
        }
    }

    boolean verb(int t) {
        String n = nature[t];
        return n.startsWith("v") && !n.equals("vn") && !n.equals("vg");
    }

    boolean institution(int t) {
        return nature[t].startsWith("ni") || nature[t].startsWith("nt");   // nis, nit (schools), nic (branches), nt*
    }

    static boolean openBracket(char c) {
        return c == '（' || c == '(';
    }

    static boolean closeBracket(char c) {
        return c == '）' || c == ')';
    }

    /** Start of the bracket pair closing just before {@code close}, or -1 if it is not a short inline one. */
    int matchingOpen(int close, int floor) {
        for (int i = close - 2, lim = Math.max(floor, close - 14); i >= lim; i--) {
            char c = text.charAt(i);
            if (openBracket(c)) return i;
            if (closeBracket(c) || "，。；：、！？".indexOf(c) >= 0) return -1;
        }
        return -1;
    }
}
