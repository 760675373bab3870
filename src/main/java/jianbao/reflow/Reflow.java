package jianbao.reflow;

import java.util.ArrayList;
import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.typography.Typography;

/**
 * Column lines to paragraphs. A paragraph ends only after a line that ends a sentence, and only
 * when the typography shows it: that line is short of the column width, or the next line is two
 * ems short (its dropped first-line indent), or a blank line follows a line that is not quite
 * full. A blank line after a full line is a column break, even mid-word.
 */
public final class Reflow {
  /** How far short of the column a line must be to count as short, in ems. */
  static final double SHORT = 1.5;
  /** The dropped first-line indent is two ems; allow for kinsoku and half-width digits. */
  static final double INDENT_MAX = 3.5;

  private Reflow() {}

  public static List<Paragraph> paragraphs(List<Fragment> lines) {
    return paragraphs(lines, List.of());
  }

  /** @param ownParagraphs lines known to stand alone (subheads): breaks before and after them */
  public static List<Paragraph> paragraphs(List<Fragment> lines, List<Fragment> ownParagraphs) {
    List<Fragment> body = new ArrayList<>(lines);
    body.removeAll(ownParagraphs);
    return paragraphs(lines, Typography.columnWidth(body), ownParagraphs);
  }

  static List<Paragraph> paragraphs(List<Fragment> lines, double columnWidth, List<Fragment> own) {
    List<Paragraph> out = new ArrayList<>();
    List<Fragment> current = new ArrayList<>();
    boolean firstLine = true;
    int open = 0;
    for (int i = 0; i < lines.size(); i++) {
      Fragment a = lines.get(i);
      current.add(a);
      open += brackets(a.text());
      Fragment b = i + 1 < lines.size() ? lines.get(i + 1) : null;
      boolean forced = b != null && (own.contains(b) && !own.contains(a) || own.contains(a) && !own.contains(b)
          || Typography.endsSentence(a.text()) && isSubhead(lines, i + 1, columnWidth));
      Fragment c = i + 2 < lines.size() ? lines.get(i + 2) : null;
      // A paragraph does not end inside a bracket it opened: a credit broken by a column end.
      boolean insideBracket = open > 0 && !Typography.endsSentence(a.text());
      if (b == null || forced || !insideBracket && breaksAfter(a, b, c, columnWidth, firstLine)) {
        out.add(join(current));
        current = new ArrayList<>();
        firstLine = true;
        open = 0;
      } else {
        firstLine = false;
      }
    }
    return out;
  }

  /**
   * Whether a paragraph ends between line a and the following line b (c, after b, may be null).
   * b two ems short is a dropped indent unless b is itself a paragraph's short last line; a b that
   * ends a sentence but runs on into a full line c is no last line.
   */
  public static boolean breaksAfter(Fragment a, Fragment b, Fragment c, double w, boolean aIsFirstLine) {
    double wa = Typography.width(a.text());
    double expectA = aIsFirstLine ? w - 2 : w;
    boolean aShort = expectA - wa >= SHORT;
    boolean bRunsOn = !Typography.endsSentence(b.text())
        || c != null && w - Typography.width(c.text()) < SHORT;
    boolean bIndented = Typography.indented(b.text(), w) && bRunsOn;
    if (!Typography.endsSentence(a.text())) {
      if (a.column(0) > 2) {
        return false; // the rest of a line a byline opened: its width tells nothing
      }
      // A short line with no closing punctuation before an indented line is a subhead (核心阅读):
      // running text never stops short mid-sentence.
      // An opening mark may not end a line (kinsoku): it pulled a line short, the next one long.
      if (startsWithOpening(b.text()) && expectA - wa <= 2.5) {
        return false;
      }
      // A first line short of its measure that meets an indented line is a one-line subhead.
      return (aShort || aIsFirstLine && expectA - wa >= 1) && bIndented && !Typography.endsMidSentence(a.text());
    }
    boolean bOwnParagraph = Typography.endsSentence(b.text()) && b.blankBefore();
    boolean blankAfterNotFull = b.blankBefore() && expectA - wa >= 0.5;
    return aShort || bIndented || bOwnParagraph || blankAfterNotFull;
  }

  /**
   * Line k is a one-line subhead: it ends with no punctuation, stands short of the column after a
   * finished sentence, and the next line opens a paragraph (or nothing follows).
   */
  static boolean isSubhead(List<Fragment> lines, int k, double w) {
    Fragment f = lines.get(k);
    String t = f.text();
    if (Typography.endsSentence(t) || Typography.endsMidSentence(t) || (w - 2) - Typography.width(t) < SHORT) {
      return false;
    }
    if (k + 1 >= lines.size()) {
      return true;
    }
    return Typography.indented(lines.get(k + 1).text(), w);
  }

  /** Opening brackets less closing ones in the line. */
  private static int brackets(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '（' || ch == '(') {
        n++;
      } else if (ch == '）' || ch == ')') {
        n--;
      }
    }
    return n;
  }

  private static boolean startsWithOpening(String t) {
    return !t.isEmpty() && "“‘（《【〔(「『".indexOf(t.charAt(0)) >= 0;
  }

  static Paragraph join(List<Fragment> parts) {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : parts) {
      String t = f.text();
      // Lines joined across a column keep a space only between two Latin words.
      if (sb.length() > 0 && !t.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(t.charAt(0))) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return new Paragraph(sb.toString(), parts);
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
