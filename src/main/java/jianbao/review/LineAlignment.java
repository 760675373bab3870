package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts every piece of a page back on its source lines: which characters of which line each field
 * (and each stretch of unassigned text) came from. A span gives its raw text and its first and
 * last line but not its column, so each line of a piece's raw text is found in its source line,
 * comparing without white space (a line may hold a headline's tail, the next article's byline and
 * its lead). Longer pieces are placed first, each at the first place not already taken.
 *
 * <p>What is left on a line is the page's section label when it reads as the label extract found
 * ({@code section} in pages.jsonl, which no span records), and unassigned text otherwise.
 */
final class LineAlignment {
  private LineAlignment() {}

  /** Characters {@code start} to {@code end} (exclusive) of line {@code line} (1-based) belong to piece {@code piece}. */
  record Segment(int line, int start, int end, int piece) {}

  /** The pieces of a page and where each sits on its lines. */
  record Placed(List<Piece> pieces, List<Segment> segments, int unplacedParts) {}

  static Placed place(List<String> lines, List<JsonNode> records, JsonNode page) {
    List<Piece> pieces = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      pieces.addAll(Piece.of(records.get(r), r));
    }
    for (JsonNode u : page.path("unassigned")) {
      int start = u.path("line_start").asInt();
      pieces.add(new Piece(-1, Piece.Role.UNASSIGNED, -1, u.path("text").asText(), start, u.path("line_end").asInt(start)));
    }
    boolean[][] taken = new boolean[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      taken[i] = new boolean[lines.get(i).length()];
    }
    // Longest pieces first: a short one (a byline, a one-line headline) is then found beside them.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -squeeze(pieces.get(i).raw()).length()));
    List<Segment> segments = new ArrayList<>();
    int unplaced = 0;
    for (int i : order) {
      Piece p = pieces.get(i);
      // A raw text's lines are its printed lines in order, but blank lines inside the span (a
      // column break) leave no empty line in it: each line is looked for from the one after the last.
      int cursor = Math.max(1, p.lineStart());
      int last = Math.min(lines.size(), Math.max(p.lineEnd(), p.lineStart()));
      for (String rawLine : p.raw().split("\n", -1)) {
        String q = squeeze(rawLine);
        if (q.isEmpty()) {
          continue;
        }
        Segment found = null;
        for (int line = cursor; line <= last && found == null; line++) {
          found = find(lines.get(line - 1), taken[line - 1], q, line, i);
        }
        if (found == null) {
          unplaced++;
        } else {
          segments.add(found);
          cursor = found.line() + 1;
        }
      }
    }
    String section = page.path("section").isTextual() ? squeeze(page.path("section").asText()) : null;
    int label = -1;
    int stray = -1;
    for (int li = 0; li < lines.size(); li++) {
      String line = lines.get(li);
      int i = 0;
      while (i < line.length()) {
        if (taken[li][i] || Character.isWhitespace(line.charAt(i))) {
          i++;
          continue;
        }
        // A run of characters no piece took, white space inside it included.
        int end = i;
        for (int j = i; j < line.length() && !taken[li][j]; j++) {
          if (!Character.isWhitespace(line.charAt(j))) {
            end = j + 1;
          }
        }
        String run = squeeze(line.substring(i, end));
        int piece;
        if (section != null && section.contains(run)) {
          if (label < 0) {
            label = pieces.size();
            pieces.add(new Piece(-1, Piece.Role.LABEL, -1, page.path("section").asText(), li + 1, li + 1));
          }
          piece = label;
        } else {
          if (stray < 0) {
            stray = pieces.size();
            pieces.add(new Piece(-1, Piece.Role.UNASSIGNED, -1, "", li + 1, li + 1));
          }
          piece = stray;
        }
        segments.add(new Segment(li + 1, i, end, piece));
        i = end;
      }
    }
    segments.sort(Comparator.comparingInt(Segment::line).thenComparingInt(Segment::start));
    return new Placed(pieces, segments, unplaced);
  }

  /** The first free stretch of {@code line} that reads {@code squeezed} once white space is ignored. */
  private static Segment find(String line, boolean[] taken, String squeezed, int lineNo, int piece) {
    int[] at = new int[line.length()];
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        at[q.length()] = i;
        q.append(line.charAt(i));
      }
    }
    String s = q.toString();
    for (int from = s.indexOf(squeezed); from >= 0; from = s.indexOf(squeezed, from + 1)) {
      int start = at[from];
      int end = at[from + squeezed.length() - 1] + 1;
      boolean free = true;
      for (int i = start; i < end && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = start; i < end; i++) {
          taken[i] = true;
        }
        return new Segment(lineNo, start, end, piece);
      }
    }
    return null;
  }

  static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
