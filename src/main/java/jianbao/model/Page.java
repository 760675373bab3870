package jianbao.model;

import java.util.List;

/**
 * A page as read from its file: decoded text split into lines (line 1 is {@code lines.get(0)}),
 * plus what the reader learned about the file.
 *
 * @param typeSizes each line's type size against the page's body type (1.0 for body type), where
 *     the format tells it (PDF); empty for plain text
 */
public record Page(String path, String sha256, String encoding, String format, List<String> lines, List<Double> typeSizes) {
  public Page {
    lines = List.copyOf(lines);
    typeSizes = List.copyOf(typeSizes);
    if (!typeSizes.isEmpty() && typeSizes.size() != lines.size()) {
      throw new IllegalArgumentException("one type size per line, or none");
    }
  }

  public Page(String path, String sha256, String encoding, String format, List<String> lines) {
    this(path, sha256, encoding, format, lines, List.of());
  }
}
