package jianbao.segment;

import java.util.HashSet;
import java.util.Set;

/** How much two texts share, by distinct character bigrams: cheap and script-agnostic. */
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
    Set<Integer> ga = grams(a);
    Set<Integer> gb = grams(b);
    Set<Integer> mine = grams(headline);
    int onlyA = 0;
    int onlyB = 0;
    for (int g : mine) {
      boolean inA = ga.contains(g);
      boolean inB = gb.contains(g);
      if (inA && !inB) {
        onlyA++;
      } else if (inB && !inA) {
        onlyB++;
      }
    }
    return new int[] {onlyA, onlyB, mine.size()};
  }

  private static Set<Integer> grams(String s) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.charAt(i) << 16 | s.charAt(i + 1));
    }
    return out;
  }

  /** Share of the headline's bigrams that occur in the body. */
  static double bigrams(String headline, String body) {
    Set<Integer> grams = new HashSet<>();
    for (int i = 0; i + 1 < body.length(); i++) {
      grams.add(body.charAt(i) << 16 | body.charAt(i + 1));
    }
    Set<Integer> mine = new HashSet<>();
    int hit = 0;
    for (int i = 0; i + 1 < headline.length(); i++) {
      int g = headline.charAt(i) << 16 | headline.charAt(i + 1);
      if (mine.add(g) && grams.contains(g)) {
        hit++;
      }
    }
    return mine.isEmpty() ? 0 : (double) hit / mine.size();
  }
}
