package jianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lines to fragments. Removes the spaces that layout leaves between characters (letter-spaced
 * lead-ins, spaces around digits, around brackets) while keeping a space between two Latin words,
 * and splits a line where text extraction ran two columns together.
 */
public final class Normalizer {

  /**
   * Where a second column's text starts inside a line: given the normalised line text, the index
   * of the character that begins it, or -1. Only consulted at a gap in the raw line.
   */
  private final ToIntFunction<String> articleStart;

  public Normalizer(ToIntFunction<String> articleStart) {
    this.articleStart = articleStart;
  }

  public List<Fragment> fragments(List<String> lines) {
    List<Fragment> out = new ArrayList<>();
    boolean blank = false;
    for (int i = 0; i < lines.size(); i++) {
      Fragment f = normalize(i + 1, lines.get(i), blank);
      if (f.isEmpty()) {
        blank = true;
        continue;
      }
      blank = false;
      out.addAll(splitAtArticleStart(f));
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

  private List<Fragment> splitAtArticleStart(Fragment f) {
    List<Fragment> out = new ArrayList<>(2);
    Fragment rest = f;
    while (true) {
      int at = articleStart.applyAsInt(rest.text());
      // Only a start that follows a gap in the raw line: a byline in running text is not a column.
      if (at <= 0 || rest.column(at) - rest.column(at - 1) < 2) {
        out.add(rest);
        return out;
      }
      out.add(rest.slice(0, at));
      rest = rest.from(at);
    }
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
