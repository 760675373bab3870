package jianbao.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import jianbao.byline.BylineParser.ClosingKind;
import jianbao.typography.Typography;

/**
 * The page-level decision: where articles begin and end, which runs are their headline blocks and
 * on which side of the body each block stands, chosen together as the reading of the whole page
 * that the evidence supports best — a dynamic programme over run boundaries.
 *
 * <p>A record is a run of runs: a headline block of one to three runs before or after a body of
 * one or more. Its score adds the headline odds of its headline runs ({@link RunFacts}), the words
 * the headline shares with the body (most of all with its first paragraph), the body's own shape
 * (a byline opens it, a closing credit ends it, one column measure throughout) and a small cost
 * per record. A page prints its headlines on one side; switching sides between two records costs
 * more than any single piece of evidence, so only a page that really mixes the two does.
 */
final class ArticleSearch {
  private ArticleSearch() {}

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
   * The chosen reading of a page.
   *
   * @param section the index of the run that labels the page's section, or -1
   * @param margin how much better the chosen reading scores than the best reading with all
   *     headlines on the other side (log-odds): small margins are decisions to review
   */
  record Plan(List<Cut> cuts, int section, List<Integer> unassigned, HeadlinePosition position, double score, double margin) {}

  /** At most this many runs form one headline block (kicker, headline, subheadline). */
  static final int MAX_HEAD_RUNS = 3;

  // Weights, in log-odds.
  static final double RECORD = -2.0;
  static final double EXTRA_HEAD_RUN = -1.5;
  static final double AFTER_DECK = -4.0;
  /** Per share of the headline's bigrams found in its body, above what a subhead shares by chance. */
  static final double SHARED_WORDS = 6.0;
  static final double SHARED_BY_CHANCE = 0.45;
  static final double SHARED_WITH_LEAD = 2.0;
  /**
   * A headline shares little with the article on its other side; a subhead shares its article's
   * words on both sides of it. Counted over the few runs next to the block on that side.
   */
  static final double SHARED_OTHER_SIDE = -6.0;
  static final double OTHER_SIDE_BY_CHANCE = 0.15;
  static final int OTHER_SIDE_RUNS = 3;
  static final double LEAD_FIRST = 1.5;
  static final double LEAD_INSIDE = -3.0;
  static final double LABEL_FIRST = 1.0;
  static final double BYLINE_FIRST = 1.0;
  static final double CLOSING_LAST = 1.5;
  static final double CLOSING_INSIDE = -4.0;
  static final double NOTE_INSIDE = -1.0;
  static final double CREDIT_INSIDE = -3.0;
  /** A pointer at a photograph starts a caption: a record of its own. */
  static final double CAPTION_INSIDE = -8.0;
  static final double CONTINUED_START = -4.0;
  /** An article does not end on a dash, a colon or a comma: what they announce follows. */
  static final double DANGLING_END = -5.0;
  static final double GLUED_INSIDE = -5.0;
  static final double MEASURE_CHANGE = -3.0;
  static final double TINY_BODY = -2.0;
  static final double NO_HEAD = -6.0;
  static final double CAPTION_NO_HEAD = -1.0;
  /** Text that belongs to no record (a banner, a stray line) is rare; body-shaped text rarer still. */
  static final double UNASSIGNED = -4.0;
  static final double UNASSIGNED_PER_BODY_ODDS = 0.5;
  /** A caption pointed at its photograph has no headline of its own. */
  static final double HEAD_OVER_CAPTION = -6.0;
  static final double SWITCH_SIDES = -6.0;

  private static final double NEG = Double.NEGATIVE_INFINITY;
  private static final int NONE = 2;

  static Plan search(List<RunFacts> facts, HeadlinePosition forced) {
    Scores s = new Scores(facts);
    if (forced != HeadlinePosition.AUTO) {
      return s.best(new boolean[] {forced == HeadlinePosition.BEFORE, forced == HeadlinePosition.AFTER}, 0);
    }
    Plan before = s.best(new boolean[] {true, false}, 0);
    Plan after = s.best(new boolean[] {false, true}, 0);
    Plan mixed = s.best(new boolean[] {true, true}, 0);
    Plan pure = before.score() >= after.score() ? before : after;
    Plan other = pure == before ? after : before;
    Plan chosen = mixed.score() > pure.score() ? mixed : pure;
    return new Plan(chosen.cuts(), chosen.section(), chosen.unassigned(), pure.position(), chosen.score(),
        pure.score() - other.score());
  }

  /** Record scores for one page, and the search over them. */
  private static final class Scores {
    final List<RunFacts> facts;
    final int m;
    final int[][] grams;
    /** [position][h][start][end]: score of the record of runs [start, end) with h headline runs. */
    final double[][][][] record;
    // Prefix counts over runs, for body terms that do not depend on where the body starts or ends.
    final double[] insideTerms;
    final int[] prevKnown;
    final int[] nextKnown;
    final int[] changes;

    Scores(List<RunFacts> facts) {
      this.facts = facts;
      this.m = facts.size();
      this.grams = new int[m][];
      for (int k = 0; k < m; k++) {
        grams[k] = Overlap.grams(facts.get(k).run().text());
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
      insideTerms = new double[m + 1];
      for (int k = 0; k < m; k++) {
        insideTerms[k + 1] = insideTerms[k] + inside(facts.get(k));
      }
      record = new double[2][MAX_HEAD_RUNS + 1][][];
      for (int p = 0; p < 2; p++) {
        for (int h = 0; h <= MAX_HEAD_RUNS; h++) {
          record[p][h] = new double[m + 1][];
        }
      }
      fill();
    }

    private boolean known(int k) {
      return !Double.isNaN(RunFacts.ownMeasure(facts.get(k).run()));
    }

    private double measure(int k) {
      return RunFacts.ownMeasure(facts.get(k).run());
    }

    /** What a run adds when it stands inside a body, neither first nor last. */
    private static double inside(RunFacts f) {
      double s = 0;
      if (f.lead() != null) {
        s += LEAD_INSIDE;
      }
      if (f.closing() != null) {
        s += strongClosing(f) ? CLOSING_INSIDE : f.closing().kind() == ClosingKind.PHOTO_CREDIT ? CREDIT_INSIDE : NOTE_INSIDE;
      }
      if (f.caption()) {
        s += CAPTION_INSIDE;
      }
      if (f.run().glued()) {
        s += GLUED_INSIDE;
      }
      return s;
    }

    private static boolean strongClosing(RunFacts f) {
      ClosingKind k = f.closing().kind();
      return k == ClosingKind.DISPATCH || k == ClosingKind.REPORTERS || k == ClosingKind.AUTHOR_NOTE;
    }

    private void fill() {
      for (int h = 0; h <= MAX_HEAD_RUNS; h++) {
        for (int a = 0; a <= m; a++) {
          record[0][h][a] = new double[m + 1];
          record[1][h][a] = new double[m + 1];
          Arrays.fill(record[0][h][a], NEG);
          Arrays.fill(record[1][h][a], NEG);
        }
      }
      // Headline before: head [i, i+h), body [i+h, j) grows at its end.
      for (int i = 0; i < m; i++) {
        for (int h = 1; h <= MAX_HEAD_RUNS && i + h < m; h++) {
          Head head = head(i, i + h);
          boolean[] hit = new boolean[head.grams.length];
          double lead = shared(head, i + h, null);
          double other = sharedWith(head, Math.max(0, i - OTHER_SIDE_RUNS), i);
          for (int j = i + h + 1; j <= m; j++) {
            double words = shared(head, j - 1, hit);
            double caption = facts.get(i + h).caption() ? HEAD_OVER_CAPTION : 0;
            record[0][h][i][j] = head.odds + body(i + h, j) + lexical(head, words, lead, other) + caption;
          }
        }
      }
      // Headline after: head [j-h, j), body [i, j-h) grows at its start.
      for (int j = 1; j <= m; j++) {
        for (int h = 1; h <= MAX_HEAD_RUNS && j - h >= 1; h++) {
          Head head = head(j - h, j);
          boolean[] hit = new boolean[head.grams.length];
          double other = sharedWith(head, j, Math.min(m, j + OTHER_SIDE_RUNS));
          for (int i = j - h - 1; i >= 0; i--) {
            double words = shared(head, i, hit);
            double lead = shared(head, i, null);
            double caption = facts.get(i).caption() ? HEAD_OVER_CAPTION : 0;
            record[1][h][i][j] = head.odds + body(i, j - h) + lexical(head, words, lead, other) + caption;
          }
        }
      }
      // No headline: a photograph's caption, or a body whose headline is not on the page.
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j <= m; j++) {
          double s = body(i, j) + (captioned(i, j) ? CAPTION_NO_HEAD : NO_HEAD);
          record[0][0][i][j] = s;
          record[1][0][i][j] = s;
        }
      }
    }

    private boolean captioned(int i, int j) {
      RunFacts last = facts.get(j - 1);
      return facts.get(i).caption() || last.closing() != null && last.closing().kind() == ClosingKind.PHOTO_CREDIT;
    }

    /** The body terms of runs [a, b). */
    private double body(int a, int b) {
      RunFacts first = facts.get(a);
      RunFacts last = facts.get(b - 1);
      double s = RECORD + insideTerms[b] - insideTerms[a];
      // The ends stand where the inside terms counted them: take them back, score them as ends.
      s -= inside(first);
      if (b - 1 > a) {
        s -= inside(last);
      }
      if (first.lead() != null) {
        s += LEAD_FIRST;
      }
      if (first.label()) {
        s += LABEL_FIRST;
      }
      if (first.bylineLine()) {
        s += BYLINE_FIRST;
      }
      if (first.continues()) {
        s += CONTINUED_START;
      }
      if (b - 1 > a) {
        if (last.lead() != null) {
          s += LEAD_INSIDE;
        }
        if (last.run().glued()) {
          s += GLUED_INSIDE;
        }
        if (last.caption()) {
          s += CAPTION_INSIDE;
        }
      }
      if (last.closing() != null) {
        s += CLOSING_LAST;
      }
      if (dangles(last.run().last().text())) {
        s += DANGLING_END;
      }
      s += MEASURE_CHANGE * changes(a, b);
      int chars = 0;
      for (int k = a; k < b && chars < 20; k++) {
        chars += facts.get(k).run().text().length();
      }
      if (chars < 20) {
        s += TINY_BODY;
      }
      return s;
    }

    private static boolean dangles(String t) {
      return Typography.endsWithDash(t) || Typography.endsMidSentence(t);
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
     * A headline shares most of its words with its body, a subhead taken for one far fewer with the
     * text after it. A headline of few bigrams ("图片报道") says little either way.
     */
    private static double lexical(Head head, double words, double lead, double other) {
      double weight = Math.min(1.0, head.grams.length / 6.0);
      return weight * (SHARED_WORDS * (words - SHARED_BY_CHANCE) + SHARED_WITH_LEAD * lead
          + SHARED_OTHER_SIDE * Math.max(0, other - OTHER_SIDE_BY_CHANCE));
    }

    /** The share of the headline's bigrams found in runs [a, b). */
    private double sharedWith(Head head, int a, int b) {
      boolean[] hit = new boolean[head.grams.length];
      double s = 0;
      for (int k = a; k < b; k++) {
        s = shared(head, k, hit);
      }
      return s;
    }

    private record Head(int[] grams, double odds) {}

    private Head head(int a, int b) {
      StringBuilder text = new StringBuilder();
      double odds = 0;
      for (int k = a; k < b; k++) {
        text.append(facts.get(k).run().text());
        odds += facts.get(k).headOdds();
        // The subheadline closes a headline block: what follows it is no part of the block.
        if (k + 1 < b && facts.get(k).run().lines().stream().anyMatch(f -> Typography.startsWithDash(f.text()))) {
          odds += AFTER_DECK;
        }
      }
      odds += EXTRA_HEAD_RUN * (b - a - 1);
      if (dangles(facts.get(b - 1).run().last().text())) {
        odds += DANGLING_END; // a kicker announces the headline: it does not end the block
      }
      return new Head(Overlap.grams(withoutSeriesLabel(text.toString())), odds);
    }

    /**
     * The share of the headline's bigrams found in run k, with those found before (in hit, which
     * it updates) when hit is given. A headline of few bigrams says less: its share is damped.
     */
    private double shared(Head head, int k, boolean[] hit) {
      int[] g = head.grams;
      if (g.length == 0) {
        return 0;
      }
      int found = 0;
      for (int q = 0; q < g.length; q++) {
        boolean in = hit != null && hit[q] || Arrays.binarySearch(grams[k], g[q]) >= 0;
        if (hit != null) {
          hit[q] = in;
        }
        if (in) {
          found++;
        }
      }
      return (double) found / g.length;
    }

    /**
     * A column or series label in brackets after a headline (（人民论坛）, （新中国的“第一”·国防篇）)
     * is shared by every article of the series: its words say nothing of this article's body.
     */
    private static String withoutSeriesLabel(String head) {
      int open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
      boolean closes = head.endsWith("）") || head.endsWith(")");
      return closes && open > 0 ? head.substring(0, open) : head;
    }

    /** The best reading with headlines on the allowed sides. */
    Plan best(boolean[] sides, double unused) {
      double[][] best = new double[m + 1][3];
      int[][][] back = new int[m + 1][3][];
      for (double[] row : best) {
        Arrays.fill(row, NEG);
      }
      best[0][NONE] = 0;
      for (int i = 0; i < m; i++) {
        for (int st = 0; st < 3; st++) {
          double here = best[i][st];
          if (here == NEG) {
            continue;
          }
          // The run belongs to no record (a section label at the top costs nothing).
          double skip = here + (st == NONE && i == 0 && sectionShaped(i) ? 0
              : UNASSIGNED + UNASSIGNED_PER_BODY_ODDS * Math.min(0, facts.get(i).headOdds()));
          relax(best, back, i + 1, st, skip, new int[] {i, st, -1, 0, 0});
          for (int p = 0; p < 2; p++) {
            if (!sides[p]) {
              continue;
            }
            double sw = st == NONE || st == p ? 0 : SWITCH_SIDES;
            for (int h = 0; h <= MAX_HEAD_RUNS; h++) {
              double[] row = record[p][h][i];
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
          if (i == 0 && b[1] == NONE && sectionShaped(0)) {
            section = 0;
          } else {
            unassigned.add(i);
          }
        } else {
          HeadlinePosition pos = b[2] == 0 ? HeadlinePosition.BEFORE : HeadlinePosition.AFTER;
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

    private static void relax(double[][] best, int[][][] back, int j, int st, double score, int[] from) {
      if (score > best[j][st]) {
        best[j][st] = score;
        back[j][st] = from;
      }
    }

    /** One short line at the top of the page with no punctuation: a section label (要闻, 一周动态). */
    private boolean sectionShaped(int k) {
      Run r = facts.get(k).run();
      return r.size() == 1 && r.text().length() <= 8 && r.text().chars().allMatch(Character::isLetterOrDigit);
    }
  }
}
