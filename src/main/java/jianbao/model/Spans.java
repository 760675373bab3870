package jianbao.model;

import java.util.List;

/**
 * Provenance of a record's fields: raw text and source lines of each headline role, the byline and
 * every paragraph (null where the field is absent).
 */
public record Spans(
    FieldSpan kicker,
    FieldSpan headline,
    FieldSpan subheadline,
    FieldSpan byline,
    List<FieldSpan> paragraphs) {

  public Spans {
    paragraphs = List.copyOf(paragraphs);
  }
}
