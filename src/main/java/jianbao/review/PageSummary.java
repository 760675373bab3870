package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
 * @param reasons what to look at, in words, most pressing first
 */
record PageSummary(
    String sha256, String path, int records, int warnings, int unassignedLines, int noHeadline, int noByline,
    Double layoutMargin, String headlinePosition, List<String> reasons) {

  /**
   * Below this margin (in log-odds: the chosen reading about 20 times likelier than the best one
   * with headlines on the other side) the page-level decision is shown as unsure.
   */
  static final double UNSURE_MARGIN = 3.0;

  static final Comparator<PageSummary> NEEDS_A_LOOK_FIRST =
      Comparator.comparingInt((PageSummary s) -> -s.reasons().size())
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
    List<String> why = new ArrayList<>();
    if (warnings > 0) {
      why.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    if (unassigned > 0) {
      why.add("unassigned text on " + unassigned + (unassigned == 1 ? " line" : " lines"));
    }
    if (noHeadline > 0) {
      why.add(noHeadline + (noHeadline == 1 ? " article" : " articles") + " without headline");
    }
    if (noByline > 0) {
      why.add(noByline + (noByline == 1 ? " record" : " records") + " without byline");
    }
    if (records.isEmpty()) {
      why.add("no records");
    }
    if (margin != null && margin < UNSURE_MARGIN) {
      why.add(String.format(java.util.Locale.ROOT, "unsure layout (margin %.2f)", margin));
    }
    return new PageSummary(page.path("sha256").asText(), page.path("path").asText(), records.size(), warnings,
        unassigned, noHeadline, noByline, margin,
        page.path("headline_position").asText(null), List.copyOf(why));
  }
}
