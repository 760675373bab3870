package jianbao.segment;

import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.typography.Typography;

/**
 * Lines printed together: fragments with no blank line between them. Runs are what the page-level
 * decision weighs: a headline block is one to three runs, a body one run or many (a column break
 * or the blank line between two paragraphs starts a new run).
 */
final class Run {
  private final List<Fragment> lines;
  private final String text;
  private final boolean glued;
  private final double measure;
  private final boolean tight;

  /**
   * @param glued whether the run starts on the printed line the run before ends on (text
   *     extraction ran a headline's last line into the next article's first)
   */
  Run(List<Fragment> lines, boolean glued) {
    this(lines, glued, false);
  }

  /**
   * @param tight whether the run was set off from text it touches with no blank line between
   *     (a headline run into its body)
   */
  Run(List<Fragment> lines, boolean glued, boolean tight) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a run holds at least one line");
    }
    this.lines = List.copyOf(lines);
    StringBuilder sb = new StringBuilder();
    lines.forEach(f -> sb.append(f.text()));
    this.text = sb.toString();
    this.glued = glued;
    this.measure = Typography.measure(lines);
    this.tight = tight;
  }

  /** Set off from the text it touches by its shape alone, no blank line. */
  boolean tight() {
    return tight;
  }

  List<Fragment> lines() {
    return lines;
  }

  String text() {
    return text;
  }

  boolean glued() {
    return glued;
  }

  /** The column measure the run's own lines show, or NaN. */
  double measure() {
    return measure;
  }

  /** The mean type size of the run's lines against the body type (1.0 for plain text). */
  double typeSize() {
    double s = 0;
    for (Fragment f : lines) {
      s += f.typeSize();
    }
    return s / lines.size();
  }

  /** Set a step above the body type: a headline's type. */
  boolean largeType() {
    return typeSize() >= 1.15;
  }

  int size() {
    return lines.size();
  }

  Fragment first() {
    return lines.get(0);
  }

  Fragment last() {
    return lines.get(lines.size() - 1);
  }

  int firstLine() {
    return first().line();
  }

  int lastLine() {
    return last().line();
  }

  @Override
  public String toString() {
    return first().line() + "-" + last().line() + " " + (text.length() > 24 ? text.substring(0, 24) + "…" : text);
  }
}
