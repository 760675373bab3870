package jianbao.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jianbao.byline.BylineParser;
import jianbao.normalize.Fragment;
import jianbao.typography.Typography;

/**
 * What one run shows, read once before the page-level decision: how much more its lines look set
 * in headline type than in body type ({@link Typesetting}), and the byline, label or closing line
 * it opens or ends with.
 *
 * @param measure the column measure the run is read against: its own, or its neighbours'
 * @param typeset log-odds that the run's lines are set as a headline rather than as body text
 * @param lead the byline lead its first line opens with, or null
 * @param leadLines how many lines that lead is printed on (a byline wraps like text)
 * @param bylineLine whether its first line is a byline of its own ({@code 本报记者 X})
 * @param closing the closing line it ends with (a dispatch, a credit, an author note), or null
 * @param closingLines how many of its last lines print that closing line
 * @param caption whether it opens with a pointer at a photograph
 * @param label whether it is an editorial label over a box inside an article ({@code 核心阅读})
 * @param continues whether it carries on the paragraph the run before ends (a column break)
 * @param attribution whether it signs the passage above: who said a quotation, with the speaker's
 *     post in brackets (——严某（某大学教授）), or the editors under an editor's note (——编者). It closes
 *     a quotation or a note, not an article, and heads nothing (a deck that opens with a dash names
 *     no post in brackets)
 */
record RunFacts(
    Run run,
    double measure,
    double typeset,
    BylineParser.Lead lead,
    int leadLines,
    boolean bylineLine,
    BylineParser.Closing closing,
    int closingLines,
    boolean caption,
    boolean label,
    boolean continues,
    boolean attribution) {

  static final Set<String> LABELS = load("labels.txt");
  private static final Pattern SIGNED = Pattern.compile("[（(][^（()）]+[）)]\\s*$|^\\W*(?:编者|编辑部|本报编辑部)\\s*$");

  /** Reads every run of a page: the measure comes from a run's own lines or, when they are too few, from its neighbours'. */
  static List<RunFacts> read(List<Run> runs) {
    int n = runs.size();
    double[] before = new double[n];
    double[] after = new double[n];
    double last = Double.NaN;
    double[] own = new double[n];
    double[] local = new double[n];
    for (int k = 0; k < n; k++) {
      own[k] = ownMeasure(runs.get(k));
    }
    // Short paragraphs, each a run of its own, show their column only together: a run of three
    // lines or more is measured with its neighbours of as many.
    for (int k = 0; k < n; k++) {
      local[k] = own[k];
      if (Double.isNaN(local[k]) && runs.get(k).size() >= 3) {
        List<Fragment> pool = new ArrayList<>(runs.get(k).lines());
        for (int q : new int[] {k - 1, k + 1}) {
          if (q >= 0 && q < n && runs.get(q).size() >= 3) {
            pool.addAll(runs.get(q).lines());
          }
        }
        local[k] = pool.size() > runs.get(k).size() ? Typography.measure(pool) : Double.NaN;
      }
    }
    for (int k = 0; k < n; k++) {
      before[k] = last;
      if (!Double.isNaN(local[k])) {
        last = local[k];
      }
    }
    last = Double.NaN;
    for (int k = n - 1; k >= 0; k--) {
      after[k] = last;
      if (!Double.isNaN(local[k])) {
        last = local[k];
      }
    }
    double[] measure = new double[n];
    boolean[] continues = new boolean[n + 1];
    for (int k = 0; k < n; k++) {
      measure[k] = !Double.isNaN(own[k]) ? own[k] : !Double.isNaN(after[k]) ? after[k] : before[k];
      continues[k] = k > 0 && continues(runs.get(k - 1), runs.get(k), measure[k]);
    }
    List<RunFacts> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(read(runs.get(k), measure[k], own[k], before[k], after[k], continues[k], continues[k + 1]));
    }
    for (int k = 1; k < n; k++) {
      out.set(k, closingAcross(runs.get(k - 1), out.get(k)));
    }
    return out;
  }

  /**
   * A closing note that a column break wrapped over a blank line: its opening bracket opens the
   * last line of the run before (（作者单位：某大学 / “某课题”课题组）), and this run, a line or
   * three, closes it. The run then ends its article as the whole note would.
   */
  private static RunFacts closingAcross(Run before, RunFacts f) {
    String open = before.last().raw().strip();
    boolean opens = (open.startsWith("（") || open.startsWith("(")) && open.indexOf('）') < 0 && open.indexOf(')') < 0;
    if (!opens || f.closing() != null || f.lead() != null || f.run().size() > 3) {
      return f;
    }
    BylineParser.Closing c = BylineParser.closing(open + tail(f.run(), f.run().size()));
    if (c == null || c.kind() == BylineParser.ClosingKind.ATTRIBUTION) {
      return f;
    }
    return new RunFacts(f.run(), f.measure(), f.typeset(), f.lead(), f.leadLines(), f.bylineLine(), c, f.run().size(),
        f.caption(), f.label(), f.continues(), f.attribution());
  }

  private static RunFacts read(Run run, double measure, double own, double before, double after, boolean continues,
      boolean continued) {
    // The run is body of whichever column fits it best: its own, the one above, the one below.
    double body = Double.NEGATIVE_INFINITY;
    for (double w : new double[] {own, before, after}) {
      if (!Double.isNaN(w)) {
        body = Math.max(body, Typesetting.body(run.lines(), w, continued));
      }
    }
    if (body == Double.NEGATIVE_INFINITY) {
      body = Typesetting.body(run.lines(), Typography.coreWidth(run.first().text()) + 2, continued);
    }
    double odds = Typesetting.headline(run.lines()) - body;

    Fragment first = run.first();
    Fragment second = run.size() > 1 ? run.lines().get(1) : null;
    BylineParser.Lead lead = BylineParser.lead(first.raw());
    int leadLines = 1;
    // A byline wraps like text: 本报北京1月2日电 / （记者X）…, 新华社北京 9 月 30 / 日电 …, and in
    // a narrow column over three lines: 本报北京5月8日电 / （记者甲、乙 / 丙）…
    StringBuilder head = new StringBuilder(first.raw());
    for (int k = 1; k < Math.min(3, run.size()); k++) {
      String next = run.lines().get(k).raw();
      BylineParser.Lead across = BylineParser.leadAcross(head.toString(), next);
      if (across != null) {
        lead = across;
        leadLines = k + 1;
      }
      if (!BylineParser.opensUnclosed(head + next)) {
        break;
      }
      head.append(next);
    }
    boolean bylineLine = BylineParser.line(first.raw()) != null;
    int closingLines = closingLines(run);
    BylineParser.Closing closing = closingLines == 0 ? null : BylineParser.closing(tail(run, closingLines));
    boolean attribution = closing != null && closing.kind() == BylineParser.ClosingKind.ATTRIBUTION
        && closingLines == run.size() && SIGNED.matcher(run.text()).find();
    if (attribution) {
      closing = null;
      closingLines = 0;
    }
    boolean caption = Typography.startsWithPointer(run.text());
    boolean label = run.size() == 1 && LABELS.contains(run.text());
    return new RunFacts(run, measure, odds, lead, leadLines, bylineLine, closing, closingLines, caption, label, continues, attribution);
  }

  /**
   * The measure a run's own lines show, when there are enough of them: a headline wrapped over
   * three lines at one width would show a column of its own.
   */
  static double ownMeasure(Run run) {
    return run.size() >= MIN_LINES_FOR_MEASURE ? run.measure() : Double.NaN;
  }

  static final int MIN_LINES_FOR_MEASURE = 5;

  /**
   * How many of the run's last lines print a closing line (a credit wraps over up to four), the
   * most that parse as one; 0 for none.
   */
  private static int closingLines(Run run) {
    int found = 0;
    for (int k = 1; k <= Math.min(4, run.size()); k++) {
      String t = tail(run, k);
      // A closing line is a paragraph of its own: the line before it ends one.
      boolean own = k == run.size() || endsParagraph(run.lines().get(run.size() - k - 1).text());
      boolean shaped = k == 1 || t.startsWith("（") || t.startsWith("(") || BylineParser.trim(t).length() <= 40;
      if (own && shaped && BylineParser.closing(t) != null) {
        found = k;
      }
    }
    return found;
  }

  private static boolean endsParagraph(String t) {
    return Typography.endsSentence(t) || t.endsWith("）") || t.endsWith(")") || t.endsWith("：");
  }

  /** The run's last k lines joined as printed. */
  private static String tail(Run run, int k) {
    StringBuilder t = new StringBuilder();
    for (Fragment f : run.lines().subList(run.size() - k, run.size())) {
      t.append(f.raw());
    }
    return t.toString();
  }

  /**
   * The run carries on the paragraph the run before ends: that run's last line fills its column
   * (or a paragraph's first line, two ems short) without ending a sentence, and this run's first
   * line fills the same column — no paragraph's shortened first line. A comma or the like at the
   * end of the run before says the same whatever the widths.
   */
  private static boolean continues(Run previous, Run run, double w) {
    String end = previous.last().text();
    String start = run.first().text();
    if (Typography.endsMidSentence(end) && !Typography.startsWithDash(start) && !Typography.startsWithPointer(start)) {
      return true;
    }
    if (Double.isNaN(w) || endsParagraph(end)) {
      return false;
    }
    double e = Typography.coreWidth(end);
    boolean endRunsOn = Math.abs(e - w) <= 1 || Math.abs(e - (w - 2)) <= 1;
    boolean startFull = Math.abs(Typography.coreWidth(start) - w) <= 1;
    // One line between blank lines carries on nothing unless it ends the sentence it carries.
    boolean carries = run.size() >= 2 || Typography.endsSentence(start);
    return endRunsOn && startFull && carries && BylineParser.lead(run.first().raw()) == null;
  }

  /** Opens with a dash: a subheadline (or an attribution). */
  boolean dashed() {
    String t = run.text();
    return Typography.startsWithDash(t) && t.length() > 3;
  }

  /** Ends with a bracketed label after other text: a column or series label, （人民论坛）. */
  boolean seriesLabel() {
    String t = run.text();
    return t.endsWith("）") && t.lastIndexOf('（') > 0 || t.endsWith(")") && t.lastIndexOf('(') > 0;
  }

  /** Whether a strong closing: a dispatch, a reporters' credit or an author note. */
  boolean closesStrongly() {
    if (closing == null) {
      return false;
    }
    BylineParser.ClosingKind k = closing.kind();
    return k == BylineParser.ClosingKind.DISPATCH || k == BylineParser.ClosingKind.REPORTERS
        || k == BylineParser.ClosingKind.AUTHOR_NOTE;
  }

  /** Whether it ends with a photo credit or a colophon. */
  boolean closesWithCredit() {
    return closing != null && (closing.kind() == BylineParser.ClosingKind.PHOTO_CREDIT
        || closing.kind() == BylineParser.ClosingKind.COLOPHON);
  }

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    try (InputStream in = RunFacts.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
