package jianbao.model;

/**
 * Where a field came from: the characters as the page printed them ({@code raw}, layout spaces and
 * typographic marks such as a subheadline's dash included; lines joined with "\n") and the 1-based
 * inclusive source line range.
 */
public record FieldSpan(String raw, int lineStart, int lineEnd) {}
