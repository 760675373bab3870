package jianbao.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import jianbao.typography.Typography;

/**
 * The page-level decision: where articles begin and end, which runs are their headline blocks and
 * on which side of the body each block stands, chosen together as the reading of the whole page
 * that the evidence supports best — a dynamic programme over run boundaries.
 *
 * <p>A record is a span of runs: a headline block of one to three runs before or after a body of
 * one or more (or a body alone: a caption, or an article whose headline is on another page). A
 * reading's score is the weighted sum ({@link Weights}) of its {@link Evidence}: the headline
 * runs' typesetting, the words the headline shares with its body and with the text on its other
 * side, the body's shape (a byline opens it, a closing credit ends it, one column measure
 * throughout), runs left over, and how often the headlines change sides. Scores add up over
 * records, so the best reading is found exactly, in time quadratic in the number of runs.
 */
final class ArticleSearch {

  /** A record found: runs [start, end), of which [headStart, headEnd) print its headline block. */
  record Cut(int start, int end, int headStart, int headEnd, HeadlinePosition position) {
    boolean hasHead() {
      return headEnd > headStart;
    }

    int bodyStart() {
      return position == HeadlinePosition.BEFORE ? headEnd : start;
    }

    int bodyEnd() {
      return position == HeadlinePosition.BEFORE ? end : headStart;
    }
  }

  /**
   * A reading of a page.
   *
   * @param section the index of the run that labels the page's section, or -1
   * @param position the side most headlines stand on
   * @param margin how much better the reading scores than the best reading with every headline on
   *     the other side: near zero, the decision is worth a look
   */
  record Plan(List<Cut> cuts, int section, List<Integer> unassigned, HeadlinePosition position, double score, double margin) {}

  /** At most this many runs form one headline block (series label, kicker, headline, subheadline). */
  static final int MAX_HEAD_RUNS = 4;
  /** Runs on a headline block's other side whose words are compared with it. */
  static final int OTHER_SIDE_RUNS = 3;

  private static final double NEG = Double.NEGATIVE_INFINITY;
  private static final int N = Evidence.values().length;
  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final int NONE = 2;

  private final List<RunFacts> facts;
  private final Weights weights;
  private final int m;
  private final GramIndex grams;
  /** Prefix sums over runs of the evidence a run adds when it stands inside a body. */
  private final double[][] afterFirst;
  private final double[][] beforeLast;
  private final int[] prevKnown;
  private final int[] nextKnown;
  private final int[] changes;
  /** Whether run k is a one-line subhead-shaped run with a look-alike elsewhere on the page. */
  private final boolean[] alike;
  /** Whether the page tells type sizes (a PDF's does, a text dump's does not). */
  private final boolean typeSized;

  ArticleSearch(List<RunFacts> facts, Weights weights) {
    this.facts = facts;
    this.typeSized = facts.stream().anyMatch(f -> f.run().typeSize() != 1.0);
    this.weights = weights;
    this.m = facts.size();
    this.grams = new GramIndex(facts.stream().map(f -> f.run().text()).toList());
    boolean compact = compact(facts);
    afterFirst = new double[m + 1][N];
    beforeLast = new double[m + 1][N];
    for (int k = 0; k < m; k++) {
      RunFacts f = facts.get(k);
      afterFirst[k + 1] = afterFirst[k].clone();
      beforeLast[k + 1] = beforeLast[k].clone();
      double[] a = afterFirst[k + 1];
      double[] b = beforeLast[k + 1];
      a[Evidence.LEAD_INSIDE.ordinal()] += f.lead() != null ? 1 : 0;
      a[Evidence.AGENCY_LEAD_INSIDE.ordinal()] += f.lead() != null && f.lead().byline().agency() != null ? 1 : 0;
      a[Evidence.CAPTION_INSIDE.ordinal()] += f.caption() ? 1 : 0;
      a[Evidence.GLUED_INSIDE.ordinal()] += f.run().glued() ? 1 : 0;
      a[Evidence.LARGE_INSIDE.ordinal()] += f.run().largeType() ? 1 : 0;
      a[Evidence.HEADLIKE_INSIDE.ordinal()] += Math.max(0, typeset(f));
      a[Evidence.HEADLIKE_INSIDE_COMPACT.ordinal()] += compact && !f.run().tight() ? Math.max(0, typeset(f)) : 0;
      b[Evidence.CLOSING_INSIDE.ordinal()] += f.closesStrongly() ? 1 : 0;
      b[Evidence.CREDIT_INSIDE.ordinal()] += f.closesWithCredit() ? 1 : 0;
      b[Evidence.NOTE_INSIDE.ordinal()] += f.closing() != null && !f.closesStrongly() && !f.closesWithCredit() ? 1 : 0;
    }
    alike = new boolean[m];
    for (int k = 0; k < m; k++) {
      for (int q = 0; q < m && !alike[k]; q++) {
        alike[k] = q != k && alike(facts.get(k), facts.get(q));
      }
    }
    prevKnown = new int[m];
    nextKnown = new int[m + 1];
    changes = new int[m + 1];
    int last = -1;
    for (int k = 0; k < m; k++) {
      prevKnown[k] = last;
      if (known(k)) {
        if (last >= 0 && Math.abs(measure(k) - measure(last)) >= 1) {
          changes[k + 1] = 1;
        }
        last = k;
      }
      changes[k + 1] += changes[k];
    }
    nextKnown[m] = m;
    for (int k = m - 1; k >= 0; k--) {
      nextKnown[k] = known(k) ? k : nextKnown[k + 1];
    }
  }

  /**
   * Whether the page sets its paragraphs without blank lines between them: most paragraph ends
   * (a short line closing a sentence) are followed by more text in the same run.
   */
  static boolean compact(List<RunFacts> facts) {
    int inside = 0;
    int atEnd = 0;
    for (RunFacts f : facts) {
      List<jianbao.normalize.Fragment> lines = f.run().lines();
      double w = f.measure();
      if (Double.isNaN(w)) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        String t = lines.get(i).text();
        if (Typography.endsSentence(t) && Typography.coreWidth(t) < w - 1.5) {
          if (i + 1 < lines.size()) {
            inside++;
          } else {
            atEnd++;
          }
        }
      }
    }
    return inside >= 3 && inside > atEnd;
  }

  /** The best reading of the page, headlines on the side given or, for AUTO, on either. */
  static Plan search(List<RunFacts> facts, HeadlinePosition forced, Weights weights) {
    ArticleSearch s = new ArticleSearch(facts, weights);
    if (forced != HeadlinePosition.AUTO) {
      return s.best(new boolean[] {forced == HeadlinePosition.BEFORE, forced == HeadlinePosition.AFTER});
    }
    Plan before = s.best(new boolean[] {true, false});
    Plan after = s.best(new boolean[] {false, true});
    Plan mixed = s.best(new boolean[] {true, true});
    Plan pure = before.score() >= after.score() ? before : after;
    Plan other = pure == before ? after : before;
    Plan chosen = mixed.score() > pure.score() ? mixed : pure;
    return new Plan(chosen.cuts(), chosen.section(), chosen.unassigned(), chosen.position(), chosen.score(),
        pure.score() - other.score());
  }

  private boolean known(int k) {
    return !Double.isNaN(RunFacts.ownMeasure(facts.get(k).run()));
  }

  private double measure(int k) {
    return RunFacts.ownMeasure(facts.get(k).run());
  }

  // ---- evidence ----

  /** A headline block's runs, read once: its evidence and its bigrams. */
  private final class Head {
    final double[] f = new double[N];
    /** The numbers of its bigrams that some run holds ({@link GramIndex}). */
    final int[] grams;
    /** How many distinct bigrams it has in all. */
    final int size;
    final double weight;

    Head(int a, int b) {
      StringBuilder text = new StringBuilder();
      for (int k = a; k < b; k++) {
        RunFacts r = facts.get(k);
        text.append(r.run().text());
        add(f, Evidence.HEAD_TYPESET, typeset(r));
        add(f, Evidence.HEAD_BYLINE, r.lead() != null || r.bylineLine() ? 1 : 0);
        add(f, Evidence.HEAD_CLOSING, r.closing() != null ? 1 : 0);
        add(f, Evidence.HEAD_CAPTION, r.caption() ? 1 : 0);
        add(f, Evidence.HEAD_LABEL, r.label() ? 1 : 0);
        add(f, Evidence.HEAD_CONTINUES, r.continues() ? 1 : 0);
        add(f, Evidence.HEAD_DASH, r.dashed() ? 1 : 0);
        add(f, Evidence.HEAD_SERIES, r.seriesLabel() ? 1 : 0);
        add(f, Evidence.HEAD_LARGE_TYPE, r.run().largeType() ? 1 : 0);
        add(f, Evidence.HEAD_TIGHT, r.run().tight() ? 1 : 0);
        add(f, Evidence.HEAD_BODY_TYPE, typeSized && !r.run().largeType() ? 1 : 0);
        add(f, Evidence.HEAD_ALIKE, alike[k] ? 1 : 0);
        // The subheadline closes a block: what follows it is no part of the block.
        if (k + 1 < b && r.run().lines().stream().anyMatch(l -> Typography.startsWithDash(l.text()))) {
          add(f, Evidence.HEAD_AFTER_DECK, 1);
        }
      }
      add(f, Evidence.HEAD_EXTRA_RUN, b - a - 1);
      for (int k = a + 1; k < b; k++) {
        add(f, Evidence.HEAD_EXTRA_DECK, facts.get(k).dashed() ? 1 : 0);
      }
      for (int k = a; k + 1 < b; k++) {
        Run r = facts.get(k).run();
        String t = r.text();
        boolean kicker = r.size() == 1 && !Typography.endsSentence(t) && !Typography.endsMidSentence(t) && !facts.get(k).dashed();
        add(f, Evidence.HEAD_KICKER, kicker ? 1 : 0);
      }
      add(f, Evidence.HEAD_DANGLING, dangles(facts.get(b - 1).run().last().text()) ? 1 : 0);
      GramIndex.Grams g = ArticleSearch.this.grams.head(withoutSeriesLabel(text.toString()));
      this.grams = g.known();
      this.size = g.total();
      // A headline of few bigrams (图片报道) says little about which body is its own.
      this.weight = Math.min(1.0, size / 6.0);
      add(f, Evidence.WORDS_WEIGHT, weight);
    }
  }

  /**
   * The evidence of one record into f: head (may be null) over body runs [a, b), with the share of
   * the headline's words found in the body, in its first run and on the block's other side.
   */
  private void record(Head head, int a, int b, double words, double lead, double other, boolean captionUnderHead, double[] f) {
    Arrays.fill(f, 0);
    if (head != null) {
      System.arraycopy(head.f, 0, f, 0, N);
      add(f, Evidence.WORDS_SHARED, head.weight * words);
      add(f, Evidence.WORDS_LEAD, head.weight * lead);
      add(f, Evidence.WORDS_OTHER_SIDE, head.weight * other);
      add(f, Evidence.HEAD_OVER_CAPTION, captionUnderHead ? 1 : 0);
    }
    body(a, b, f);
    if (head == null) {
      add(f, captioned(a, b) ? Evidence.CAPTION_NO_HEAD : Evidence.NO_HEAD, 1);
    }
  }

  private void body(int a, int b, double[] f) {
    RunFacts first = facts.get(a);
    RunFacts last = facts.get(b - 1);
    add(f, Evidence.RECORD, 1);
    for (int i = 0; i < N; i++) {
      f[i] += afterFirst[b][i] - afterFirst[a + 1][i] + beforeLast[b - 1][i] - beforeLast[a][i];
    }
    add(f, Evidence.LEAD_FIRST, first.lead() != null ? 1 : 0);
    add(f, Evidence.LABEL_FIRST, first.label() ? 1 : 0);
    add(f, Evidence.BYLINE_FIRST, first.bylineLine() ? 1 : 0);
    add(f, Evidence.CONTINUED_START, first.continues() ? 1 : 0);
    add(f, Evidence.CLOSING_LAST, last.closesStrongly() ? 1 : 0);
    add(f, Evidence.CREDIT_LAST, last.closing() != null && !last.closesStrongly() ? 1 : 0);
    String end = last.run().last().text();
    add(f, Evidence.DANGLING_END, dangles(end) ? 1 : 0);
    add(f, Evidence.UNFINISHED_END, last.closing() == null && !dangles(end) && !Typography.endsSentence(end)
        && !Typography.isClosing(end.isEmpty() ? ' ' : end.charAt(end.length() - 1)) ? 1 : 0);
    add(f, Evidence.MEASURE_CHANGE, changes(a, b));
    int chars = 0;
    for (int k = a; k < b && chars < 20; k++) {
      chars += facts.get(k).run().text().length();
    }
    add(f, Evidence.TINY_BODY, chars < 20 ? 1 : 0);
  }

  /** Beyond this, typesetting odds add nothing: a long run of body text is body whatever its length. */
  static final double TYPESET_LIMIT = 12;

  private static double typeset(RunFacts f) {
    return Math.max(-TYPESET_LIMIT, Math.min(TYPESET_LIMIT, f.typeset()));
  }

  private static void add(double[] f, Evidence e, double v) {
    f[e.ordinal()] += v;
  }

  private boolean captioned(int a, int b) {
    RunFacts last = facts.get(b - 1);
    return facts.get(a).caption()
        || last.closing() != null && last.closing().kind() == jianbao.byline.BylineParser.ClosingKind.PHOTO_CREDIT;
  }

  private static boolean dangles(String t) {
    return Typography.endsWithDash(t) || Typography.endsMidSentence(t);
  }

  /** Two one-line runs shaped like subheads of one series: as long, and quoted or dashed alike. */
  private static boolean alike(RunFacts x, RunFacts y) {
    if (!subheadShaped(x) || !subheadShaped(y)) {
      return false;
    }
    String s = x.run().text();
    String t = y.run().text();
    return s.length() == t.length() && (s.indexOf('“') >= 0) == (t.indexOf('“') >= 0)
        && Typography.endsWithDash(s) == Typography.endsWithDash(t);
  }

  private static boolean subheadShaped(RunFacts f) {
    return f.run().size() == 1 && f.typeset() > 0 && f.lead() == null && f.closing() == null && !f.label()
        && !f.seriesLabel();
  }

  /** Changes of column measure between known runs inside [a, b). */
  private int changes(int a, int b) {
    int c = changes[b] - changes[a];
    int firstKnown = nextKnown[a];
    if (firstKnown < b && changes[firstKnown + 1] - changes[firstKnown] == 1 && prevKnown[firstKnown] < a) {
      c--; // the change into the body's first known run happened before the body
    }
    return c;
  }

  /**
   * A column or series label in brackets after a headline (（人民论坛）) is shared by every article
   * of the series: its words say nothing of this article's body.
   */
  private static String withoutSeriesLabel(String head) {
    int open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
    boolean closes = head.endsWith("）") || head.endsWith(")");
    return closes && open > 0 ? head.substring(0, open) : head;
  }

  /** The share of the headline's bigrams found in run k. */
  private double shared(Head head, int k) {
    return sharedWith(head, k, k + 1);
  }

  /** The share of the headline's bigrams found in runs [a, b). */
  private double sharedWith(Head head, int a, int b) {
    if (head.size == 0 || a >= b) {
      return 0;
    }
    int found = 0;
    for (int q : head.grams) {
      if (grams.within(q, a, b)) {
        found++;
      }
    }
    return (double) found / head.size;
  }

  // ---- the search ----

  /** [side][h][start][end]: the score of the record of runs [start, end) with h headline runs. */
  private double[][][][] scores() {
    double[][][][] score = new double[2][MAX_HEAD_RUNS + 1][m + 1][];
    for (int p = 0; p < 2; p++) {
      for (int h = 0; h <= MAX_HEAD_RUNS; h++) {
        for (int a = 0; a <= m; a++) {
          score[p][h][a] = new double[m + 1];
          Arrays.fill(score[p][h][a], NEG);
        }
      }
    }
    double[] f = new double[N];
    Head[][] heads = new Head[m][MAX_HEAD_RUNS + 1];
    // Headline before: head [i, i+h), body [i+h, j) grows at its end.
    for (int i = 0; i < m; i++) {
      for (int h = 1; h <= MAX_HEAD_RUNS && i + h < m; h++) {
        if (!mayHead(i, i + h)) {
          continue;
        }
        Head head = head(heads, i, h);
        int s = i + h;
        // firstAt[k]: how many of the headline's bigrams occur first (from s on) in run k
        int[] firstAt = new int[m];
        for (int q : head.grams) {
          int k = grams.firstFrom(q, s);
          if (k >= 0) {
            firstAt[k]++;
          }
        }
        double lead = share(head, firstAt[s]);
        double other = sharedWith(head, Math.max(0, i - OTHER_SIDE_RUNS), i);
        boolean caption = facts.get(s).caption();
        int found = 0;
        for (int j = s + 1; j <= m; j++) {
          found += firstAt[j - 1];
          record(head, s, j, share(head, found), lead, other, caption, f);
          score[BEFORE][h][i][j] = weights.dot(f);
        }
      }
    }
    // Headline after: head [j-h, j), body [i, j-h) grows at its start.
    for (int j = 1; j <= m; j++) {
      for (int h = 1; h <= MAX_HEAD_RUNS && j - h >= 1; h++) {
        if (!mayHead(j - h, j)) {
          continue;
        }
        Head head = head(heads, j - h, h);
        int e = j - h;
        // lastAt[k]: how many of its bigrams occur last (before e) in run k; in[k]: how many in run k
        int[] lastAt = new int[m];
        int[] in = new int[m];
        for (int q : head.grams) {
          int k = grams.lastBefore(q, e);
          if (k >= 0) {
            lastAt[k]++;
            grams.countRunsBefore(q, e, in);
          }
        }
        double other = sharedWith(head, j, Math.min(m, j + OTHER_SIDE_RUNS));
        int found = 0;
        for (int i = e - 1; i >= 0; i--) {
          found += lastAt[i];
          record(head, i, e, share(head, found), share(head, in[i]), other, facts.get(i).caption(), f);
          score[AFTER][h][i][j] = weights.dot(f);
        }
      }
    }
    // No headline.
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j <= m; j++) {
        record(null, i, j, 0, 0, 0, false, f);
        score[BEFORE][0][i][j] = weights.dot(f);
        score[AFTER][0][i][j] = score[BEFORE][0][i][j];
      }
    }
    return score;
  }

  /** The headline block of runs [a, a+h), built once for both sides. */
  private Head head(Head[][] heads, int a, int h) {
    if (heads[a][h] == null) {
      heads[a][h] = new Head(a, a + h);
    }
    return heads[a][h];
  }

  private static double share(Head head, int found) {
    return head.size == 0 ? 0 : (double) found / head.size;
  }

  private double[][][][] score;

  /** Whether runs [a, b) may be a headline block: a quotation's attribution never is. */
  private boolean mayHead(int a, int b) {
    for (int k = a; k < b; k++) {
      if (facts.get(k).attribution()) {
        return false;
      }
    }
    return true;
  }

  /** The best reading with headlines on the allowed sides. */
  Plan best(boolean[] sides) {
    if (score == null) {
      score = scores();
    }
    double[][] best = new double[m + 1][3];
    int[][][] back = new int[m + 1][3][];
    for (double[] row : best) {
      Arrays.fill(row, NEG);
    }
    best[0][NONE] = 0;
    double[] skipF = new double[N];
    for (int i = 0; i < m; i++) {
      for (int st = 0; st < 3; st++) {
        double here = best[i][st];
        if (here == NEG) {
          continue;
        }
        skip(i, st, skipF);
        relax(best, back, i + 1, st, here + weights.dot(skipF), new int[] {i, st, -1, 0, 0});
        // A record without a headline stands on no side: the state carries over.
        double[] bare = score[BEFORE][0][i];
        for (int j = i + 1; j <= m; j++) {
          relax(best, back, j, st, here + bare[j], new int[] {i, st, st == AFTER ? AFTER : BEFORE, 0, 1});
        }
        for (int p = 0; p < 2; p++) {
          if (!sides[p]) {
            continue;
          }
          double sw = st == NONE || st == p ? 0 : weights.get(Evidence.SWITCH_SIDES);
          for (int h = 1; h <= MAX_HEAD_RUNS; h++) {
            double[] row = score[p][h][i];
            for (int j = i + 1; j <= m; j++) {
              if (row[j] != NEG) {
                relax(best, back, j, p, here + sw + row[j], new int[] {i, st, p, h, 1});
              }
            }
          }
        }
      }
    }
    int endState = 0;
    for (int st = 1; st < 3; st++) {
      if (best[m][st] > best[m][endState]) {
        endState = st;
      }
    }
    List<Cut> cuts = new ArrayList<>();
    List<Integer> unassigned = new ArrayList<>();
    int section = -1;
    int j = m;
    int st = endState;
    while (j > 0) {
      int[] b = back[j][st];
      int i = b[0];
      if (b[4] == 0) {
        if (isSection(i, b[1])) {
          section = i;
        } else {
          unassigned.add(i);
        }
      } else {
        HeadlinePosition pos = b[2] == BEFORE ? HeadlinePosition.BEFORE : HeadlinePosition.AFTER;
        int h = b[3];
        cuts.add(pos == HeadlinePosition.BEFORE ? new Cut(i, j, i, i + h, pos) : new Cut(i, j, j - h, j, pos));
      }
      j = i;
      st = b[1];
    }
    Collections.reverse(cuts);
    Collections.reverse(unassigned);
    long after = cuts.stream().filter(c -> c.hasHead() && c.position() == HeadlinePosition.AFTER).count();
    long withHead = cuts.stream().filter(Cut::hasHead).count();
    HeadlinePosition pos = 2 * after > withHead ? HeadlinePosition.AFTER : HeadlinePosition.BEFORE;
    return new Plan(cuts, section, unassigned, pos, best[m][endState], 0);
  }

  /** The evidence of leaving run i out of every record, in state st. */
  private void skip(int i, int st, double[] f) {
    Arrays.fill(f, 0);
    if (isSection(i, st)) {
      add(f, Evidence.SECTION, 1);
    } else {
      add(f, Evidence.UNASSIGNED, 1);
      add(f, Evidence.UNASSIGNED_BODYLIKE, Math.min(0, typeset(facts.get(i))));
    }
  }

  private boolean isSection(int i, int st) {
    return st == NONE && i == 0 && sectionShaped(i);
  }

  private static void relax(double[][] best, int[][][] back, int j, int st, double score, int[] from) {
    if (score > best[j][st]) {
      best[j][st] = score;
      back[j][st] = from;
    }
  }

  /** One short line at the top of the page with no punctuation: a section label (要闻, 一周动态). */
  private boolean sectionShaped(int k) {
    Run r = facts.get(k).run();
    return r.size() == 1 && r.text().length() <= 8 && r.text().chars().allMatch(Character::isLetterOrDigit)
        && !facts.get(k).label();
  }

  // ---- for learning ----

  /** The evidence of a whole reading: the sum over its records, left-over runs and side changes. */
  double[] evidence(List<Cut> cuts, int section, List<Integer> unassigned) {
    double[] total = new double[N];
    double[] f = new double[N];
    HeadlinePosition side = null;
    for (Cut c : cuts) {
      Head head = c.hasHead() ? new Head(c.headStart(), c.headEnd()) : null;
      double words = 0;
      double lead = 0;
      double other = 0;
      if (head != null) {
        words = sharedWith(head, c.bodyStart(), c.bodyEnd());
        lead = shared(head, c.bodyStart());
        other = c.position() == HeadlinePosition.BEFORE
            ? sharedWith(head, Math.max(0, c.headStart() - OTHER_SIDE_RUNS), c.headStart())
            : sharedWith(head, c.headEnd(), Math.min(m, c.headEnd() + OTHER_SIDE_RUNS));
      }
      record(head, c.bodyStart(), c.bodyEnd(), words, lead, other, head != null && facts.get(c.bodyStart()).caption(), f);
      for (int i = 0; i < N; i++) {
        total[i] += f[i];
      }
      if (c.hasHead()) {
        if (side != null && c.position() != side) {
          total[Evidence.SWITCH_SIDES.ordinal()]++;
        }
        side = c.position();
      }
    }
    for (int k : unassigned) {
      skip(k, -1, f);
      for (int i = 0; i < N; i++) {
        total[i] += f[i];
      }
    }
    if (section >= 0) {
      total[Evidence.SECTION.ordinal()]++;
    }
    return total;
  }
}
