package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of page text with the role it plays: a record field's span (a kicker, a paragraph…)
 * or page text that went into no record.
 *
 * @param record index of the record on the page, or -1 for text of no record
 * @param role how the text reads on the page ({@link Role})
 * @param paragraph the paragraph's index within its record, or -1
 * @param raw the characters as printed, lines joined by "\n"
 */
record Piece(int record, Role role, int paragraph, String raw, int lineStart, int lineEnd) {

  /** The roles a line's text can play, as the review marks them. */
  enum Role {
    KICKER("kicker"),
    HEADLINE("headline"),
    DECK("deck"),
    BYLINE("byline"),
    BODY("body"),
    CAPTION("caption"),
    LABEL("label"),
    UNASSIGNED("unassigned");

    final String name;

    Role(String name) {
      this.name = name;
    }
  }

  /** The pieces of one record (its {@code spans}), headline roles first, in the record's field order. */
  static List<Piece> of(JsonNode record, int index) {
    List<Piece> out = new ArrayList<>();
    JsonNode spans = record.path("spans");
    add(out, index, Role.KICKER, -1, spans.path("kicker"));
    add(out, index, Role.HEADLINE, -1, spans.path("headline"));
    add(out, index, Role.DECK, -1, spans.path("subheadline"));
    add(out, index, Role.BYLINE, -1, spans.path("byline"));
    Role body = "photo".equals(record.path("kind").asText()) ? Role.CAPTION : Role.BODY;
    int p = 0;
    for (JsonNode s : spans.path("paragraphs")) {
      add(out, index, body, p++, s);
    }
    return out;
  }

  private static void add(List<Piece> out, int record, Role role, int paragraph, JsonNode span) {
    if (span.isObject() && span.path("raw").isTextual() && span.path("line_start").canConvertToInt()) {
      int start = span.path("line_start").asInt();
      out.add(new Piece(record, role, paragraph, span.path("raw").asText(), start, span.path("line_end").asInt(start)));
    }
  }
}
