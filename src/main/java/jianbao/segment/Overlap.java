package jianbao.segment;

import java.util.HashSet;
import java.util.Set;

/** How much two texts share, by distinct character bigrams: cheap and script-agnostic. */
final class Overlap {
  private Overlap() {}

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
