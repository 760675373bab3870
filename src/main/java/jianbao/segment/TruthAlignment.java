package jianbao.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds true records in a page's text: every printed character gets the record it belongs to and
 * whether it is headline or body. Texts are compared with whitespace and dashes removed (a gold
 * subheadline drops its dash), the longest first, each taking the first stretch of the page not
 * already taken.
 */
final class TruthAlignment {
  private TruthAlignment() {}

  /**
   * Labels per line and column: -1 for characters of no record, {@code 2r} for record r's
   * headline, {@code 2r+1} for its body; null when a record's text is not on the page.
   */
  static int[][] label(List<String> lines, List<LayoutTrainer.TrueRecord> records) {
    StringBuilder stream = new StringBuilder();
    List<int[]> at = new ArrayList<>();
    int[][] label = new int[lines.size()][];
    for (int li = 0; li < lines.size(); li++) {
      String l = lines.get(li);
      label[li] = new int[l.length()];
      java.util.Arrays.fill(label[li], -1);
      for (int c = 0; c < l.length(); c++) {
        char ch = l.charAt(c);
        if (!isSpace(ch) && !isDash(ch)) {
          stream.append(ch);
          at.add(new int[] {li, c});
        }
      }
    }
    record Unit(int label, String text) {}
    List<Unit> units = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      for (String h : records.get(r).headline()) {
        units.add(new Unit(2 * r, squeeze(h)));
      }
      for (String p : records.get(r).paragraphs()) {
        units.add(new Unit(2 * r + 1, squeeze(p)));
      }
    }
    units.sort(Comparator.comparingInt((Unit u) -> -u.text().length()));
    boolean[] taken = new boolean[stream.length()];
    String s = stream.toString();
    for (Unit u : units) {
      if (u.text().isEmpty()) {
        continue;
      }
      int from = 0;
      int pos = -1;
      while (true) {
        int p = s.indexOf(u.text(), from);
        if (p < 0) {
          break;
        }
        boolean free = true;
        for (int i = p; i < p + u.text().length() && free; i++) {
          free = !taken[i];
        }
        if (free) {
          pos = p;
          break;
        }
        from = p + 1;
      }
      if (pos < 0) {
        return null;
      }
      for (int i = pos; i < pos + u.text().length(); i++) {
        taken[i] = true;
        int[] lc = at.get(i);
        label[lc[0]][lc[1]] = u.label();
      }
    }
    return label;
  }

  private static String squeeze(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i)) && !isDash(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '－' || c == '―' || c == '─';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
