package jianbao.model;

import java.util.List;

/**
 * One line of pages.jsonl: what was read from an input page, how its layout was read, and what
 * went into no record.
 *
 * @param headlinePosition the side of their bodies the page's headlines stand on: "before" or "after"
 * @param layoutMargin how much better (log-odds) the page's reading scored than the best reading
 *     with every headline on the other side: near zero, a decision worth a look
 */
public record PageRecord(
    String path,
    String sha256,
    String encoding,
    String format,
    int lineCount,
    int recordCount,
    String section,
    String headlinePosition,
    double layoutMargin,
    List<TextSpan> unassigned) {

  public PageRecord {
    unassigned = List.copyOf(unassigned);
  }
}
