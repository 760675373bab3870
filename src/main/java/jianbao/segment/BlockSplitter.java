package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.byline.BylineParser;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;

/** Page fragments to blocks: runs of lines between blank lines, with bylines and captions apart. */
final class BlockSplitter {

  /** Arrows that point a caption at its photograph. */
  static final String POINTERS = "⬅➡⬆⬇←→↑↓▲▼◀▶△▽◄►";

  private BlockSplitter() {}

  static List<Block> split(List<Fragment> frags) {
    List<Block> out = new ArrayList<>();
    Builder current = null;
    for (int i = 0; i < frags.size(); i++) {
      Fragment f = frags.get(i);
      String raw = f.raw();
      Fragment next = i + 1 < frags.size() ? frags.get(i + 1) : null;
      // A credit broken by a column end: "本报记者 翟" / "鹏程 摄".
      if (next != null && BylineParser.isCreditHead(raw) && BylineParser.isCreditTail(next.raw())) {
        Byline credit = BylineParser.credit(raw.strip() + next.raw().strip());
        if (credit != null) {
          current = close(out, current);
          out.add(new Block(Block.Kind.CREDIT, List.of(), credit, List.of(f, next)));
          i++;
          continue;
        }
      }
      Byline credit = BylineParser.credit(raw);
      if (credit != null) {
        current = close(out, current);
        out.add(new Block(Block.Kind.CREDIT, List.of(), credit, List.of(f)));
        continue;
      }
      Byline line = BylineParser.line(raw);
      if (line != null) {
        current = close(out, current);
        out.add(new Block(Block.Kind.BYLINE, List.of(), line, List.of(f)));
        continue;
      }
      // A byline lead wrapped onto the next line: "本报讯（记者甲 通讯" / "员乙）3月2日，", or
      // "新华社北京1月16日电" / "（记者甲）1月16日，".
      BylineParser.Lead alone = BylineParser.lead(raw);
      boolean fillsLine = alone != null && alone.length() >= raw.stripTrailing().length();
      if (next != null && (BylineParser.opensUnclosed(raw) || fillsLine)) {
        BylineParser.Lead joined = BylineParser.leadAcross(raw, next.raw());
        if (joined != null) {
          current = close(out, current);
          int cut = textIndex(next, joined.length());
          current = new Builder(Block.Kind.LEAD, joined.byline(), f);
          current.bylineParts.add(next.slice(0, cut));
          if (cut < next.length()) {
            current.text.add(next.from(cut));
          }
          i++;
          continue;
        }
      }
      BylineParser.Lead lead = alone;
      if (lead != null) {
        current = close(out, current);
        int cut = textIndex(f, lead.length());
        current = new Builder(Block.Kind.LEAD, lead.byline(), f.slice(0, cut));
        if (cut < f.length()) {
          current.text.add(f.from(cut));
        }
        continue;
      }
      if (POINTERS.indexOf(f.text().charAt(0)) >= 0) {
        current = close(out, current);
        current = new Builder(Block.Kind.CAPTION, null, null);
        current.text.add(f);
        continue;
      }
      if (current == null || f.blankBefore()) {
        current = close(out, current);
        current = new Builder(Block.Kind.TEXT, null, null);
      }
      current.text.add(f);
    }
    close(out, current);
    return out;
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

  private static Builder close(List<Block> out, Builder b) {
    if (b != null) {
      out.add(b.build());
    }
    return null;
  }

  private static final class Builder {
    final Block.Kind kind;
    final Byline byline;
    final List<Fragment> bylineParts = new ArrayList<>();
    final List<Fragment> text = new ArrayList<>();

    Builder(Block.Kind kind, Byline byline, Fragment bylinePart) {
      this.kind = kind;
      this.byline = byline;
      if (bylinePart != null) {
        bylineParts.add(bylinePart);
      }
    }

    Block build() {
      return new Block(kind, text, byline, bylineParts);
    }
  }
}
