package jianbao.segment;

import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.typography.Typography;

/**
 * How likely a run's lines are under the two ways a page sets text: as body type in a column of a
 * given measure, or as a headline block. Both are small generative models over line widths (in
 * half-em bins) and line endings, so their log-likelihoods compare directly.
 *
 * <p>Body type fills the column: a paragraph's first line two ems short (the indent that text
 * extraction drops), every other line full, the last line anywhere up to the measure and ending a
 * sentence. A headline is set to its own measure: one line of any width, or lines wrapped at one
 * width with a shorter last line, rarely ending in a full stop and never holding one.
 */
final class Typesetting {
  private Typesetting() {}

  /** Half-em bins a width can fall into on any page (80 ems). */
  private static final double BINS = 160;

  private static final double NEG = Double.NEGATIVE_INFINITY;

  private static final int FIRST = 0;
  private static final int FULL = 1;
  private static final int LAST = 2;
  private static final int SINGLE = 3;

  private static final double[] START = {log(0.50), log(0.25), log(0.10), log(0.15)};
  /**
   * A run may end inside a paragraph where a column break falls, but only if the next run carries
   * the paragraph on; else body text ends on a finished paragraph.
   */
  private static final double[] END_CONTINUED = {log(0.10), log(0.25), 0, 0};
  private static final double[] END = {log(0.005), log(0.01), 0, 0};
  private static final double[][] NEXT = {
      {NEG, log(0.70), log(0.30), NEG},
      {NEG, log(0.80), log(0.20), NEG},
      {log(0.85), NEG, NEG, log(0.15)},
      {log(0.85), NEG, NEG, log(0.15)}};


  /**
   * Log-likelihood of the lines as body type in a column of measure w (in ems).
   *
   * @param continued whether the next run carries on the run's last paragraph
   */
  static double body(List<Fragment> lines, double w, boolean continued) {
    double[] end = continued ? END_CONTINUED : END;
    double[] v = new double[4];
    for (int s = 0; s < 4; s++) {
      v[s] = START[s] + bodyLine(s, lines.get(0).text(), w);
    }
    for (int i = 1; i < lines.size(); i++) {
      String t = lines.get(i).text();
      double[] n = new double[4];
      for (int s = 0; s < 4; s++) {
        double best = NEG;
        for (int p = 0; p < 4; p++) {
          best = Math.max(best, v[p] + NEXT[p][s]);
        }
        n[s] = best + bodyLine(s, t, w);
      }
      v = n;
    }
    double best = NEG;
    for (int s = 0; s < 4; s++) {
      best = Math.max(best, v[s] + end[s]);
    }
    return best;
  }

  private static double bodyLine(int state, String t, double w) {
    double core = Typography.coreWidth(t);
    double x = Typography.width(t);
    return switch (state) {
      case FIRST -> near(core, w - 2) + runOnEnding(t);
      case FULL -> near(core, w) + runOnEnding(t);
      case LAST -> upTo(x, w + 1, 0.97) + lastEnding(t, 0.88, 0.07);
      default -> upTo(x, w - 1.5, 0.95) + lastEnding(t, 0.75, 0.10);
    };
  }

  /** A width set to a target: most within half an em, some within one and a half. */
  private static double near(double x, double target) {
    double d = Math.abs(x - target);
    if (d <= 0.5) {
      return log(0.75 / 3);
    }
    if (d <= 1.5) {
      return log(0.15 / 4);
    }
    return log(0.10 / BINS);
  }

  /** A width anywhere up to a limit, with probability p. */
  private static double upTo(double x, double limit, double p) {
    if (x <= limit && limit >= 0.5) {
      return log(p / (2 * limit));
    }
    return log((1 - p) / BINS);
  }

  /** A line that runs on into the next rarely ends a sentence exactly at its end. */
  private static double runOnEnding(String t) {
    return Typography.endsSentence(t) ? log(0.12) : log(0.88);
  }

  private static double lastEnding(String t, double sentence, double mark) {
    if (Typography.endsSentence(t)) {
      return log(sentence);
    }
    return otherParagraphEnd(t) ? log(mark) : log(1 - sentence - mark);
  }

  /** Paragraphs that end without a full stop end on a bracket, a colon or a dash. */
  private static boolean otherParagraphEnd(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '）' || c == ')' || c == '：' || c == ':' || Typography.endsWithDash(t);
  }

  private static final double[] HEAD_LINES = {log(0.45), log(0.30), log(0.14), log(0.07), log(0.03)};
  /** A headline block holds up to three roles (kicker, headline, subheadline), each wrapped at its own measure. */
  private static final double[] ROLES = {log(0.55), log(0.35), log(0.1)};
  /** Half-em bins a headline line's width falls into: headlines span up to a page's width (30 ems). */
  private static final double HEAD_BINS = 60;

  /** Log-likelihood of the lines as a headline block (or one piece of one). */
  static double headline(List<Fragment> lines) {
    int n = lines.size();
    double ll = n <= HEAD_LINES.length ? HEAD_LINES[n - 1] : HEAD_LINES[HEAD_LINES.length - 1] + (n - HEAD_LINES.length) * log(0.3);
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).text();
      ll += headEnding(t, i == n - 1);
      if (t.indexOf('。') >= 0 && t.indexOf('。') < t.length() - 1) {
        ll += log(0.02);
      }
    }
    // The lines fall into up to three roles: try every way to cut them. A subheadline's dash
    // starts a role of its own.
    double best = Double.NEGATIVE_INFINITY;
    for (int a = 1; a <= n; a++) {
      if (a == n) {
        best = Math.max(best, roles(lines, 0, n, 1) + dashes(lines, 0, n));
        continue;
      }
      best = Math.max(best, roles(lines, 0, a, 2) + roles(lines, a, n, 0) + dashes(lines, 0, a) + dashes(lines, a, n));
      for (int b = a + 1; b < n; b++) {
        best = Math.max(best, roles(lines, 0, a, 3) + roles(lines, a, b, 0) + roles(lines, b, n, 0)
            + dashes(lines, 0, a) + dashes(lines, a, b) + dashes(lines, b, n));
      }
    }
    return ll + best;
  }

  /** A dash opens a role: a role's later line that starts with one is unlikely. */
  private static double dashes(List<Fragment> lines, int a, int b) {
    double ll = 0;
    for (int i = a + 1; i < b; i++) {
      if (Typography.startsWithDash(lines.get(i).text())) {
        ll += log(0.05);
      }
    }
    return ll;
  }

  /**
   * Widths of lines [a, b) as one role: the first line any width, the others but the last as wide
   * as it (wrapped at one measure), the last no wider. With count > 0, adds the prior of a block
   * of that many roles.
   */
  private static double roles(List<Fragment> lines, int a, int b, int count) {
    double ll = count > 0 ? ROLES[count - 1] : 0;
    double w0 = Typography.width(lines.get(a).text());
    ll += log(1 / HEAD_BINS);
    for (int i = a + 1; i < b; i++) {
      double x = Typography.width(lines.get(i).text());
      if (i < b - 1) {
        ll += Math.abs(x - w0) <= 0.5 ? log(0.7 / 3) : log(0.3 / HEAD_BINS);
      } else {
        ll += x <= w0 + 0.5 ? log(0.9 / (2 * Math.max(w0, 1))) : log(0.1 / HEAD_BINS);
      }
    }
    return ll;
  }

  private static double headEnding(String t, boolean last) {
    if (Typography.endsSentence(t)) {
      // A headline may end on a question or an exclamation, hardly ever on a full stop.
      return Typography.finalMark(t) == '。' || !last ? log(0.01) : log(0.04);
    }
    if (Typography.endsMidSentence(t)) {
      return last ? log(0.02) : log(0.06);
    }
    return log(0.90);
  }

  private static double log(double p) {
    return Math.log(p);
  }
}
