package jianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.cli.Main;
import jianbao.write.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What review writes, read back without a browser: every character placed, safe markup, clear errors. */
class ReviewSiteTest {
  static final Path SAMPLE = ReviewBrowserTest.SAMPLE;

  @TempDir static Path work;
  static Path out;

  @BeforeAll
  static void extract() {
    out = work.resolve("out");
    assertEquals(Main.OK, Main.run(quiet(), "extract", SAMPLE.toString(), "-o", out.toString(), "-q"));
  }

  @Test
  void everyPrintedCharacterOfTheSampleSitsInExactlyOneSegment() throws IOException {
    Path site = work.resolve("site");
    assertEquals(Main.OK, Main.run(quiet(), "review", out.toString(), "--site", site.toString(), "-q"));
    JsonNode data = pageData(site);
    List<String> source = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    assertEquals(403, data.path("lines").size());
    for (int i = 0; i < source.size(); i++) {
      assertEquals(source.get(i), data.path("lines").get(i).asText(), "line " + (i + 1));
    }
    assertEquals(13, data.path("records").size());
    assertEquals(0, data.path("page").path("unplaced_parts").asInt());
    assertTrue(data.path("page").path("lines_rebuilt_because").isNull());
    int[][] owner = new int[source.size()][];
    for (int i = 0; i < source.size(); i++) {
      owner[i] = new int[source.get(i).length()];
      java.util.Arrays.fill(owner[i], -1);
    }
    for (JsonNode s : data.path("segments")) {
      int line = s.get(0).asInt();
      for (int c = s.get(1).asInt(); c < s.get(2).asInt(); c++) {
        assertEquals(-1, owner[line - 1][c], "line " + line + " column " + c + " in two segments");
        owner[line - 1][c] = s.get(3).asInt();
      }
    }
    for (int i = 0; i < source.size(); i++) {
      for (int c = 0; c < source.get(i).length(); c++) {
        if (!Character.isWhitespace(source.get(i).charAt(c))) {
          assertTrue(owner[i][c] >= 0, "line " + (i + 1) + " column " + c + " in no segment");
        }
      }
    }
    JsonNode pieces = data.path("pieces");
    assertEquals("label", pieces.get(owner[0][1]).path("role").asText(), "the section label 一周动态");
    assertEquals("unassigned", pieces.get(owner[356][0]).path("role").asText(), "line 357, the one unassigned text");
    // Line 113: the end of #2's headline, #3's byline and #3's lead, in that order.
    List<String> roles = new ArrayList<>();
    for (JsonNode s : data.path("segments")) {
      if (s.get(0).asInt() == 113) {
        JsonNode p = pieces.get(s.get(3).asInt());
        roles.add(p.path("role").asText() + "#" + (p.path("record").asInt() + 1));
      }
    }
    assertEquals(List.of("headline#2", "byline#3", "body#3"), roles);
  }

  @Test
  void aMissingSourceFileIsRebuiltFromTheOutputsAndSaidSo() throws IOException {
    Path copy = Files.createDirectories(work.resolve("moved")).resolve(SAMPLE.getFileName());
    Files.copy(SAMPLE, copy);
    Path movedOut = work.resolve("moved-out");
    assertEquals(Main.OK, Main.run(quiet(), "extract", copy.toString(), "-o", movedOut.toString(), "-q"));
    Files.delete(copy);
    StringWriter err = new StringWriter();
    assertEquals(Main.OK, Main.run(new PrintWriter(err), "review", movedOut.toString()));
    assertTrue(err.toString().contains("1 page shown from the outputs alone"), err.toString());
    JsonNode data = pageData(movedOut.resolve("review"));
    assertTrue(data.path("page").path("lines_rebuilt_because").asText().startsWith("source file not found: "));
    assertEquals(403, data.path("lines").size());
    assertEquals(0, data.path("page").path("unplaced_parts").asInt());
    List<String> source = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    StringBuilder printed = new StringBuilder();
    StringBuilder rebuilt = new StringBuilder();
    for (int i = 0; i < source.size(); i++) {
      printed.append(LineAlignment.squeeze(source.get(i)));
      rebuilt.append(LineAlignment.squeeze(data.path("lines").get(i).asText()));
    }
    assertEquals(printed.length(), rebuilt.length(), "nothing lost");
  }

  @Test
  void jsonInAScriptElementCannotEndIt() throws IOException {
    String hostile = "</script><script>alert(1)</script><!-- & \u2028 </textarea>";
    String safe = Html.jsonForScript(Json.mapper().writeValueAsString(List.of(hostile)));
    assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
    assertEquals(hostile, Json.mapper().readTree(safe).get(0).asText());
    assertEquals("&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;", Html.escape("<img src=x onerror=\"a()\"> & '"));
  }

  @Test
  void pagesThatNeedALookComeFirst() throws IOException {
    JsonNode clean = Json.mapper().readTree("{\"sha256\":\"a\",\"path\":\"clean.txt\",\"layout_margin\":50,\"unassigned\":[]}");
    JsonNode unsure = Json.mapper().readTree("{\"sha256\":\"b\",\"path\":\"unsure.txt\",\"layout_margin\":0.4,\"unassigned\":[]}");
    JsonNode stray = Json.mapper().readTree(
        "{\"sha256\":\"c\",\"path\":\"stray.txt\",\"layout_margin\":1.5,\"unassigned\":[{\"text\":\"x\",\"line_start\":4,\"line_end\":5}]}");
    JsonNode good = Json.mapper().readTree("{\"kind\":\"article\",\"headline\":\"h\",\"byline\":{},\"warnings\":[]}");
    JsonNode bare = Json.mapper().readTree("{\"kind\":\"article\",\"headline\":null,\"byline\":null,\"warnings\":[\"no_headline\"]}");
    List<PageSummary> rows = new ArrayList<>(List.of(
        PageSummary.of(clean, List.of(good)), PageSummary.of(unsure, List.of(good)), PageSummary.of(stray, List.of(good, bare))));
    rows.sort(PageSummary.NEEDS_A_LOOK_FIRST);
    assertEquals(List.of("stray.txt", "unsure.txt", "clean.txt"), rows.stream().map(PageSummary::path).toList());
    assertEquals(PageSummary.WARNINGS | PageSummary.UNASSIGNED | PageSummary.NO_HEADLINE | PageSummary.NO_BYLINE
        | PageSummary.UNSURE, rows.get(0).reasons());
    assertEquals(2, rows.get(0).unassignedLines());
    assertEquals(PageSummary.UNSURE, rows.get(1).reasons());
    assertEquals(0, rows.get(2).reasons());
  }

  @Test
  void aFolderThatIsNotAnExtractOutputIsNamedWithTheReason() throws IOException {
    StringWriter err = new StringWriter();
    Path missing = work.resolve("nowhere");
    assertEquals(Main.FATAL, Main.run(new PrintWriter(err), "review", missing.toString()));
    assertTrue(err.toString().contains(missing + ": no such folder"), err.toString());

    Path empty = Files.createDirectories(work.resolve("empty"));
    err = new StringWriter();
    assertEquals(Main.FATAL, Main.run(new PrintWriter(err), "review", empty.toString()));
    assertTrue(err.toString().contains(empty.resolve("articles.jsonl") + ": missing"), err.toString());

    Path broken = Files.createDirectories(work.resolve("broken"));
    Files.copy(out.resolve("pages.jsonl"), broken.resolve("pages.jsonl"));
    Files.writeString(broken.resolve("articles.jsonl"), Files.readAllLines(out.resolve("articles.jsonl")).get(0) + "\n{not json\n");
    err = new StringWriter();
    assertEquals(Main.FATAL, Main.run(new PrintWriter(err), "review", broken.toString()));
    assertTrue(err.toString().contains(broken.resolve("articles.jsonl") + ":2: not JSON"), err.toString());
  }

  /** The JSON a page file of the site carries (there is one page in these outputs). */
  static JsonNode pageData(Path site) throws IOException {
    Path page;
    try (var files = Files.list(site.resolve("pages"))) {
      page = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
    }
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'"), "CSP");
    String open = "<script type=\"application/json\" id=\"page-data\">";
    int from = html.indexOf(open) + open.length();
    JsonNode data = Json.mapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    assertNotNull(data);
    return data;
  }

  static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }
}
