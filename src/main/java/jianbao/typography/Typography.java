package jianbao.typography;

import java.util.Arrays;
import java.util.List;
import jianbao.normalize.Fragment;

/**
 * Facts of Chinese newspaper typesetting that several stages rely on: how wide a line is in em
 * units, how wide its column is, and which punctuation can end a sentence or cannot end one.
 */
public final class Typography {

  /** The chars of the Han script, one bit each: Character.UnicodeScript.of searches a table at every call. */
  private static final long[] HAN = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        HAN[c >>> 6] |= 1L << c;
      }
    }
  }

  /** Whether the char is of the Han script (as {@code Character.UnicodeScript.of(c) == HAN}). */
  public static boolean isHan(char c) {
    return (HAN[c >>> 6] & 1L << c) != 0;
  }
  private Typography() {}

  /** Width in ems: a CJK character or full-width mark is 1, a half-width digit or Latin letter 0.5. */
  public static double width(CharSequence s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += width(s.charAt(i));
    }
    return w;
  }

  public static double width(char c) {
    // Latin, digits and ASCII punctuation are set half width; the middle dot is set full width.
    return c <= 0x024F && c != '\u00B7' ? 0.5 : 1.0;
  }

  /** A sentence ends here: 。！？… possibly followed by closing quotes or brackets. */
  public static boolean endsSentence(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && isClosing(s.charAt(i))) {
      i--;
    }
    return i >= 0 && i < s.length() && isTerminal(s.charAt(i)) ;
  }

  /** The last character before any closing quotes or brackets, or 0 for none. */
  public static char finalMark(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && isClosing(s.charAt(i))) {
      i--;
    }
    return i >= 0 ? s.charAt(i) : 0;
  }

  /** Punctuation after which the sentence must go on: a comma, an enumeration comma, an opening bracket. */
  public static boolean endsMidSentence(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return "，、；：,;:“‘（《【〔(「『".indexOf(c) >= 0;
  }

  public static boolean isTerminal(char c) {
    return "。！？!?…".indexOf(c) >= 0;
  }

  public static boolean isClosing(char c) {
    return "”’）)》】〕」』".indexOf(c) >= 0;
  }

  /**
   * The column's full line width. Lines that run on into the next line are full (W) or first
   * lines (W-2, the dropped indent), so the widest run-on line gives W, once a mark hanging past
   * the edge (kinsoku) is discounted. Over many lines the most common width stands in for the
   * widest, since a few lines print wider (quotes set full width, an extraction glitch) and full
   * lines outnumber first lines.
   */
  public static double columnWidth(List<Fragment> lines) {
    double[] runOn = lines.stream().skip(lines.size() > 2 ? 1 : 0)
        .filter(f -> !endsSentence(f.text()))
        .mapToDouble(f -> coreWidth(f.text())).sorted().toArray();
    if (runOn.length == 0) {
      return lines.stream().mapToDouble(f -> coreWidth(f.text())).max().orElse(0);
    }
    int n = runOn.length;
    return n >= 8 ? mode(runOn) : runOn[n - 1];
  }

  /**
   * Whether a line of a column of width w shows a paragraph's dropped two-em indent: it is two
   * ems short (allowing for half-width digits and a kinsoku carry), or it fills the shortened
   * measure exactly with a closing mark hanging past it.
   */
  public static boolean indented(String line, double w) {
    double x = width(line);
    if (w - x >= 1.5 && w - x <= 3.5) {
      return true;
    }
    return !line.isEmpty() && HANGING.indexOf(line.charAt(line.length() - 1)) >= 0
        && Math.abs((x - 1) - (w - 2)) <= 0.25;
  }

  /** Width without a mark hanging past the column edge (kinsoku lets 。，、 hang). */
  public static double coreWidth(String line) {
    double w = width(line);
    if (!line.isEmpty() && HANGING.indexOf(line.charAt(line.length() - 1)) >= 0) {
      w -= 1;
    }
    return w;
  }

  private static final String HANGING = "，。、；：？！";

  /**
   * The measure (full line width) of the column a run of body lines is set in, or NaN when the
   * lines do not show it. Lines that run on into the next line fill the column (or the shortened
   * first line of a paragraph); the most common width among them, once a hanging mark is
   * discounted, is the measure. A width must recur to count, so two lines of a headline wrapped
   * at their own width do not pass for a column.
   */
  public static double measure(List<Fragment> lines) {
    int n = 0;
    double[] runOn = new double[lines.size()];
    for (int i = 0; i + 1 < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!endsSentence(t)) {
        runOn[n++] = Math.round(2 * coreWidth(t)) / 2.0;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double[] xs = Arrays.copyOf(runOn, n);
    Arrays.sort(xs);
    double best = Double.NaN;
    int bestCount = 1;
    int i = 0;
    while (i < n) {
      int j = i;
      // Widths within half an em are one measure (digits and Latin letters are set half width).
      while (j < n && xs[j] - xs[i] <= 0.5) {
        j++;
      }
      if (j - i > bestCount || j - i == bestCount && !Double.isNaN(best) && xs[j - 1] > best) {
        bestCount = j - i;
        best = xs[j - 1];
      }
      i = j;
    }
    // The first line of a paragraph is two ems short; when only first lines recur, the measure is
    // theirs plus two, but a run that short tells little: ask for a majority of full lines.
    return bestCount * 3 >= n ? best : Double.NaN;
  }

  /** Whether the text starts with a mark that points a caption at its photograph. */
  public static boolean startsWithPointer(CharSequence s) {
    return s.length() > 0 && POINTERS.indexOf(s.charAt(0)) >= 0;
  }

  /** Arrows that point a caption at its photograph. */
  public static final String POINTERS = "⬅➡⬆⬇←→↑↓▲▼◀▶△▽◄►";

  /** A dash (——, ─, －) at the start: a subheadline's or an attribution's mark. */
  public static boolean startsWithDash(CharSequence s) {
    return s.length() > 0 && DASHES.indexOf(s.charAt(0)) >= 0;
  }

  /** A dash at the end: a kicker or a lead-in that the next line completes. */
  public static boolean endsWithDash(CharSequence s) {
    return s.length() > 0 && DASHES.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static final String DASHES = "—―─－";

  /** The most frequent value (to the half em), the larger on a tie; xs sorted ascending. */
  static double mode(double[] xs) {
    double best = xs[xs.length - 1];
    int bestCount = 0;
    int i = 0;
    while (i < xs.length) {
      int j = i;
      while (j < xs.length && xs[j] == xs[i]) {
        j++;
      }
      if (j - i >= bestCount) {
        bestCount = j - i;
        best = xs[i];
      }
      i = j;
    }
    return best;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[s.length / 2];
  }
}
