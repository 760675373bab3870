package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.byline.BylineParser;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;

/**
 * Cuts a page into records. The page's lines are grouped into {@link Runs}, each run is read once
 * ({@link RunFacts}: its headline odds, the byline it opens with, the credit it closes with), and
 * {@link ArticleSearch} decides the whole page at once: which runs head which bodies, on which
 * side. What is left here is handing each record its pieces: headline runs, the byline that opens
 * the body, the body lines, a photograph's credit.
 */
public final class Segmenter {

  private final HeadlinePosition position;
  private final Weights weights;

  public Segmenter(HeadlinePosition position) {
    this(position, Weights.defaults());
  }

  public Segmenter(HeadlinePosition position, Weights weights) {
    this.position = position;
    this.weights = weights;
  }

  public Layout segment(List<Fragment> fragments) {
    if (fragments.isEmpty()) {
      return new Layout(null, List.of(), List.of(), List.of(), HeadlinePosition.BEFORE, 0);
    }
    List<Run> runs = Runs.of(fragments);
    List<RunFacts> facts = RunFacts.read(runs);
    ArticleSearch.Plan plan = ArticleSearch.search(facts, position, weights);

    List<Draft> drafts = new ArrayList<>();
    for (ArticleSearch.Cut c : plan.cuts()) {
      drafts.add(draft(facts, c));
    }
    List<List<Fragment>> unassigned = new ArrayList<>();
    for (int k : plan.unassigned()) {
      unassigned.add(runs.get(k).lines());
    }
    String section = plan.section() < 0 ? null : runs.get(plan.section()).text();
    List<Fragment> sectionParts = plan.section() < 0 ? List.of() : runs.get(plan.section()).lines();
    return new Layout(section, sectionParts, drafts, unassigned, plan.position(), plan.margin());
  }

  private static Draft draft(List<RunFacts> facts, ArticleSearch.Cut c) {
    List<List<Fragment>> headline = new ArrayList<>();
    for (int k = c.headStart(); k < c.headEnd(); k++) {
      headline.add(facts.get(k).run().lines());
    }
    List<Fragment> body = new ArrayList<>();
    List<Fragment> subheads = new ArrayList<>();
    for (int k = c.bodyStart(); k < c.bodyEnd(); k++) {
      Run r = facts.get(k).run();
      body.addAll(r.lines());
      // A headline-shaped run inside a body is a subhead or a label: a paragraph of its own.
      boolean continued = k + 1 < c.bodyEnd() && facts.get(k + 1).continues();
      if (k > c.bodyStart() && facts.get(k).typeset() > 0 && r.size() <= 3 && !facts.get(k).continues() && !continued
          && balanced(r.text())) {
        subheads.addAll(r.lines());
      }
    }
    RunFacts first = facts.get(c.bodyStart());
    Byline byline = null;
    List<Fragment> bylineParts = new ArrayList<>();
    if (first.lead() != null) {
      byline = first.lead().byline();
      cutLead(body, first.lead(), first.leadLines(), bylineParts);
    } else if (first.bylineLine() && body.size() > 1) {
      Fragment line = body.remove(0);
      byline = BylineParser.line(line.raw());
      bylineParts.add(line);
    }
    String kind = Article.ARTICLE;
    Byline credit = null;
    List<Fragment> creditParts = new ArrayList<>();
    RunFacts last = facts.get(c.bodyEnd() - 1);
    if (!c.hasHead() && (first.caption() || isPhotoCredit(last))) {
      kind = Article.PHOTO;
      if (isPhotoCredit(last) && last.closingLines() < body.size()) {
        // A caption's credit is its byline, not a paragraph.
        List<Fragment> lines = last.run().lines();
        lines = lines.subList(lines.size() - last.closingLines(), lines.size());
        body.removeAll(lines);
        creditParts.addAll(lines);
        credit = last.closing().byline();
      }
    }
    return new Draft(kind, headline, byline, bylineParts, body, credit, creditParts, subheads);
  }

  /** A subhead is a whole phrase: it closes no bracket it did not open. */
  private static boolean balanced(String t) {
    int open = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '（' || ch == '(') {
        open++;
      } else if ((ch == '）' || ch == ')') && --open < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPhotoCredit(RunFacts f) {
    return f.closing() != null && f.closing().kind() == BylineParser.ClosingKind.PHOTO_CREDIT;
  }

  /**
   * Takes the byline lead off the start of the body: the lines it fills whole, and its last line up
   * to the lead's end (the lead's length counts raw characters of that last line).
   */
  private static void cutLead(List<Fragment> body, BylineParser.Lead lead, int lines, List<Fragment> bylineParts) {
    for (int k = 0; k + 1 < lines; k++) {
      bylineParts.add(body.remove(0));
    }
    Fragment last = body.remove(0);
    int cut = textIndex(last, lead.length());
    bylineParts.add(last.slice(0, cut));
    if (cut < last.length()) {
      body.add(0, last.from(cut));
    }
  }

  /** The normalised-text index matching a raw length counted from the fragment's start. */
  private static int textIndex(Fragment f, int rawLength) {
    int limit = f.column(0) + rawLength;
    int k = 0;
    while (k < f.length() && f.column(k) < limit) {
      k++;
    }
    return k;
  }
}
