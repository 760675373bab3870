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
 * @param position the headline position the page was read with
 */
public record Layout(
    String section,
    List<Fragment> sectionParts,
    List<Draft> drafts,
    List<List<Fragment>> unassigned,
    HeadlinePosition position) {

  public Layout {
    sectionParts = List.copyOf(sectionParts);
    drafts = List.copyOf(drafts);
    unassigned = List.copyOf(unassigned);
  }
}
