package jianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A PDF page's glyphs turned into the lines a text dump of the page shows: one line per printed
 * line of a column, a blank line where a column or block ends. Pure geometry, no PDF library: the
 * glyphs come from {@link PdfFormat}.
 *
 * <p>Distances are measured in ems of the type involved, since a gap that separates columns of
 * body text is small next to a headline set three times larger.
 */
final class PdfLayout {

  /** One glyph as drawn: its text, left edge, baseline (y grows down the page), advance, type size. */
  record Glyph(String text, double x, double baseline, double width, double size) {}

  /** Glyphs drawn one after another along one baseline: a printed line, or the part of one in a column. */
  record Run(String text, double x0, double x1, double baseline, double size) {
    // CJK faces put about 0.88 em above the baseline and 0.12 em below.
    double top() {
      return baseline - 0.88 * size;
    }

    double bottom() {
      return baseline + 0.12 * size;
    }
  }

  /** Baselines closer than this share a printed line. */
  private static final double SAME_BASELINE_EM = 0.3;
  /** A wider gap along a baseline is a gutter or a tab stop: the glyphs after it start a new run. */
  private static final double RUN_GAP_EM = 1.0;
  /** A gap this wide between two glyphs prints as a space. */
  private static final double SPACE_EM = 0.4;
  /** The narrowest white strip that separates columns (gutters are one em or more). */
  private static final double GUTTER_EM = 0.6;
  /** Beyond the body's normal leading, this much extra white space ends a block. */
  private static final double BLOCK_GAP_EM = 0.5;
  /** Type sizes further apart than this ratio are different roles (headline and body). */
  private static final double SIZE_CHANGE = 1.15;

  private PdfLayout() {}

  /** A page's lines and each line's type size against the body type (blank lines count as body type). */
  record Text(List<String> lines, List<Double> typeSizes) {}

  static List<String> lines(List<Glyph> glyphs, PdfOrder order) {
    return text(glyphs, order).lines();
  }

  static Text text(List<Glyph> glyphs, PdfOrder order) {
    List<Run> runs = runs(glyphs);
    List<Double> sizes = new ArrayList<>();
    List<String> lines = order == PdfOrder.STREAM ? streamOrder(runs, sizes) : positionOrder(runs, sizes);
    double body = runs.isEmpty() ? 1 : medianSize(runs);
    List<Double> relative = new ArrayList<>(sizes.size());
    for (double s : sizes) {
      // Rounded to a tenth: a headline is set a step or more above the body, never a hair.
      relative.add(s == 0 ? 1.0 : Math.round(10 * s / body) / 10.0);
    }
    return new Text(lines, relative);
  }

  /**
   * Groups glyphs, in drawing order, into runs. Space glyphs hold a run together (a letter-spaced
   * headline stays one run) but never start or end one.
   */
  static List<Run> runs(List<Glyph> glyphs) {
    List<Run> runs = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    Glyph last = null;
    for (Glyph g : glyphs) {
      if (last != null && !continues(last, g)) {
        addRun(runs, current);
        current.clear();
      }
      current.add(g);
      last = g;
    }
    addRun(runs, current);
    return runs;
  }

  private static boolean continues(Glyph prev, Glyph next) {
    double em = Math.max(prev.size(), next.size());
    double gap = next.x() - (prev.x() + prev.width());
    return Math.abs(next.baseline() - prev.baseline()) < SAME_BASELINE_EM * em
        && gap > -0.5 * em
        && gap < RUN_GAP_EM * em;
  }

  private static void addRun(List<Run> runs, List<Glyph> glyphs) {
    StringBuilder text = new StringBuilder();
    Glyph prevInk = null;
    boolean spaceSeen = false;
    double size = 0;
    int inked = 0;
    for (Glyph g : glyphs) {
      if (g.text().isBlank()) {
        spaceSeen = true;
        continue;
      }
      if (prevInk != null
          && (spaceSeen || g.x() - (prevInk.x() + prevInk.width()) >= SPACE_EM * g.size())) {
        text.append(' ');
      }
      text.append(g.text());
      size += g.size();
      inked++;
      prevInk = g;
      spaceSeen = false;
    }
    if (inked == 0) {
      return;
    }
    Glyph first = glyphs.stream().filter(g -> !g.text().isBlank()).findFirst().orElseThrow();
    runs.add(new Run(text.toString(), first.x(), prevInk.x() + prevInk.width(), first.baseline(), size / inked));
  }

  // ---- content-stream order ----

  /**
   * Runs as drawn. Consecutive runs on one baseline join into a line; a blank line goes wherever
   * the next line does not continue the block above it (it jumps up, sideways, far down, or
   * changes type size).
   */
  static List<String> streamOrder(List<Run> runs, List<Double> sizes) {
    List<String> out = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    Run prevLineHead = null;
    for (Run r : runs) {
      if (!line.isEmpty()) {
        Run tail = line.get(line.size() - 1);
        if (sameBaseline(tail, r) && r.x0() >= tail.x1() - 0.5 * r.size()) {
          line.add(r);
          continue;
        }
        prevLineHead = emit(out, sizes, line, prevLineHead);
        line.clear();
      }
      line.add(r);
    }
    if (!line.isEmpty()) {
      emit(out, sizes, line, prevLineHead);
    }
    return out;
  }

  private static Run emit(List<String> out, List<Double> sizes, List<Run> line, Run prevLine) {
    Run joined = join(line);
    if (prevLine != null && !continuesBlock(prevLine, joined)) {
      out.add("");
      sizes.add(0.0);
    }
    out.add(printed(joined.text()));
    sizes.add(joined.size());
    return joined;
  }

  private static boolean continuesBlock(Run above, Run below) {
    double em = Math.max(above.size(), below.size());
    double down = below.baseline() - above.baseline();
    boolean overlap = below.x0() < above.x1() && above.x0() < below.x1();
    return down > 0 && down <= 2.0 * em && overlap && sameSize(above, below);
  }

  // ---- position order ----

  /**
   * Recursive XY cut. A region splits first at full-height white strips (gutters: columns read
   * left to right), else at its widest full-width white band (blocks read top to bottom), until
   * a region is one column of one block. Columns are tried first so that two articles side by side
   * are not read across; a headline over several columns leaves no gutter, so it is cut off above
   * (or below) its body and stays whole.
   */
  static List<String> positionOrder(List<Run> runs, List<Double> sizes) {
    if (runs.isEmpty()) {
      return List.of();
    }
    double em = medianSize(runs);
    double blockGap = normalLeading(runs, em) + BLOCK_GAP_EM * em;
    List<List<Run>> leaves = new ArrayList<>();
    cut(runs, em, blockGap, leaves);
    List<String> out = new ArrayList<>();
    for (List<Run> leaf : leaves) {
      if (!out.isEmpty()) {
        out.add("");
        sizes.add(0.0);
      }
      Run prev = null;
      for (Run row : rows(leaf)) {
        if (prev != null && !sameSize(prev, row)) {
          out.add(""); // a kicker above a headline, a headline above its body: different roles
          sizes.add(0.0);
        }
        out.add(printed(row.text()));
        sizes.add(row.size());
        prev = row;
      }
    }
    return out;
  }

  private static void cut(List<Run> region, double em, double blockGap, List<List<Run>> leaves) {
    List<List<Run>> columns = columns(region, em);
    if (columns.size() > 1) {
      List<List<Run>> bands = bands(region, blockGap);
      List<List<Run>> stories = storiesUnderHeadlines(bands.get(0), columns, em);
      if (stories.size() > 1) {
        for (List<Run> story : stories) {
          cut(story, em, blockGap, leaves);
        }
        return;
      }
      boolean spanning = bands.stream().anyMatch(b -> headlineOnly(b, em) && !splitByGutters(b, columns));
      for (List<Run> part : spanning ? bands : columns) {
        cut(part, em, blockGap, leaves);
      }
      return;
    }
    List<List<Run>> blocks = splitAtWidestBand(region, blockGap);
    if (blocks.size() > 1) {
      for (List<Run> b : blocks) {
        cut(b, em, blockGap, leaves);
      }
      return;
    }
    leaves.add(region);
  }

  /**
   * Headlines side by side across the top of a region, each over its own columns (two articles
   * next to each other): the region split into one part per headline, holding that headline and
   * the columns whose centre lies nearest to it. A headline is centred over its columns, and may
   * be narrower than one of them, so no gutter tells which columns are its own. Empty unless the
   * top band is all headline type and holds two or more headlines apart.
   */
  private static List<List<Run>> storiesUnderHeadlines(List<Run> top, List<List<Run>> columns, double em) {
    if (!headlineOnly(top, em)) {
      return List.of();
    }
    // Headlines: top-band runs that overlap sideways belong to one block (kicker over headline).
    List<Run> byX = new ArrayList<>(top);
    byX.sort(Comparator.comparingDouble(Run::x0));
    List<double[]> heads = new ArrayList<>();
    for (Run r : byX) {
      double[] last = heads.isEmpty() ? null : heads.get(heads.size() - 1);
      if (last != null && r.x0() < last[1]) {
        last[1] = Math.max(last[1], r.x1());
      } else {
        heads.add(new double[] {r.x0(), r.x1()});
      }
    }
    if (heads.size() < 2) {
      return List.of();
    }
    Set<Run> topRuns = new HashSet<>(top);
    List<List<Run>> stories = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      stories.add(new ArrayList<>());
    }
    for (Run r : top) {
      double c = (r.x0() + r.x1()) / 2;
      stories.get(nearest(heads, c)).add(r);
    }
    int lastStory = 0;
    for (List<Run> column : columns) {
      double x0 = column.stream().filter(r -> !topRuns.contains(r)).mapToDouble(Run::x0).min().orElse(Double.NaN);
      double x1 = column.stream().filter(r -> !topRuns.contains(r)).mapToDouble(Run::x1).max().orElse(Double.NaN);
      if (Double.isNaN(x0)) {
        continue;
      }
      int story = nearest(heads, (x0 + x1) / 2);
      if (story < lastStory) {
        return List.of(); // columns would not read left to right: not this layout
      }
      lastStory = story;
      column.stream().filter(r -> !topRuns.contains(r)).forEach(stories.get(story)::add);
    }
    stories.removeIf(List::isEmpty);
    return stories;
  }

  private static int nearest(List<double[]> heads, double x) {
    int best = 0;
    for (int h = 1; h < heads.size(); h++) {
      if (Math.abs(x - centre(heads.get(h))) < Math.abs(x - centre(heads.get(best)))) {
        best = h;
      }
    }
    return best;
  }

  private static double centre(double[] span) {
    return (span[0] + span[1]) / 2;
  }

  /** The region's columns, left to right, split at every white strip at least a gutter wide. */
  private static List<List<Run>> columns(List<Run> region, double em) {
    if (rows(region).size() < 2) {
      return List.of(region); // one printed line is never split into columns
    }
    List<Run> byX = new ArrayList<>(region);
    byX.sort(Comparator.comparingDouble(Run::x0));
    List<List<Run>> columns = new ArrayList<>();
    List<Run> current = new ArrayList<>();
    double right = Double.NEGATIVE_INFINITY;
    for (Run r : byX) {
      if (!current.isEmpty() && r.x0() - right >= GUTTER_EM * em) {
        columns.add(current);
        current = new ArrayList<>();
      }
      current.add(r);
      right = Math.max(right, r.x1());
    }
    columns.add(current);
    return columns;
  }

  /** The region cut at every full-width white band at least a block gap high, top to bottom. */
  private static List<List<Run>> bands(List<Run> region, double blockGap) {
    List<Run> byTop = new ArrayList<>(region);
    byTop.sort(Comparator.comparingDouble(Run::top));
    List<List<Run>> bands = new ArrayList<>();
    List<Run> band = new ArrayList<>();
    double bottom = Double.NEGATIVE_INFINITY;
    for (Run r : byTop) {
      if (!band.isEmpty() && r.top() - bottom >= blockGap) {
        bands.add(band);
        band = new ArrayList<>();
      }
      band.add(r);
      bottom = Math.max(bottom, r.bottom());
    }
    bands.add(band);
    return bands;
  }

  /** Set in other type than the body: a headline block (kicker, headline, subheadline). */
  private static boolean headlineOnly(List<Run> band, double em) {
    return band.stream().noneMatch(r -> Math.max(r.size(), em) <= SIZE_CHANGE * Math.min(r.size(), em));
  }

  /**
   * Whether the band has text on both sides of one of the gutters between the region's columns.
   * A headline centred over several columns may fit inside one of them and leave every gutter
   * open; it still heads them all, unless headlines stand beside it across a gutter (two
   * articles side by side), in which case the columns are read first.
   */
  private static boolean splitByGutters(List<Run> band, List<List<Run>> columns) {
    for (int i = 0; i + 1 < columns.size(); i++) {
      double left = columns.get(i).stream().mapToDouble(Run::x1).max().orElseThrow();
      double right = columns.get(i + 1).stream().mapToDouble(Run::x0).min().orElseThrow();
      boolean before = band.stream().anyMatch(r -> r.x1() <= left);
      boolean after = band.stream().anyMatch(r -> r.x0() >= right);
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits at the widest full-width white band if it is wider than a block gap. A region that
   * still has runs side by side on one line holds columns under a spanning line; it is split at
   * its widest band however narrow, until the spanning line stands alone.
   */
  private static List<List<Run>> splitAtWidestBand(List<Run> region, double blockGap) {
    List<Run> byTop = new ArrayList<>(region);
    byTop.sort(Comparator.comparingDouble(Run::top));
    double bottom = Double.NEGATIVE_INFINITY;
    double widest = 0;
    int at = -1;
    for (int i = 0; i < byTop.size(); i++) {
      Run r = byTop.get(i);
      if (i > 0 && r.top() - bottom > widest) {
        widest = r.top() - bottom;
        at = i;
      }
      bottom = Math.max(bottom, r.bottom());
    }
    if (at < 0 || (widest < blockGap && !sideBySide(region))) {
      return List.of(region);
    }
    return List.of(byTop.subList(0, at), byTop.subList(at, byTop.size()));
  }

  private static boolean sideBySide(List<Run> region) {
    for (Run row : rows(region)) {
      if (row.text().contains(COLUMN_JOIN)) {
        return true;
      }
    }
    return false;
  }

  /** Marks, inside {@link #rows}, runs on one baseline that a wide gap separates. */
  private static final String COLUMN_JOIN = "\u0000";

  /**
   * The region's printed lines top to bottom: runs on one baseline joined left to right. Runs
   * more than a run gap apart are joined with {@link #COLUMN_JOIN}, replaced by a space on output.
   */
  private static List<Run> rows(List<Run> region) {
    List<Run> byBaseline = new ArrayList<>(region);
    byBaseline.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x0));
    List<Run> rows = new ArrayList<>();
    List<Run> row = new ArrayList<>();
    for (Run r : byBaseline) {
      if (!row.isEmpty() && !sameBaseline(row.get(0), r)) {
        rows.add(join(row));
        row.clear();
      }
      row.add(r);
    }
    if (!row.isEmpty()) {
      rows.add(join(row));
    }
    return rows;
  }

  private static Run join(List<Run> row) {
    List<Run> byX = new ArrayList<>(row);
    byX.sort(Comparator.comparingDouble(Run::x0));
    StringBuilder text = new StringBuilder();
    Run prev = null;
    double size = 0;
    double x1 = Double.NEGATIVE_INFINITY;
    for (Run r : byX) {
      if (prev != null) {
        double gap = r.x0() - prev.x1();
        text.append(gap >= RUN_GAP_EM * r.size() ? COLUMN_JOIN : gap >= SPACE_EM * r.size() ? " " : "");
      }
      text.append(r.text());
      size = Math.max(size, r.size());
      x1 = Math.max(x1, r.x1());
      prev = r;
    }
    return new Run(text.toString(), byX.get(0).x0(), x1, byX.get(0).baseline(), size);
  }

  private static boolean sameBaseline(Run a, Run b) {
    return Math.abs(a.baseline() - b.baseline()) < SAME_BASELINE_EM * Math.max(a.size(), b.size());
  }

  private static boolean sameSize(Run a, Run b) {
    return Math.max(a.size(), b.size()) <= SIZE_CHANGE * Math.min(a.size(), b.size());
  }

  /** The body's type size: the size most of the page's characters are set in. */
  private static double medianSize(List<Run> runs) {
    List<Run> bySize = new ArrayList<>(runs);
    bySize.sort(Comparator.comparingDouble(Run::size));
    long total = runs.stream().mapToLong(r -> r.text().length()).sum();
    long seen = 0;
    for (Run r : bySize) {
      seen += r.text().length();
      if (2 * seen >= total) {
        return r.size();
      }
    }
    return bySize.get(bySize.size() - 1).size();
  }

  /**
   * White space between two lines of body text in one column: from each body run to the nearest
   * body run below it that overlaps it sideways, the median gap.
   */
  private static double normalLeading(List<Run> runs, double em) {
    List<Run> body = runs.stream().filter(r -> Math.abs(r.size() - em) < 0.15 * em).toList();
    List<Double> gaps = new ArrayList<>();
    for (Run a : body) {
      double nearest = Double.POSITIVE_INFINITY;
      for (Run b : body) {
        double down = b.baseline() - a.baseline();
        if (down > SAME_BASELINE_EM * em && down < nearest && b.x0() < a.x1() && a.x0() < b.x1()) {
          nearest = down;
        }
      }
      if (nearest < 4 * em) {
        gaps.add(nearest - em);
      }
    }
    if (gaps.isEmpty()) {
      return 0.5 * em;
    }
    gaps.sort(null);
    return Math.max(0, gaps.get(gaps.size() / 2));
  }

  /** Text as printed: the marker for a wide gap inside a line becomes a space. */
  private static String printed(String line) {
    return line.replace(COLUMN_JOIN, " ");
  }
}
