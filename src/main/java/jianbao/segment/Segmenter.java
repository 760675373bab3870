package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;
import jianbao.reflow.Typography;

/**
 * Blocks to records. {@link HeadlineChains} finds the headline blocks by typography,
 * {@link PageEvidence} weighs which body each belongs to (and which are subheads inside a body),
 * and the assembly here walks the page once, opening and closing records at bylines, captions,
 * credits and headlines.
 */
public final class Segmenter {

  /** A section label at the top of a page is a word or two. */
  static final double MAX_SECTION_WIDTH = 8;
  /** No headline is this short; a section label (要闻, 社会, 本地新闻) often is. */
  static final double MAX_LABEL_WORD = 4;

  private final HeadlinePosition position;

  public Segmenter(HeadlinePosition position) {
    this.position = position;
  }

  public Layout segment(List<Fragment> fragments) {
    List<Block> blocks = HeadlineChains.splitRunIn(BlockSplitter.split(fragments));
    List<Item> items = HeadlineChains.chains(blocks);
    HeadlinePosition pos = position == HeadlinePosition.AUTO ? PageEvidence.decide(items) : position;
    return assemble(PageEvidence.subheads(items, pos), pos);
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
                || Overlap.bigrams(PageEvidence.linesText(pieces.get(0)), PageEvidence.bodyText(items, k, +1)) < 0.5)) {
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
        int s = canTake ? PageEvidence.split(pieces, PageEvidence.linesText(cur.body), PageEvidence.bodyText(items, k, +1), pos) : 0;
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
