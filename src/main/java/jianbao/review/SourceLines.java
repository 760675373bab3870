package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.model.Page;
import jianbao.read.PageReader;
import jianbao.read.PdfOrder;
import jianbao.read.RejectedPageException;

/**
 * A page's source lines as extract numbered them: the file named in pages.jsonl read again with
 * extract's reader (so a PDF page is laid out the same way), and checked against the page's
 * sha256. When the file is gone or has changed since the run, the lines are rebuilt from what the
 * outputs hold (every field's raw text and the unassigned text, at their line numbers), and the
 * review says so: nothing is lost, but spacing between pieces of one line is not the printed one.
 */
final class SourceLines {

  /** The lines (line 1 first) and, when they were rebuilt, why. */
  record Lines(List<String> lines, String rebuiltBecause) {}

  private final PageReader reader;
  private final Path base;
  /** The last file read, kept so a PDF's pages (consecutive in pages.jsonl) are read once. */
  private Path lastFile;
  private PageReader.Pages lastPages;
  private String lastError;

  /**
   * @param base the folder relative page paths are resolved against (where extract was run)
   */
  SourceLines(Path base, String pdfOrder) {
    this.base = base;
    this.reader = new PageReader(new PageReader.Options(
        "stream".equals(pdfOrder) ? PdfOrder.STREAM : PdfOrder.POSITION));
  }

  Lines of(JsonNode page, List<JsonNode> records) {
    String path = page.path("path").asText();
    String sha = page.path("sha256").asText();
    // A page of a multi-page PDF is "file.pdf#p2"; the file is what precedes the suffix.
    String filePath = path.matches(".*#p\\d+$") ? path.substring(0, path.lastIndexOf("#p")) : path;
    Path file = base.resolve(filePath);
    String why;
    if (!Files.isRegularFile(file)) {
      why = "source file not found: " + file;
    } else {
      if (!file.equals(lastFile)) {
        lastFile = file;
        try {
          lastPages = reader.readPages(file);
          lastError = null;
        } catch (RejectedPageException e) {
          lastPages = null;
          lastError = e.getMessage();
        }
      }
      why = lastError == null ? "source file changed since the run: " + file : "source file unreadable: " + lastError;
      if (lastPages != null) {
        for (Page p : lastPages.pages()) {
          if (p.sha256().equals(sha)) {
            return new Lines(p.lines(), null);
          }
        }
      }
    }
    return new Lines(rebuild(page, records), why);
  }

  /** The page's lines put back together from the outputs' raw text, each piece at its line. */
  static List<String> rebuild(JsonNode page, List<JsonNode> records) {
    int count = Math.max(1, page.path("line_count").asInt(1));
    List<StringBuilder> lines = new ArrayList<>();
    for (JsonNode r : records) {
      for (Piece s : Piece.of(r, -1)) {
        put(lines, s.raw(), s.lineStart());
      }
    }
    for (JsonNode u : page.path("unassigned")) {
      put(lines, u.path("text").asText(), u.path("line_start").asInt());
    }
    String section = page.path("section").asText(null);
    if (section != null && (lines.isEmpty() || lines.get(0).isEmpty())) {
      put(lines, section, 1); // the label extract took from the page's top, which no span records
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(count, lines.size()); i++) {
      out.add(i < lines.size() ? lines.get(i).toString() : "");
    }
    return out;
  }

  private static void put(List<StringBuilder> lines, String raw, int lineStart) {
    String[] parts = raw.split("\n", -1);
    for (int k = 0; k < parts.length; k++) {
      int at = lineStart - 1 + k;
      if (at < 0) {
        continue;
      }
      while (lines.size() <= at) {
        lines.add(new StringBuilder());
      }
      StringBuilder line = lines.get(at);
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(parts[k]);
    }
  }
}
