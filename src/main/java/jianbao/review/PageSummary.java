package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;

/**
 * One row of the review index: a page and why it may need a look. Pages are sorted so that the
 * ones with the most reasons come first, and among those the ones whose layout decision was the
 * least sure (the smallest {@code layout_margin}).
 *
 * @param unassignedLines source lines holding text that went into no record
 * @param noHeadline articles without a headline (photo captions have none by nature)
 * @param noByline records without a byline
 * @param layoutMargin the page-level layout decision's margin, null when the output has none
 * @param reasons the reasons to look, as {@link #WARNINGS}, {@link #UNASSIGNED}… bits (the index's
 *     script words them)
 */
record PageSummary(
    String sha256, String path, int records, int warnings, int unassignedLines, int noHeadline, int noByline,
    Double layoutMargin, int reasons) {

  static final int WARNINGS = 1;
  static final int UNASSIGNED = 2;
  static final int NO_HEADLINE = 4;
  static final int NO_BYLINE = 8;
  static final int NO_RECORDS = 16;
  static final int UNSURE = 32;

  /**
   * Below this margin (in log-odds: the chosen reading about 20 times likelier than the best one
   * with headlines on the other side) the page-level decision is shown as unsure.
   */
  static final double UNSURE_MARGIN = 3.0;

  static final Comparator<PageSummary> NEEDS_A_LOOK_FIRST =
      Comparator.comparingInt((PageSummary s) -> -Integer.bitCount(s.reasons()))
          .thenComparing(PageSummary::layoutMargin, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(PageSummary::path);

  static PageSummary of(JsonNode page, List<JsonNode> records) {
    int warnings = 0;
    int noHeadline = 0;
    int noByline = 0;
    for (JsonNode r : records) {
      warnings += r.path("warnings").size();
      if ("article".equals(r.path("kind").asText()) && !r.path("headline").isTextual()) {
        noHeadline++;
      }
      if (!r.path("byline").isObject()) {
        noByline++;
      }
    }
    int unassigned = 0;
    for (JsonNode u : page.path("unassigned")) {
      unassigned += Math.max(1, u.path("line_end").asInt() - u.path("line_start").asInt() + 1);
    }
    Double margin = page.path("layout_margin").isNumber() ? page.path("layout_margin").asDouble() : null;
    int why = (warnings > 0 ? WARNINGS : 0) | (unassigned > 0 ? UNASSIGNED : 0) | (noHeadline > 0 ? NO_HEADLINE : 0)
        | (noByline > 0 ? NO_BYLINE : 0) | (records.isEmpty() ? NO_RECORDS : 0)
        | (margin != null && margin < UNSURE_MARGIN ? UNSURE : 0);
    return new PageSummary(page.path("sha256").asText(), page.path("path").asText(), records.size(), warnings,
        unassigned, noHeadline, noByline, margin, why);
  }
}
