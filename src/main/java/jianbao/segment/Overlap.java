package jianbao.segment;

import java.util.Arrays;

/**
 * How much a headline shares with a body, by distinct character bigrams: cheap and
 * script-agnostic. Only the headline's few bigrams are kept; a body is scanned once against them,
 * since bodies are long and this runs for every headline block on every page.
 */
final class Overlap {
  private Overlap() {}

  /**
   * How much more the headline shares with body a than with body b: the share of its bigrams
   * found in a and not in b, less the share found in b and not in a. Words common to the whole
   * page (its place names, its beat) cancel out.
   */
  static double leaning(String headline, String a, String b) {
    int[] c = leaningCounts(headline, a, b);
    return c[2] == 0 ? 0 : (double) (c[0] - c[1]) / c[2];
  }

  /** Bigrams of the headline only in a, only in b, and in all. */
  static int[] leaningCounts(String headline, String a, String b) {
    int[] mine = grams(headline);
    boolean[] inA = found(mine, a);
    boolean[] inB = found(mine, b);
    int onlyA = 0;
    int onlyB = 0;
    for (int k = 0; k < mine.length; k++) {
      if (inA[k] && !inB[k]) {
        onlyA++;
      } else if (inB[k] && !inA[k]) {
        onlyB++;
      }
    }
    return new int[] {onlyA, onlyB, mine.length};
  }

  /** Share of the headline's bigrams that occur in the body. */
  static double bigrams(String headline, String body) {
    int[] mine = grams(headline);
    if (mine.length == 0) {
      return 0;
    }
    int hit = 0;
    for (boolean f : found(mine, body)) {
      if (f) {
        hit++;
      }
    }
    return (double) hit / mine.length;
  }

  /** The distinct bigrams of Chinese characters in s, sorted: punctuation and digits say nothing of a topic. */
  static int[] grams(String s) {
    int n = Math.max(0, s.length() - 1);
    int[] g = new int[n];
    int c = 0;
    for (int i = 0; i < n; i++) {
      int gram = GramIndex.gram(s.charAt(i), s.charAt(i + 1));
      if (gram != 0) {
        g[c++] = gram;
      }
    }
    n = c;
    g = Arrays.copyOf(g, n);
    Arrays.sort(g);
    int u = 0;
    for (int i = 0; i < n; i++) {
      if (u == 0 || g[i] != g[u - 1]) {
        g[u++] = g[i];
      }
    }
    return Arrays.copyOf(g, u);
  }

  static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
  }

  /** Which of the given bigrams occur in the text. */
  private static boolean[] found(int[] mine, String text) {
    boolean[] f = new boolean[mine.length];
    if (mine.length == 0) {
      return f;
    }
    for (int i = 0; i + 1 < text.length(); i++) {
      int k = Arrays.binarySearch(mine, text.charAt(i) << 16 | text.charAt(i + 1));
      if (k >= 0) {
        f[k] = true;
      }
    }
    return f;
  }
}
