package jianbao.segment;

import java.util.List;
import jianbao.normalize.Fragment;

/**
 * A page cut into records.
 *
 * @param section the section label printed at the top of the page, or null
 * @param sectionParts the fragments that print it
 * @param drafts the records, in page order
 * @param unassigned runs of lines that belong to no record (banners, stray pieces)
 * @param position the side of their bodies most of the page's headlines stand on
 * @param margin how much better (in log-odds) the chosen reading explains the page than the best
 *     reading with every headline on the other side: near zero, the page is worth a look
 */
public record Layout(
    String section,
    List<Fragment> sectionParts,
    List<Draft> drafts,
    List<List<Fragment>> unassigned,
    HeadlinePosition position,
    double margin) {

  public Layout {
    sectionParts = List.copyOf(sectionParts);
    drafts = List.copyOf(drafts);
    unassigned = List.copyOf(unassigned);
  }
}
