package jianbao.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;

/**
 * Learns {@link Weights} for the page-level decision from pages whose records are known: an
 * averaged structured perceptron. For each page it finds the best reading under the current
 * weights; where that differs from the true reading, the weights move by the difference of the two
 * readings' {@link Evidence}. The truth is given as records (headline block text, paragraphs), the
 * format {@code jianbao eval} reads; it is found in the page by its characters, whitespace aside.
 */
public final class LayoutTrainer {
  private LayoutTrainer() {}

  /**
   * One true record: the pieces of its headline block as printed (the whole block, or kicker,
   * headline and subheadline apart) and its paragraphs.
   */
  public record TrueRecord(List<String> headline, List<String> paragraphs) {}

  /** A page (its lines and, where known, their type sizes) and its true records. */
  public record Example(String name, List<String> lines, List<Double> typeSizes, List<TrueRecord> records) {}

  /**
   * What training did.
   *
   * @param weights the averaged weights
   * @param usable pages whose truth could be read as runs (the others are left out)
   * @param skipped names of pages left out, each with why
   * @param exactPages pages read exactly right by the final weights
   */
  public record Result(Weights weights, int usable, List<String> skipped, int exactPages) {}

  /** A page ready for training: its runs' facts and the true reading of them. */
  private record Prepared(String name, List<RunFacts> facts, List<ArticleSearch.Cut> cuts, int section, List<Integer> unassigned) {}

  /** How far one page's mistake moves the weights: small, so the shipped weights are a starting point, not a scale. */
  static final double STEP = 0.1;

  /**
   * Trains once per seed (each pass over the pages in its own order) and averages the results:
   * one perceptron's weights depend on the order it saw the pages in; the average of a few does
   * much less.
   */
  public static Result train(List<Example> examples, Weights start, int epochs, long seed, int restarts) {
    Result first = train(examples, start, epochs, seed);
    if (restarts <= 1) {
      return first;
    }
    double[] sum = first.weights().array();
    for (int r = 1; r < restarts; r++) {
      double[] w = train(examples, start, epochs, seed + r).weights().array();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += w[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= restarts;
    }
    return withWeights(examples, new Weights(sum), first.skipped());
  }

  private static Result withWeights(List<Example> examples, Weights w, List<String> skipped) {
    List<Prepared> pages = new ArrayList<>();
    for (Example e : examples) {
      prepare(e, pages);
    }
    int exact = 0;
    for (Prepared p : pages) {
      if (same(ArticleSearch.search(p.facts(), HeadlinePosition.AUTO, w), p)) {
        exact++;
      }
    }
    return new Result(w, pages.size(), skipped, exact);
  }

  public static Result train(List<Example> examples, Weights start, int epochs, long seed) {
    List<Prepared> pages = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Example e : examples) {
      String why = prepare(e, pages);
      if (why != null) {
        skipped.add(e.name() + ": " + why);
      }
    }
    int n = Evidence.values().length;
    double[] w = start.array();
    double[] sum = new double[n];
    long steps = 0;
    Random rnd = new Random(seed);
    List<Prepared> order = new ArrayList<>(pages);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, rnd);
      for (Prepared p : order) {
        Weights current = new Weights(w);
        ArticleSearch.Plan plan = ArticleSearch.search(p.facts(), HeadlinePosition.AUTO, current);
        if (!same(plan, p)) {
          ArticleSearch s = new ArticleSearch(p.facts(), current);
          double[] truth = s.evidence(p.cuts(), p.section(), p.unassigned());
          double[] guess = s.evidence(plan.cuts(), plan.section(), plan.unassigned());
          for (int i = 0; i < n; i++) {
            w[i] += STEP * (truth[i] - guess[i]);
          }
        }
        for (int i = 0; i < n; i++) {
          sum[i] += w[i];
        }
        steps++;
      }
    }
    double[] avg = w.clone();
    if (steps > 0) {
      for (int i = 0; i < n; i++) {
        avg[i] = sum[i] / steps;
      }
    }
    Weights learned = new Weights(avg);
    int exact = 0;
    for (Prepared p : pages) {
      if (same(ArticleSearch.search(p.facts(), HeadlinePosition.AUTO, learned), p)) {
        exact++;
      }
    }
    return new Result(learned, pages.size(), skipped, exact);
  }

  private static boolean same(ArticleSearch.Plan plan, Prepared p) {
    if (plan.cuts().size() != p.cuts().size()) {
      return false;
    }
    for (int i = 0; i < plan.cuts().size(); i++) {
      ArticleSearch.Cut a = plan.cuts().get(i);
      ArticleSearch.Cut b = p.cuts().get(i);
      if (a.start() != b.start() || a.end() != b.end() || a.headStart() != b.headStart() || a.headEnd() != b.headEnd()) {
        return false;
      }
    }
    return true;
  }

  /** Reads the page's truth as runs; adds it to pages, or returns why it cannot be. */
  private static String prepare(Example e, List<Prepared> pages) {
    int[][] label = TruthAlignment.label(e.lines(), e.records());
    if (label == null) {
      return "its records are not all found in its text";
    }
    List<Run> runs = Runs.of(Normalizer.fragments(e.lines(), e.typeSizes()));
    List<RunFacts> facts = RunFacts.read(runs);
    // Each run goes to the record most of its characters belong to; heads are runs of headline text.
    int[] rec = new int[runs.size()];
    boolean[] head = new boolean[runs.size()];
    for (int k = 0; k < runs.size(); k++) {
      int[] votes = new int[2 * e.records().size() + 1];
      for (Fragment f : runs.get(k).lines()) {
        for (int i = 0; i < f.length(); i++) {
          int l = label[f.line() - 1][f.column(i)];
          votes[l + 1]++;
        }
      }
      int best = 0;
      for (int v = 1; v < votes.length; v++) {
        if (votes[v] > votes[best]) {
          best = v;
        }
      }
      int l = best - 1;
      rec[k] = l < 0 ? -1 : l / 2;
      head[k] = l >= 0 && l % 2 == 0;
    }
    // Text the truth leaves out of paragraphs but a record holds: a byline line opens the record
    // after it, a credit or note closes the record before it.
    for (int q = 0; q < runs.size(); q++) {
      if (rec[q] >= 0) {
        continue;
      }
      RunFacts f = facts.get(q);
      if ((f.bylineLine() || f.lead() != null) && q + 1 < runs.size() && rec[q + 1] >= 0) {
        rec[q] = rec[q + 1];
      } else if (f.closing() != null && q > 0 && rec[q - 1] >= 0 && !head[q - 1]) {
        rec[q] = rec[q - 1];
      }
    }
    List<ArticleSearch.Cut> cuts = new ArrayList<>();
    List<Integer> unassigned = new ArrayList<>();
    int section = -1;
    boolean[] seen = new boolean[e.records().size()];
    int k = 0;
    while (k < runs.size()) {
      if (rec[k] < 0) {
        if (k == 0 && runs.get(0).size() == 1 && runs.get(0).text().length() <= 8) {
          section = 0;
        } else {
          unassigned.add(k);
        }
        k++;
        continue;
      }
      int r = rec[k];
      if (seen[r]) {
        return "record " + (r + 1) + " is printed in two places";
      }
      seen[r] = true;
      int j = k;
      while (j < runs.size() && rec[j] == r) {
        j++;
      }
      int hs = -1;
      int he = -1;
      for (int q = k; q < j; q++) {
        if (head[q]) {
          if (hs < 0) {
            hs = q;
          } else if (he != q) {
            return "record " + (r + 1) + " has headline text on both sides of its body";
          }
          he = q + 1;
        }
      }
      if (hs < 0) {
        cuts.add(new ArticleSearch.Cut(k, j, k, k, HeadlinePosition.BEFORE));
      } else if (he - hs > ArticleSearch.MAX_HEAD_RUNS || he - hs == j - k) {
        return "record " + (r + 1) + " has no body, or a headline of more than " + ArticleSearch.MAX_HEAD_RUNS + " runs";
      } else if (hs == k) {
        cuts.add(new ArticleSearch.Cut(k, j, hs, he, HeadlinePosition.BEFORE));
      } else if (he == j) {
        cuts.add(new ArticleSearch.Cut(k, j, hs, he, HeadlinePosition.AFTER));
      } else {
        return "record " + (r + 1) + " has its headline inside its body";
      }
      k = j;
    }
    pages.add(new Prepared(e.name(), facts, cuts, section, unassigned));
    return null;
  }
}
