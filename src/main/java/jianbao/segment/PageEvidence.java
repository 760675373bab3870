package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.headline.HeadlineSplitter;
import jianbao.normalize.Fragment;
import jianbao.reflow.Typography;

/**
 * What a page's words and widths say about its headline chains: which way headlines stand
 * (before or after their bodies), where a run of pieces between two bodies divides, and which
 * chains are subheads inside an article rather than headlines.
 */
final class PageEvidence {
  private PageEvidence() {}

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

  static boolean isBody(Item it) {
    return !it.isChain() && (it.kind() == Block.Kind.TEXT || it.kind() == Block.Kind.LEAD || it.kind() == Block.Kind.SUBHEAD);
  }

  static String bodyText(List<Item> items, int k, int dir) {
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
  static List<Fragment> bodyLines(List<Item> items, int k, int dir) {
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

  static int firstIndex(List<Item> items, boolean chain) {
    for (int k = 0; k < items.size(); k++) {
      if (chain ? items.get(k).isChain() : isBody(items.get(k)) || items.get(k).kind() == Block.Kind.BYLINE) {
        return k;
      }
    }
    return -1;
  }

  static int lastBodyIndex(List<Item> items) {
    int last = -1;
    for (int k = 0; k < items.size(); k++) {
      if (isBody(items.get(k))) {
        last = k;
      }
    }
    return last;
  }

  static int lastChainIndex(List<Item> items) {
    int last = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).isChain()) {
        last = k;
      }
    }
    return last;
  }

  static String text(List<Block> blocks) {
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
  static List<Item> subheads(List<Item> items, HeadlinePosition pos) {
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

  static boolean isSubhead(List<Item> items, int k, HeadlinePosition pos) {
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

  /** How far a piece must lean to one side's words to overrule the page's headline position. */
  static final double LEAN = 0.3;

  /**
   * Where a run of headline pieces between two bodies divides: pieces before the returned index
   * belong to the body before (printed after it), the rest to the body after. A page that mixes
   * both orders prints one article's headline right above the next one's.
   */
  static int split(List<List<Fragment>> pieces, String before, String after, HeadlinePosition pos) {
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

  static double score(double[] lean, int cut) {
    double sc = 0;
    for (int p = 0; p < lean.length; p++) {
      sc += p < cut ? lean[p] : -lean[p];
    }
    return sc;
  }

  static String linesText(List<Fragment> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(f -> sb.append(f.text()));
    return sb.toString();
  }
}
