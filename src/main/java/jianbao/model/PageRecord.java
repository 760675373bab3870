package jianbao.model;

import java.util.List;

/** One line of pages.jsonl: what was read from an input page and what went into no record. */
public record PageRecord(
    String path,
    String sha256,
    String encoding,
    String format,
    int lineCount,
    int recordCount,
    String section,
    List<TextSpan> unassigned) {

  public PageRecord {
    unassigned = List.copyOf(unassigned);
  }
}
