package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.byline.BylineParser;
import jianbao.normalize.Fragment;
import jianbao.typography.Typography;

/**
 * A page's fragments grouped into runs. A blank line ends a run. So does a gap inside a printed
 * line where text extraction ran two columns together: a headline block's last line and the next
 * article's first line ({@code …之际 日前，由…}, {@code …移交 本报北京1月2日电（记者…}). Such a gap is
 * cut where the text after it opens a byline, or where it opens a paragraph that the lines below
 * continue while the line as a whole fits no column.
 */
final class Runs {
  private Runs() {}

  static List<Run> of(List<Fragment> fragments) {
    List<Run> runs = new ArrayList<>();
    List<Fragment> current = new ArrayList<>();
    for (Fragment f : fragments) {
      // A credit broken by a column end stays one: 本报记者 翟 / (blank) / 鹏程 摄.
      boolean creditGoesOn = !current.isEmpty() && BylineParser.isCreditHead(current.get(current.size() - 1).raw())
          && BylineParser.isCreditTail(f.raw());
      if (f.blankBefore() && !current.isEmpty() && !creditGoesOn) {
        add(runs, current, false);
        current = new ArrayList<>();
      }
      current.add(f);
    }
    if (!current.isEmpty()) {
      add(runs, current, false);
    }
    return runs;
  }

  /** Adds the lines as a run, cut at a join if they hold one. */
  private static void add(List<Run> runs, List<Fragment> lines, boolean glued) {
    for (int i = 0; i < lines.size(); i++) {
      int at = joinAt(lines, i);
      if (at > 0) {
        List<Fragment> head = new ArrayList<>(lines.subList(0, i));
        head.add(lines.get(i).slice(0, at));
        runs.add(new Run(head, glued));
        List<Fragment> rest = new ArrayList<>();
        rest.add(lines.get(i).from(at).withBlankBefore(false));
        rest.addAll(lines.subList(i + 1, lines.size()));
        add(runs, rest, true);
        return;
      }
    }
    setOff(runs, lines, glued);
  }

  /** A headline block runs into body text when no blank line sets it off: at most this many lines. */
  static final int MAX_SET_OFF_LINES = 4;

  /**
   * Adds the run, with a headline-shaped block at its start or end set off as a run of its own:
   * lines that end no sentence and fit no line of the column the rest is set in, where the rest
   * opens (or the lines before close) a paragraph. Pages that print no blank line around their
   * headlines leave this as the only sign; the page-level decision still weighs the piece as
   * headline or subhead.
   */
  private static void setOff(List<Run> runs, List<Fragment> lines, boolean glued) {
    int n = lines.size();
    for (int k = 1; k <= MAX_SET_OFF_LINES && k + 1 <= n; k++) {
      List<Fragment> rest = lines.subList(k, n);
      if (headShaped(lines.subList(0, k), rest, true)) {
        runs.add(new Run(lines.subList(0, k), glued, true));
        runs.add(new Run(rest, false, true));
        return;
      }
    }
    for (int k = 1; k <= MAX_SET_OFF_LINES && k + 2 <= n; k++) {
      List<Fragment> before = lines.subList(0, n - k);
      if (Typography.endsSentence(before.get(before.size() - 1).text()) && headShaped(lines.subList(n - k, n), before, false)) {
        runs.add(new Run(before, glued, true));
        runs.add(new Run(lines.subList(n - k, n), false, true));
        return;
      }
    }
    runs.add(new Run(lines, glued));
  }

  private static boolean noPunctuation(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ("，。、；：！？".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lines could be a headline block beside body text set at the other lines' measure. */
  private static boolean headShaped(List<Fragment> head, List<Fragment> body, boolean before) {
    for (Fragment f : head) {
      String t = f.text();
      if (Typography.endsSentence(t) || Typography.endsMidSentence(t) || t.indexOf('。') >= 0
          || BylineParser.lead(f.raw()) != null || BylineParser.citesDispatch(f.raw()) || Typography.startsWithPointer(t)) {
        return false;
      }
    }
    // A byline lead opens an article whatever the widths: lines before it that end no sentence
    // are its headline.
    if (before && BylineParser.lead(body.get(0).raw()) != null && BylineParser.lead(body.get(0).raw()).byline().agency() != null
        || before && BylineParser.lead(body.get(0).raw()) != null && head.stream().allMatch(f -> noPunctuation(f.text()))) {
      return true;
    }
    double w = body.size() >= 2 ? Typography.measure(body) : Double.NaN;
    if (Double.isNaN(w)) {
      return false;
    }
    if (before) {
      Fragment open = body.get(0);
      boolean opens = BylineParser.lead(open.raw()) != null || Math.abs(Typography.coreWidth(open.text()) - (w - 2)) <= 1;
      if (!opens) {
        return false;
      }
    }
    // Some line sets the block apart from the column: wider than it, or short without ending.
    for (Fragment f : head) {
      double x = Typography.coreWidth(f.text());
      if (x > w + 1.5 || x < w - 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where line i of a run splits into the end of one block and the start of the next, or -1. Only
   * a gap in the raw line (a space between two characters that are neither digits nor Latin) is
   * a candidate.
   */
  static int joinAt(List<Fragment> lines, int i) {
    Fragment f = lines.get(i);
    int gaps = 0;
    for (int k = 1; k < f.length(); k++) {
      if (f.column(k) - f.column(k - 1) >= 2) {
        gaps++;
      }
    }
    boolean letterSpaced = gaps > 3 && gaps * 3 > f.length();
    for (int k = f.length() - 1; k > 0; k--) {
      if (!isGap(f, k)) {
        continue;
      }
      String left = f.text().substring(0, k);
      String right = f.text().substring(k);
      if (Typography.endsSentence(left) || Typography.endsMidSentence(left) || endsLead(lines, i, f, k)) {
        continue;
      }
      BylineParser.Lead lead = BylineParser.lead(f.raw().substring(f.column(k) - f.column(0)));
      if (lead != null && lead.byline().agency() != null) {
        return k;
      }
      if (!letterSpaced && opensParagraph(lines, i, left, right)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The text up to the gap is a byline lead (新华社拉萨 10 月 13 / 日电  中共…): the gap is the space
   * a dateline leaves before the text, not a join.
   */
  private static boolean endsLead(List<Fragment> lines, int i, Fragment f, int k) {
    String upTo = f.raw().substring(0, f.column(k) - f.column(0));
    BylineParser.Lead lead = i == 0 ? BylineParser.lead(upTo)
        : i == 1 ? BylineParser.leadAcross(lines.get(0).raw(), upTo) : null;
    return lead != null && lead.length() >= BylineParser.trim(upTo).length() - 1;
  }

  /** A space between two characters that are not both part of a number or a Latin word. */
  private static boolean isGap(Fragment f, int k) {
    if (f.column(k) - f.column(k - 1) < 2) {
      return false;
    }
    char a = f.text().charAt(k - 1);
    char b = f.text().charAt(k);
    return !isAlnum(a) && !isAlnum(b) && a != ' ' && b != ' ';
  }

  private static boolean isAlnum(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c) || c == '%' || c == '.';
  }

  /**
   * The text right of the gap opens a paragraph in the column the following lines set (its
   * first line, two ems short), while the line as a whole is no line of that column, or the lines
   * above it in the run are no body text of it.
   */
  private static boolean opensParagraph(List<Fragment> lines, int i, String left, String right) {
    if (i + 2 >= lines.size()) {
      return false; // too few lines below to show their column
    }
    double w = Typography.measure(lines.subList(i + 1, lines.size()));
    if (Double.isNaN(w)) {
      return false;
    }
    double r = Typography.coreWidth(right);
    boolean firstLine = Math.abs(r - (w - 2)) <= 1 || Typography.endsSentence(right) && r <= w - 1;
    if (!firstLine) {
      return false;
    }
    double whole = Typography.coreWidth(lines.get(i).text());
    boolean wholeFits = Math.abs(whole - (w - 2)) <= 1 || Math.abs(whole - w) <= 1 && i > 0;
    return !wholeFits || !bodyAbove(lines, i, w);
  }

  /** Whether the lines above line i could be body text in a column of measure w. */
  private static boolean bodyAbove(List<Fragment> lines, int i, double w) {
    for (int k = 0; k < i; k++) {
      String t = lines.get(k).text();
      double x = Typography.coreWidth(t);
      if (x > w + 1.5 || x < w - 2.5 && !Typography.endsSentence(t)) {
        return false;
      }
    }
    return true;
  }
}
