package jianbao.model;

import java.util.List;

/**
 * A page as read from its file: decoded text split into lines (line 1 is {@code lines.get(0)}),
 * plus what the reader learned about the file.
 */
public record Page(String path, String sha256, String encoding, String format, List<String> lines) {
  public Page {
    lines = List.copyOf(lines);
  }
}
