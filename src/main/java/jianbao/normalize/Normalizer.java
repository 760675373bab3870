package jianbao.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines to fragments. Removes the spaces that layout leaves between characters (letter-spaced
 * lead-ins, spaces around digits, around brackets) while keeping a space between two Latin words.
 * Each fragment keeps the raw columns of its characters, so a later stage can still see where a
 * gap stood (two columns run together on one line) and every character traces back to the page.
 */
public final class Normalizer {

  private Normalizer() {}

  public static List<Fragment> fragments(List<String> lines) {
    return fragments(lines, List.of());
  }

  /** @param typeSizes each line's type size against the body type, or empty when unknown */
  public static List<Fragment> fragments(List<String> lines, List<Double> typeSizes) {
    List<Fragment> out = new ArrayList<>();
    boolean blank = false;
    for (int i = 0; i < lines.size(); i++) {
      Fragment f = normalize(i + 1, lines.get(i), blank);
      if (i < typeSizes.size() && typeSizes.get(i) != 1.0) {
        f = f.withTypeSize(typeSizes.get(i));
      }
      if (f.isEmpty()) {
        blank = true;
        continue;
      }
      blank = false;
      out.add(f);
    }
    return out;
  }

  /** One raw line to one fragment (empty when the line holds only whitespace). */
  public static Fragment normalize(int lineNo, String raw, boolean blankBefore) {
    StringBuilder text = new StringBuilder(raw.length());
    int[] cols = new int[raw.length()];
    int n = 0;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (!isSpace(c)) {
        text.append(c);
        cols[n++] = i;
        i++;
        continue;
      }
      int j = i;
      while (j < raw.length() && isSpace(raw.charAt(j))) {
        j++;
      }
      // A space survives only between two Latin words ("Hong Kong"), never next to CJK.
      if (n > 0 && j < raw.length() && keepsSpace(text.charAt(n - 1), raw.charAt(j))) {
        text.append(' ');
        cols[n++] = i;
      }
      i = j;
    }
    return new Fragment(lineNo, raw, text.toString(), java.util.Arrays.copyOf(cols, n), blankBefore);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\uFEFF';
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Digits alone do not keep a space: "1 3" is letter-spaced noise, "COVID 19" is two words. */
  private static boolean keepsSpace(char before, char after) {
    return isWordChar(before) && isWordChar(after) && (isLatinLetter(before) || isLatinLetter(after));
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
