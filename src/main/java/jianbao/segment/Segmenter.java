package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;
import jianbao.byline.BylineParser;
import jianbao.headline.HeadlineSplitter;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;
import jianbao.reflow.Typography;

/**
 * Blocks to records. Headlines are found by typography, not by words: a headline is a short run
 * of lines that end without punctuation, set between a finished sentence and the start of
 * something new (a byline, a caption, an indented paragraph, the page's end). Which article a
 * headline belongs to depends on the page's headline position, decided from which neighbouring
 * body shares more words with it.
 */
public final class Segmenter {

  /** A headline block holds at most this many lines per piece. */
  static final int MAX_HEADLINE_LINES = 4;
  /** A section label at the top of a page is a word or two. */
  static final double MAX_SECTION_WIDTH = 8;
  /** No headline is this short; a section label (要闻, 社会, 本地新闻) often is. */
  static final double MAX_LABEL_WORD = 4;

  private final HeadlinePosition position;

  public Segmenter(HeadlinePosition position) {
    this.position = position;
  }

  /** One step of the page: a headline chain, or a block of another kind. */
  private record Item(Block block, List<Block> chain) {
    boolean isChain() {
      return chain != null;
    }

    Block.Kind kind() {
      return block == null ? null : block.kind();
    }
  }

  public Layout segment(List<Fragment> fragments) {
    List<Block> blocks = splitRunIn(BlockSplitter.split(fragments));
    List<Item> items = chains(blocks);
    HeadlinePosition pos = position == HeadlinePosition.AUTO ? decide(items) : position;
    return assemble(subheads(items, pos), pos);
  }

  // ---- headline chains ----

  private static List<Item> chains(List<Block> blocks) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      if (!headlineShaped(blocks.get(i)) || !endsFinished(blocks, i - 1)) {
        items.add(new Item(blocks.get(i), null));
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < blocks.size() && headlineShaped(blocks.get(j + 1))) {
        j++;
      }
      // The run is a headline only if what follows starts afresh; else its last piece is body.
      // Where only more text follows, lines that fill the column like the text before them are
      // that text, broken by a column end.
      while (j >= i && (!startsAfresh(blocks, j + 1) || onlyTextFollows(blocks, j + 1)
          && (i > 0 && flowsLikeColumn(blocks.subList(i, j + 1), Typography.columnWidth(blocks.get(i - 1).text()))
              || readsLikeLead(blocks.get(j))))) {
        j--;
      }
      if (j < i) {
        items.add(new Item(blocks.get(i), null));
        i++;
        continue;
      }
      items.add(new Item(null, List.copyOf(blocks.subList(i, j + 1))));
      i = j + 1;
    }
    return items;
  }

  /**
   * A block whose lines wrap a sentence with a comma inside a line, or a day of the month: that is
   * a lead, not a headline, when nothing but more text follows it.
   */
  private static boolean readsLikeLead(Block b) {
    List<Fragment> lines = b.text();
    if (lines.size() < 2) {
      return false;
    }
    for (Fragment f : lines) {
      String t = f.text();
      if (DAY.matcher(t).find() || t.indexOf('，') > 0 && t.indexOf('，') < t.length() - 1) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}月\\d{1,2}日");

  private static boolean onlyTextFollows(List<Block> blocks, int k) {
    return k < blocks.size() && blocks.get(k).kind() == Block.Kind.TEXT;
  }

  /** Every line as wide as the column's text lines: a first line two ems short at most. */
  static boolean flowsLikeColumn(List<Block> run, double w) {
    int lines = 0;
    for (Block b : run) {
      List<Fragment> text = b.text();
      for (int k = 0; k < text.size(); k++) {
        double x = Typography.width(text.get(k).text());
        if (x > w + 1 || x < (k == 0 ? w - 3 : w - 1)) {
          return false;
        }
        lines++;
      }
    }
    return lines >= 2;
  }

  static boolean headlineShaped(Block b) {
    if (b.kind() != Block.Kind.TEXT || b.text().size() > MAX_HEADLINE_LINES) {
      return false;
    }
    List<Fragment> lines = b.text();
    for (int k = 0; k < lines.size(); k++) {
      if (!headlineLine(lines.get(k).text(), k == lines.size() - 1)) {
        return false;
      }
    }
    return true;
  }

  /** A line that can stand in a headline: no closing comma, no full stop or semicolon inside. */
  static boolean headlineLine(String t, boolean last) {
    if (Typography.endsMidSentence(t) || t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || BylineParser.isAuthorNote(t)) {
      return false;
    }
    // A headline may end with a question or exclamation mark, never with a full stop.
    return !Typography.endsSentence(t) || last && endsWithQuestionOrExclamation(t);
  }

  /**
   * Pages set without blank lines run headlines into the text around them. Inside a text block,
   * lines that could be a headline, set after a finished sentence and followed by an indented
   * first line of a paragraph, are cut out into a block of their own.
   */
  static List<Block> splitRunIn(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Fragment> lines = b.text();
      // Text after the block tells the column width when the block itself is short.
      List<Fragment> more = new ArrayList<>();
      for (int m = bi + 1; m < blocks.size() && more.size() < 12 && blocks.get(m).kind() == Block.Kind.TEXT; m++) {
        more.addAll(blocks.get(m).text());
      }
      if (b.kind() != Block.Kind.TEXT || lines.size() < 2) {
        out.add(b);
        continue;
      }
      int start = 0;
      int i = 0;
      while (i < lines.size()) {
        // With no blank line to set it apart, a headline line carries no comma either.
        if (!headlineLine(lines.get(i).text(), false) || lines.get(i).text().indexOf('，') >= 0
            || i > 0 && !Typography.endsSentence(lines.get(i - 1).text())) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < lines.size() && j - i + 1 < MAX_HEADLINE_LINES && headlineLine(lines.get(j + 1).text(), false)
            && lines.get(j + 1).text().indexOf('，') < 0) {
          j++;
        }
        int end = -1;
        for (int jj = j; jj >= i && end < 0; jj--) {
          if (jj + 1 < lines.size() && opensParagraph(lines, jj + 1, more)
              && !(jj == i && fillsFirstLine(lines.get(i), lines.get(jj + 1), sample(lines, jj + 1, more)))) {
            end = jj;
          }
        }
        if (end < 0) {
          i++;
          continue;
        }
        if (i > start) {
          out.add(new Block(Block.Kind.TEXT, lines.subList(start, i), null, List.of()));
        }
        out.add(new Block(Block.Kind.TEXT, lines.subList(i, end + 1), null, List.of()));
        start = end + 1;
        i = end + 1;
      }
      out.add(start == 0 ? b : new Block(Block.Kind.TEXT, lines.subList(start, lines.size()), null, List.of()));
    }
    return out;
  }

  /**
   * A lone line exactly as wide as a paragraph's first line, punctuated like running text, is
   * one, not a headline.
   */
  private static boolean fillsFirstLine(Fragment line, Fragment next, List<Fragment> after) {
    double w = Typography.columnWidth(after);
    String t = line.text();
    boolean punctuated = t.indexOf('、') >= 0 || t.indexOf('（') >= 0 || t.indexOf('：') >= 0;
    // The next line two ems short only once a hanging mark is discounted is weak evidence too.
    double x = Typography.width(next.text());
    boolean weakIndent = w - x < 1.5;
    return (punctuated || weakIndent) && Math.abs(Typography.width(t) - (w - 2)) <= 0.5;
  }

  /** Up to a dozen lines from line k on, continuing into the text after the block. */
  private static List<Fragment> sample(List<Fragment> lines, int k, List<Fragment> more) {
    List<Fragment> s = new ArrayList<>(lines.subList(k, Math.min(lines.size(), k + 12)));
    for (int m = 0; m < more.size() && s.size() < 12; m++) {
      s.add(more.get(m));
    }
    return s;
  }

  /** Line k shows a paragraph's dropped indent and runs on into the next line. */
  private static boolean opensParagraph(List<Fragment> lines, int k, List<Fragment> more) {
    if (k + 1 >= lines.size()) {
      return false;
    }
    double w = Typography.columnWidth(sample(lines, k, more));
    boolean runsOn = !Typography.endsSentence(lines.get(k).text())
        || w - Typography.width(lines.get(k + 1).text()) < 1.5;
    return Typography.indented(lines.get(k).text(), w) && runsOn;
  }

  private static boolean endsWithQuestionOrExclamation(String t) {
    String s = t.replaceAll("[”’）)》】」』]+$", "");
    return !s.isEmpty() && "？！?!".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Whether the block at index k ends a sentence (or there is nothing before). */
  private static boolean endsFinished(List<Block> blocks, int k) {
    if (k < 0) {
      return true;
    }
    Block b = blocks.get(k);
    return switch (b.kind()) {
      case CREDIT -> true; // a photo credit closes its caption
      case BYLINE -> false; // a byline line opens a body
      default -> b.text().isEmpty() || Typography.endsSentence(b.last().text())
          || BylineParser.isAuthorNote(b.last().text());
    };
  }

  /** Whether the block at index k starts something new rather than continuing a sentence. */
  private static boolean startsAfresh(List<Block> blocks, int k) {
    if (k >= blocks.size()) {
      return true;
    }
    Block b = blocks.get(k);
    if (b.kind() != Block.Kind.TEXT) {
      return true;
    }
    List<Fragment> lines = b.text();
    if (Typography.endsSentence(lines.get(0).text()) || lines.size() < 2) {
      return true;
    }
    // A short block says little about its column: read the width over the text that follows too.
    List<Fragment> sample = new ArrayList<>(lines);
    for (int m = k + 1; m < blocks.size() && sample.size() < 12 && blocks.get(m).kind() == Block.Kind.TEXT
        && !headlineShaped(blocks.get(m)); m++) {
      sample.addAll(blocks.get(m).text());
    }
    // A new paragraph shows its dropped two-em indent; a column break's continuation is full.
    return Typography.indented(lines.get(0).text(), Typography.columnWidth(sample))
        || Typography.columnWidth(sample) - Typography.width(lines.get(0).text()) > 3.5;
  }

  // ---- headline position ----

  /**
   * Votes over chains that sit between two bodies: a headline shares more words with its own
   * article. The page's two ends vote too: a page that opens with body text and closes with a
   * headline prints headlines after their bodies.
   */
  static HeadlinePosition decide(List<Item> items) {
    double after = 0;
    for (int k = 0; k < items.size(); k++) {
      if (!items.get(k).isChain()) {
        continue;
      }
      String chain = text(items.get(k).chain());
      String before = bodyText(items, k, -1);
      String next = bodyText(items, k, +1);
      if (before.isEmpty() || next.isEmpty()) {
        continue;
      }
      double prev = Overlap.bigrams(chain, before);
      double foll = Overlap.bigrams(chain, next);
      if (prev != foll) {
        after += prev > foll ? 1 : -1;
      }
    }
    int firstBody = firstIndex(items, false);
    int lastBody = lastBodyIndex(items);
    int lastChain = lastChainIndex(items);
    if (firstBody >= 0 && (firstBody == 0 || (firstBody == 1 && items.get(0).isChain()))) {
      after += 0.5;
    }
    if (lastChain > lastBody && lastBody >= 0) {
      after += 0.5;
    } else if (lastBody > lastChain && lastChain >= 0) {
      after -= 0.5;
    }
    return after > 0 ? HeadlinePosition.AFTER : HeadlinePosition.BEFORE;
  }

  private static boolean isBody(Item it) {
    return !it.isChain() && (it.kind() == Block.Kind.TEXT || it.kind() == Block.Kind.LEAD || it.kind() == Block.Kind.SUBHEAD);
  }

  private static String bodyText(List<Item> items, int k, int dir) {
    StringBuilder sb = new StringBuilder();
    for (int m = k + dir; m >= 0 && m < items.size() && !items.get(m).isChain(); m += dir) {
      Item it = items.get(m);
      if (!isBody(it)) {
        if (it.kind() == Block.Kind.CAPTION || it.kind() == Block.Kind.CREDIT) {
          break;
        }
        continue;
      }
      sb.append(text(List.of(it.block())));
    }
    return sb.toString();
  }

  /** Up to a dozen body lines next to item k, nearest first in page order. */
  private static List<Fragment> bodyLines(List<Item> items, int k, int dir) {
    List<Fragment> out = new ArrayList<>();
    for (int m = k + dir; m >= 0 && m < items.size() && !items.get(m).isChain() && out.size() < 12; m += dir) {
      Item it = items.get(m);
      if (!isBody(it)) {
        break;
      }
      if (dir > 0) {
        out.addAll(it.block().text());
      } else {
        out.addAll(0, it.block().text());
      }
    }
    return out;
  }

  private static int firstIndex(List<Item> items, boolean chain) {
    for (int k = 0; k < items.size(); k++) {
      if (chain ? items.get(k).isChain() : isBody(items.get(k)) || items.get(k).kind() == Block.Kind.BYLINE) {
        return k;
      }
    }
    return -1;
  }

  private static int lastBodyIndex(List<Item> items) {
    int last = -1;
    for (int k = 0; k < items.size(); k++) {
      if (isBody(items.get(k))) {
        last = k;
      }
    }
    return last;
  }

  private static int lastChainIndex(List<Item> items) {
    int last = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).isChain()) {
        last = k;
      }
    }
    return last;
  }

  private static String text(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      for (Fragment f : b.text()) {
        sb.append(f.text());
      }
    }
    return sb.toString();
  }

  // ---- subheads ----

  /** How much more a headline shares with its own body than with the other side, at least. */
  static final double OWN_BODY_MARGIN = 0.25;

  /**
   * Chains that are subheads or labels inside an article rather than headlines: one short line,
   * body on both sides (or right after the byline), no byline starting after it, and no clear
   * kinship with one side's text over the other's — a headline shares its words with its own
   * article, a subhead with the article it sits in, which is on both sides.
   */
  private static List<Item> subheads(List<Item> items, HeadlinePosition pos) {
    List<Item> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (it.isChain() && isSubhead(items, k, pos)) {
        Block b = it.chain().get(0);
        out.add(new Item(new Block(Block.Kind.SUBHEAD, b.text(), null, List.of()), null));
      } else {
        out.add(it);
      }
    }
    return out;
  }

  private static boolean isSubhead(List<Item> items, int k, HeadlinePosition pos) {
    List<Block> chain = items.get(k).chain();
    // A subhead may be broken over a column end; a headline block's roles are not read here.
    List<Fragment> lines = new ArrayList<>();
    chain.forEach(b -> lines.addAll(b.text()));
    if (lines.size() > 2 || lines.stream().anyMatch(f -> f.text().startsWith("—") || f.text().startsWith("－"))) {
      return false;
    }
    if (k == 0 || k + 1 >= items.size()) {
      return false;
    }
    Item prev = items.get(k - 1);
    Item next = items.get(k + 1);
    if (next.isChain() || next.kind() != Block.Kind.TEXT) {
      return false;
    }
    // A label right under the byline, before any body (核心阅读), belongs to that article.
    if (pos == HeadlinePosition.BEFORE && !prev.isChain()
        && (prev.kind() == Block.Kind.BYLINE || prev.kind() == Block.Kind.LEAD && prev.block().text().isEmpty())) {
      return true;
    }
    if (prev.isChain() || !(prev.kind() == Block.Kind.TEXT || prev.kind() == Block.Kind.LEAD || prev.kind() == Block.Kind.SUBHEAD)) {
      return false;
    }
    // A subhead is set in its article's column: no wider than it, and wrapped like its text; and
    // the text on both sides, being one article, shares one column width.
    double wBefore = Typography.columnWidth(bodyLines(items, k, -1));
    double wAfter = Typography.columnWidth(bodyLines(items, k, +1));
    if (Math.abs(wBefore - wAfter) >= 1.5) {
      return false;
    }
    double w = Math.max(wBefore, wAfter);
    double first = Typography.width(lines.get(0).text());
    boolean setInColumn = lines.size() == 1 ? first <= w + 0.5
        : (Typography.indented(lines.get(0).text(), w) || Math.abs(first - w) <= 0.5)
            && Typography.width(lines.get(1).text()) <= w + 0.5;
    if (!setInColumn) {
      return false;
    }
    String head = text(chain);
    String before = bodyText(items, k, -1);
    String after = bodyText(items, k, +1);
    int[] c = pos == HeadlinePosition.AFTER ? Overlap.leaningCounts(head, before, after) : Overlap.leaningCounts(head, after, before);
    // A short line may share a word or two with either side by chance: ask for three.
    return c[0] - c[1] < 3 || (double) (c[0] - c[1]) / c[2] < OWN_BODY_MARGIN;
  }

  // ---- records ----

  private static final class Open {
    final String kind;
    List<List<Fragment>> headline = new ArrayList<>();
    Byline byline;
    final List<Fragment> bylineParts = new ArrayList<>();
    final List<Fragment> body = new ArrayList<>();
    Byline credit;
    final List<Fragment> creditParts = new ArrayList<>();
    final List<Fragment> subheads = new ArrayList<>();

    Open(String kind) {
      this.kind = kind;
    }

    Draft draft() {
      return new Draft(kind, headline, byline, bylineParts, body, credit, creditParts, subheads);
    }

    /** This record takes over everything another holds (a credit turned text into a caption). */
    Open absorb(Open other) {
      headline = other.headline;
      byline = other.byline;
      bylineParts.addAll(other.bylineParts);
      body.addAll(other.body);
      credit = other.credit;
      creditParts.addAll(other.creditParts);
      subheads.addAll(other.subheads);
      return this;
    }
  }

  private Layout assemble(List<Item> items, HeadlinePosition pos) {
    List<Draft> drafts = new ArrayList<>();
    List<List<Fragment>> unassigned = new ArrayList<>();
    String section = null;
    List<Fragment> sectionParts = List.of();
    List<List<Fragment>> pending = null;
    Open cur = null;
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (it.isChain()) {
        List<List<Fragment>> pieces = new ArrayList<>();
        for (Block b : it.chain()) {
          pieces.add(b.text());
        }
        // At the top of the page a short line over a headline (or over anything, when headlines
        // come after their bodies) labels the section.
        if (drafts.isEmpty() && cur == null && section == null && isSectionLabel(pieces.get(0))
            && (pos == HeadlinePosition.AFTER || pieces.size() >= 2
                || Typography.width(pieces.get(0).get(0).text()) <= MAX_LABEL_WORD
                || Overlap.bigrams(linesText(pieces.get(0)), bodyText(items, k, +1)) < 0.5)) {
          section = pieces.get(0).get(0).text();
          sectionParts = pieces.get(0);
          pieces.remove(0);
          if (pieces.isEmpty()) {
            continue;
          }
        }
        // The pieces up to s close the open article (its headline printed after it); the rest head
        // the next one. The page's position decides unless the words say otherwise.
        boolean canTake = cur != null && cur.headline.isEmpty() && cur.kind.equals(Article.ARTICLE) && !cur.body.isEmpty();
        int s = canTake ? split(pieces, linesText(cur.body), bodyText(items, k, +1), pos) : 0;
        if (s > 0) {
          cur.headline = new ArrayList<>(pieces.subList(0, s));
          drafts.add(cur.draft());
          cur = null;
          pieces = new ArrayList<>(pieces.subList(s, pieces.size()));
          if (pieces.isEmpty()) {
            continue;
          }
        }
        cur = close(drafts, cur);
        if (pending != null) {
          pending.forEach(unassigned::add);
        }
        pending = pieces;
        continue;
      }
      Block b = it.block();
      switch (b.kind()) {
        case LEAD, BYLINE -> {
          // A stand-alone byline over a body not yet started stays with that body.
          if (!(cur != null && cur.byline == null && cur.body.isEmpty() && cur.kind.equals(Article.ARTICLE))) {
            cur = close(drafts, cur);
            cur = new Open(Article.ARTICLE);
          }
          cur.byline = b.byline();
          cur.bylineParts.addAll(b.bylineParts());
          cur.body.addAll(b.text());
          pending = attach(cur, pending);
        }
        case CAPTION -> {
          cur = close(drafts, cur);
          cur = new Open(Article.PHOTO);
          cur.body.addAll(b.text());
          pending = attach(cur, pending);
        }
        case CREDIT -> {
          if (cur == null) {
            // A credit under a finished record credits that record's photograph.
            if (!drafts.isEmpty() && drafts.get(drafts.size() - 1).credit() == null) {
              Draft d = drafts.remove(drafts.size() - 1);
              drafts.add(new Draft(d.kind(), d.headline(), d.byline(), d.bylineParts(), d.body(), b.byline(), b.bylineParts(), d.subheads()));
            } else {
              unassigned.add(b.bylineParts());
            }
            continue;
          }
          cur.credit = b.byline();
          cur.creditParts.addAll(b.bylineParts());
          if (cur.kind.equals(Article.PHOTO) || cur.byline == null && cur.headline.isEmpty()) {
            cur = close(drafts, new Open(Article.PHOTO).absorb(cur));
          }
        }
        case TEXT, SUBHEAD -> {
          if (cur == null) {
            cur = new Open(Article.ARTICLE);
            pending = attach(cur, pending);
          }
          cur.body.addAll(b.text());
          if (b.kind() == Block.Kind.SUBHEAD) {
            cur.subheads.addAll(b.text());
          }
        }
      }
    }
    close(drafts, cur);
    if (pending != null) {
      pending.forEach(unassigned::add);
    }
    return new Layout(section, sectionParts, drafts, unassigned, pos);
  }

  /** How far a piece must lean to one side's words to overrule the page's headline position. */
  static final double LEAN = 0.3;

  /**
   * Where a run of headline pieces between two bodies divides: pieces before the returned index
   * belong to the body before (printed after it), the rest to the body after. A page that mixes
   * both orders prints one article's headline right above the next one's.
   */
  private static int split(List<List<Fragment>> pieces, String before, String after, HeadlinePosition pos) {
    int n = pieces.size();
    int fallback = pos == HeadlinePosition.AFTER ? n : 0;
    if (after.isEmpty()) {
      return n;
    }
    double[] lean = new double[n];
    for (int p = 0; p < n; p++) {
      lean[p] = Overlap.leaning(linesText(pieces.get(p)), before, after);
    }
    int best = fallback;
    double bestScore = score(lean, fallback);
    for (int cut = 0; cut <= n; cut++) {
      double sc = score(lean, cut);
      if (sc > bestScore + LEAN) {
        best = cut;
        bestScore = sc;
      }
    }
    // A subheadline stays with the headline above it.
    while (best > 0 && best < n && HeadlineSplitter.isDashed(pieces.get(best).get(0))) {
      best--;
    }
    return best;
  }

  private static double score(double[] lean, int cut) {
    double sc = 0;
    for (int p = 0; p < lean.length; p++) {
      sc += p < cut ? lean[p] : -lean[p];
    }
    return sc;
  }

  private static String linesText(List<Fragment> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(f -> sb.append(f.text()));
    return sb.toString();
  }

  private static List<List<Fragment>> attach(Open cur, List<List<Fragment>> pending) {
    if (pending != null && cur.headline.isEmpty()) {
      cur.headline = pending;
    }
    return null;
  }

  private static Open close(List<Draft> drafts, Open cur) {
    if (cur != null) {
      drafts.add(cur.draft());
    }
    return null;
  }

  /** A single short line on its own at the top of the page. */
  private static boolean isSectionLabel(List<Fragment> piece) {
    return piece.size() == 1 && Typography.width(piece.get(0).text()) <= MAX_SECTION_WIDTH;
  }
}
