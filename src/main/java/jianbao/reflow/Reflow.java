package jianbao.reflow;

import java.util.ArrayList;
import java.util.List;
import jianbao.normalize.Fragment;

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
    return paragraphs(lines, Typography.columnWidth(lines));
  }

  public static List<Paragraph> paragraphs(List<Fragment> lines, double columnWidth) {
    List<Paragraph> out = new ArrayList<>();
    List<Fragment> current = new ArrayList<>();
    boolean firstLine = true;
    for (int i = 0; i < lines.size(); i++) {
      Fragment a = lines.get(i);
      current.add(a);
      Fragment b = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (b == null || breaksAfter(a, b, columnWidth, firstLine)) {
        out.add(join(current));
        current = new ArrayList<>();
        firstLine = true;
      } else {
        firstLine = false;
      }
    }
    return out;
  }

  /** Whether a paragraph ends between line a and the following line b. */
  public static boolean breaksAfter(Fragment a, Fragment b, double w, boolean aIsFirstLine) {
    if (!Typography.endsSentence(a.text())) {
      return false;
    }
    double wa = Typography.width(a.text());
    double wb = Typography.width(b.text());
    double expectA = aIsFirstLine ? w - 2 : w;
    boolean aShort = expectA - wa >= SHORT;
    boolean bIndented = w - wb >= SHORT && w - wb <= INDENT_MAX && !Typography.endsSentence(b.text());
    boolean bOwnParagraph = Typography.endsSentence(b.text()) && b.blankBefore();
    boolean blankAfterNotFull = b.blankBefore() && w - wa >= 0.5;
    return aShort || bIndented || bOwnParagraph || blankAfterNotFull;
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
