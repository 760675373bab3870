package jianbao.reflow;

import java.util.List;
import jianbao.normalize.Fragment;

/** A paragraph rebuilt from column lines: its text and the fragments it was joined from. */
public record Paragraph(String text, List<Fragment> parts) {
  public Paragraph {
    parts = List.copyOf(parts);
  }

  public int lineStart() {
    return parts.get(0).line();
  }

  public int lineEnd() {
    return parts.get(parts.size() - 1).line();
  }
}
