package jianbao.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianbao.write.Json;

/**
 * {@code jianbao review}: a static site over an extract output folder, for a person to see how
 * each page was cut and to correct it. {@code index.html} lists the pages, those that need a look
 * first; {@code pages/<sha256>.html} shows one page's source lines beside its records.
 *
 * <p>The site is data plus scripts: each HTML file carries its data as JSON in a
 * {@code <script type="application/json">} element, and {@code assets/index.js} or
 * {@code assets/page.js} builds the view from it with {@code assets/dom.js}, whose DOM calls set
 * text, never markup. Page text therefore cannot become markup, whatever it holds, and the
 * Content-Security-Policy allows
 * scripts and styles from the site's own files only: nothing inline runs, nothing remote loads.
 */
public final class ReviewSite {

  /** What a run of review wrote. */
  public record Result(Path index, int pages, int records, int rebuiltPages) {}

  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'none'; "
      + "connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

  private static final List<String> ASSETS = List.of("review.css", "dom.js", "index.js", "page.js");

  private final ObjectMapper json = Json.mapper();

  private ReviewSite() {}

  /**
   * Writes the site for {@code outDir} into {@code siteDir}, reading source files relative to
   * {@code base}. The site's earlier pages and assets are replaced; other files are left alone.
   */
  public static Result write(Path outDir, Path siteDir, Path base) throws IOException {
    return new ReviewSite().run(outDir, siteDir, base);
  }

  private Result run(Path outDir, Path siteDir, Path base) throws IOException {
    try (ExtractOutput out = ExtractOutput.open(outDir)) {
      List<PageSummary> rows = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int[] records = {0};
      forEachPage(out, (page, recs) -> {
        if (seen.add(page.path("sha256").asText())) {
          rows.add(PageSummary.of(page, recs));
          records[0] += recs.size();
        }
      });
      rows.sort(PageSummary.NEEDS_A_LOOK_FIRST);
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        order.put(rows.get(i).sha256(), i);
      }

      Path pagesDir = siteDir.resolve("pages");
      Path assetsDir = siteDir.resolve("assets");
      Files.createDirectories(pagesDir);
      Files.createDirectories(assetsDir);
      removeOld(pagesDir, "*.html");
      for (String asset : ASSETS) {
        copyAsset(asset, assetsDir.resolve(asset));
      }

      SourceLines sources = new SourceLines(base, out.pdfOrder());
      int[] rebuilt = {0};
      Set<String> written = new HashSet<>();
      forEachPage(out, (page, recs) -> {
        String sha = page.path("sha256").asText();
        if (!written.add(sha)) {
          return;
        }
        SourceLines.Lines lines = sources.of(page, recs);
        if (lines.rebuiltBecause() != null) {
          rebuilt[0]++;
        }
        int at = order.get(sha);
        ObjectNode data = pageData(page, recs, lines, at, rows);
        String title = page.path("path").asText() + " — jianbao review";
        writeHtml(pagesDir.resolve(sha + ".html"), title, "page-view", "page-data", data, "../assets/");
      });

      ObjectNode index = json.createObjectNode();
      index.put("out_dir", outDir.toAbsolutePath().normalize().toString());
      index.put("unsure_margin", PageSummary.UNSURE_MARGIN);
      index.put("records", records[0]);
      ArrayNode columns = index.putArray("columns");
      List.of("sha256", "path", "records", "warnings", "unassigned_lines", "no_headline", "no_byline", "layout_margin",
          "reasons").forEach(columns::add);
      ArrayNode list = index.putArray("pages");
      for (PageSummary s : rows) {
        list.add(indexRow(s));
      }
      Path indexFile = siteDir.resolve("index.html");
      writeHtml(indexFile, "jianbao review — " + outDir.getFileName(), "index-view", "index-data", index, "assets/");
      return new Result(indexFile, rows.size(), records[0], rebuilt[0]);
    }
  }

  private interface PageVisitor {
    void visit(JsonNode page, List<JsonNode> records) throws IOException;
  }

  private static void forEachPage(ExtractOutput out, PageVisitor visitor) throws IOException {
    try {
      out.forEachPage(page -> {
        try {
          visitor.visit(page, out.records(page.path("sha256").asText()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private ObjectNode pageData(JsonNode page, List<JsonNode> records, SourceLines.Lines lines, int at,
      List<PageSummary> rows) {
    LineAlignment.Placed placed = LineAlignment.place(lines.lines(), records, page);
    ObjectNode data = json.createObjectNode();
    ObjectNode p = data.putObject("page");
    for (String f : List.of("path", "sha256", "encoding", "format", "line_count", "section", "headline_position",
        "layout_margin", "unassigned")) {
      p.set(f, page.get(f));
    }
    p.put("lines_rebuilt_because", lines.rebuiltBecause());
    p.put("unplaced_parts", placed.unplacedParts());
    p.put("unsure_margin", PageSummary.UNSURE_MARGIN);
    ObjectNode nav = data.putObject("nav");
    nav.put("index", "../index.html");
    nav.put("position", at + 1);
    nav.put("total", rows.size());
    nav.put("prev", at > 0 ? rows.get(at - 1).sha256() + ".html" : null);
    nav.put("next", at + 1 < rows.size() ? rows.get(at + 1).sha256() + ".html" : null);
    ArrayNode ls = data.putArray("lines");
    lines.lines().forEach(ls::add);
    ArrayNode recs = data.putArray("records");
    for (JsonNode r : records) {
      ObjectNode copy = r.deepCopy();
      copy.remove("spans"); // the pieces below say where each field sits
      recs.add(copy);
    }
    ArrayNode pieces = data.putArray("pieces");
    for (Piece piece : placed.pieces()) {
      ObjectNode o = pieces.addObject();
      o.put("record", piece.record());
      o.put("role", piece.role().name);
      o.put("paragraph", piece.paragraph());
      o.put("line_start", piece.lineStart());
      o.put("line_end", piece.lineEnd());
    }
    ArrayNode segs = data.putArray("segments");
    for (LineAlignment.Segment s : placed.segments()) {
      segs.addArray().add(s.line()).add(s.start()).add(s.end()).add(s.piece());
    }
    return data;
  }

  /** An index row as an array, its fields named once in the index's "columns": 20,000 rows parse in a blink. */
  private ArrayNode indexRow(PageSummary s) {
    ArrayNode a = json.createArrayNode();
    a.add(s.sha256()).add(s.path()).add(s.records()).add(s.warnings()).add(s.unassignedLines()).add(s.noHeadline())
        .add(s.noByline());
    if (s.layoutMargin() == null) {
      a.addNull();
    } else {
      a.add(s.layoutMargin());
    }
    return a.add(s.reasons());
  }

  private void writeHtml(Path file, String title, String bodyClass, String dataId, JsonNode data, String assets)
      throws IOException {
    String script = bodyClass.equals("index-view") ? "index.js" : "page.js";
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
      w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
      w.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
      w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      w.write("<title>" + Html.escape(title) + "</title>\n");
      w.write("<link rel=\"stylesheet\" href=\"" + assets + "review.css\">\n</head>\n");
      w.write("<body class=\"" + bodyClass + "\">\n");
      w.write("<noscript>This review page is built by its script; allow JavaScript for file:// pages.</noscript>\n");
      w.write("<script type=\"application/json\" id=\"" + dataId + "\">");
      w.write(Html.jsonForScript(json.writeValueAsString(data)));
      w.write("</script>\n<div id=\"app\"></div>\n");
      w.write("<script src=\"" + assets + "dom.js\"></script>\n");
      w.write("<script src=\"" + assets + script + "\"></script>\n</body>\n</html>\n");
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void copyAsset(String name, Path to) throws IOException {
    try (InputStream in = ReviewSite.class.getResourceAsStream("/jianbao/review/" + name)) {
      if (in == null) {
        throw new IllegalStateException("jianbao/review/" + name + " missing from the jar");
      }
      Files.write(to, in.readAllBytes());
    }
  }

  private static void removeOld(Path dir, String glob) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, glob)) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
  }
}
