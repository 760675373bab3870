package jianbao.segment;

import java.util.List;
import jianbao.model.Byline;
import jianbao.normalize.Fragment;

/**
 * A record as the segmenter cut it, before its fields are read: the headline pieces, the byline
 * and credit lines, and the body lines still to be reflowed.
 *
 * @param headline the headline block's pieces in page order (each a blank-free run of lines)
 * @param subheads body lines that are subheads or labels: each stands as a paragraph of its own
 */
public record Draft(
    String kind,
    List<List<Fragment>> headline,
    Byline byline,
    List<Fragment> bylineParts,
    List<Fragment> body,
    Byline credit,
    List<Fragment> creditParts,
    List<Fragment> subheads) {

  public Draft {
    headline = List.copyOf(headline);
    bylineParts = List.copyOf(bylineParts);
    body = List.copyOf(body);
    creditParts = List.copyOf(creditParts);
    subheads = List.copyOf(subheads);
  }
}
