package jianbao.normalize;

import java.util.Arrays;

/**
 * A run of one source line after layout spaces are removed. {@code text} is what later stages read;
 * {@code columns[i]} is the 0-based column in the raw line of {@code text.charAt(i)}, so every
 * character can be traced back to the page (and the no-loss ledger can tell which ones were used).
 *
 * <p>A line usually yields one fragment; a line where text extraction ran two columns together
 * (a headline followed by the next article's byline) yields two.
 */
public final class Fragment {
  private final int line;
  private final String raw;
  private final String text;
  private final int[] columns;
  private final boolean blankBefore;
  private final double typeSize;

  Fragment(int line, String raw, String text, int[] columns, boolean blankBefore) {
    this(line, raw, text, columns, blankBefore, 1.0);
  }

  Fragment(int line, String raw, String text, int[] columns, boolean blankBefore, double typeSize) {
    if (text.length() != columns.length) {
      throw new IllegalArgumentException("text and column map differ in length");
    }
    this.line = line;
    this.raw = raw;
    this.text = text;
    this.columns = columns;
    this.blankBefore = blankBefore;
    this.typeSize = typeSize;
  }

  /** 1-based source line number. */
  public int line() {
    return line;
  }

  /** The normalised text: layout spaces removed, spaces between Latin words kept. */
  public String text() {
    return text;
  }

  /** Whether one or more blank lines separate this fragment from the text before it. */
  public boolean blankBefore() {
    return blankBefore;
  }

  /**
   * The line's type size against the page's body type (1.0 when the same, or when the reader
   * cannot tell, as for plain text): a headline is set larger.
   */
  public double typeSize() {
    return typeSize;
  }

  public int length() {
    return text.length();
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Column in the raw line of the i-th text character. */
  public int column(int i) {
    return columns[i];
  }

  /** The raw characters this fragment covers, layout spaces inside it included. */
  public String raw() {
    return text.isEmpty() ? "" : raw.substring(columns[0], columns[columns.length - 1] + 1);
  }

  /** Characters [from, to) of the normalised text as a fragment of the same line. */
  public Fragment slice(int from, int to) {
    return new Fragment(line, raw, text.substring(from, to),
        Arrays.copyOfRange(columns, from, to), from == 0 && blankBefore, typeSize);
  }

  public Fragment from(int from) {
    return slice(from, text.length());
  }

  Fragment withTypeSize(double size) {
    return new Fragment(line, raw, text, columns, blankBefore, size);
  }

  public Fragment withBlankBefore(boolean blank) {
    return new Fragment(line, raw, text, columns, blank, typeSize);
  }

  @Override
  public String toString() {
    return line + ":" + (columns.length == 0 ? 0 : columns[0]) + " " + text;
  }
}
