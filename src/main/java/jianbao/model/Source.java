package jianbao.model;

/** Provenance of a record: the page file and the lines the record was cut from. */
public record Source(String path, String sha256, int lineStart, int lineEnd) {}
