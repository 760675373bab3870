package jianbao.model;

/**
 * Page text that went into no record field (a banner, a stray fragment), as printed, with its
 * source lines.
 */
public record TextSpan(String text, int lineStart, int lineEnd) {}
