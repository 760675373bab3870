package jianbao.segment;

import java.util.List;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;

/**
 * A run of page lines with one layout role. Text blocks end at blank lines; a byline, a photo
 * credit or a caption's pointer arrow starts a block of its own whatever precedes it.
 *
 * @param byline for LEAD, BYLINE and CREDIT blocks, what the byline says
 * @param bylineParts the fragments (or fragment slices) that print the byline
 * @param text the block's remaining lines: body text, caption text or headline lines
 */
public record Block(Kind kind, List<Fragment> text, Byline byline, List<Fragment> bylineParts) {

  public enum Kind {
    /** Running text: body, or a headline once the chain finder says so. */
    TEXT,
    /** A paragraph opened by a byline ({@code 本报讯（记者X）…}). */
    LEAD,
    /** A byline on a line of its own ({@code 本报记者 X}). */
    BYLINE,
    /** A photo credit ({@code 本报记者 X 摄}). */
    CREDIT,
    /** A photo caption, opened by an arrow pointing at its picture. */
    CAPTION,
    /** A subhead or label inside a body (核心阅读): a paragraph of its own, not a headline. */
    SUBHEAD
  }

  public Block {
    text = List.copyOf(text);
    bylineParts = List.copyOf(bylineParts);
  }

  public Fragment first() {
    return text.isEmpty() ? bylineParts.get(0) : text.get(0);
  }

  public Fragment last() {
    return text.isEmpty() ? bylineParts.get(bylineParts.size() - 1) : text.get(text.size() - 1);
  }
}
