package jianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jianbao.cli.Main;
import jianbao.write.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import picocli.CommandLine;

/**
 * The review site in a real browser: the sample page and a hostile page are extracted, reviewed,
 * and opened from file:// in headless Chromium; the tests assert the DOM after the scripts ran,
 * click and type as a person would, export corrections and score a run against them.
 */
class ReviewBrowserTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");
  /** Page text that would be markup if any of it reached the DOM as HTML. */
  static final String HOSTILE_NAME = "页面<img src=x onerror=alert(1)>.txt";
  static final List<String> HOSTILE_TEXT = List.of(
      "<script>document.title='pwned'</script>",
      "<img src=x onerror=\"document.title='pwned'\">",
      "</textarea><b>粗体</b>&amp;");

  @TempDir static Path work;
  static Path out;
  static Browser browser;
  static List<JsonNode> pages;
  static List<JsonNode> records;

  @BeforeAll
  static void extractAndReview() throws IOException {
    Path hostile = Files.createDirectories(work.resolve("hostile")).resolve(HOSTILE_NAME);
    Files.writeString(hostile, String.join("\n",
        "要闻", "",
        "本报讯（记者张明） 5月18日上午，市政府召开",
        "新闻发布会，通报" + HOSTILE_TEXT.get(0) + "近",
        "期工作进展。会议指出，要把" + HOSTILE_TEXT.get(1),
        "各项任务落到实处。" + HOSTILE_TEXT.get(2),
        "会议强调，要坚持问题导向，扎实推进",
        "各项工作，确保取得实效。", "",
        "市政府召开新闻发布会<script>alert(1)</script>", ""), StandardCharsets.UTF_8);
    out = work.resolve("out");
    assertEquals(Main.OK, Main.run(quiet(), "extract", SAMPLE.toString(), hostile.toString(), "-o", out.toString(), "-q"));
    assertEquals(Main.OK, Main.run(quiet(), "review", out.toString(), "-q"));
    pages = jsonLines(out.resolve("pages.jsonl"));
    records = jsonLines(out.resolve("articles.jsonl"));
    browser = Browser.start(work);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theSamplePageShowsEveryRecordAndEveryLine() throws IOException {
    JsonNode page = page(SAMPLE.toString());
    browser.open(pageFile(page));
    List<JsonNode> mine = recordsOf(page);
    assertEquals(13, mine.size());
    List<WebElement> cards = browser.all("#records [data-record-id]");
    assertEquals(ids(mine), cards.stream().map(c -> c.getAttribute("data-record-id")).toList());
    List<WebElement> lines = browser.all("#source [data-line]");
    assertEquals(403, page.path("line_count").asInt());
    assertEquals(403, lines.size());
    @SuppressWarnings("unchecked")
    List<List<String>> attrs = (List<List<String>>) browser.js(
        "return [...document.querySelectorAll('#source [data-line]')].map(e => [e.getAttribute('data-line'),"
            + " e.getAttribute('data-record-id'), e.getAttribute('data-unassigned')]);");
    Set<String> known = new TreeSet<>(ids(mine));
    for (int i = 0; i < attrs.size(); i++) {
      List<String> a = attrs.get(i);
      assertEquals(String.valueOf(i + 1), a.get(0));
      assertTrue(a.get(1) == null ^ a.get(2) == null, "line " + (i + 1) + ": a record or unassigned, not both: " + a);
      if (a.get(1) != null) {
        assertTrue(known.containsAll(Arrays.asList(a.get(1).split(" "))), "line " + (i + 1) + ": " + a);
      }
    }
    // The sample's one stretch of unassigned text, and its section label, are marked as such.
    assertEquals("text", browser.one("#source [data-line='357']").getAttribute("data-unassigned"));
    assertEquals("label", browser.one("#source [data-line='1']").getAttribute("data-unassigned"));
    assertEquals("headline", browser.one("#source [data-line='58']").getAttribute("data-roles"));
    assertEquals("kicker", browser.one("#source [data-line='56']").getAttribute("data-roles"));
    assertEquals("headline byline body", browser.one("#source [data-line='113']").getAttribute("data-roles"));
    assertEquals(List.of(), browser.consoleProblems());
    // For a person to look at: record #2 selected, its lines highlighted beside it.
    browser.one("body").sendKeys("jj");
    browser.screenshot(Path.of("target/review/sample-page.png"));
  }

  @Test
  void clickingARecordHighlightsExactlyItsLinesAndClickingALineSelectsItsRecord() throws IOException {
    JsonNode page = page(SAMPLE.toString());
    browser.open(pageFile(page));
    List<String> source = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    for (JsonNode r : recordsOf(page)) {
      String id = r.path("id").asText();
      click(browser.one("#records [data-record-id='" + id + "'] h2"));
      Set<Integer> printed = new TreeSet<>();
      for (int n : highlighted()) {
        if (!source.get(n - 1).isBlank()) {
          printed.add(n);
        }
      }
      assertEquals(spanLines(r, source), printed, id);
      assertEquals(List.of(id), browser.all("#records .selected").stream().map(e -> e.getAttribute("data-record-id")).toList());
    }
    // Line 113 holds the end of #2's headline, then #3's byline and lead: each selects its own.
    browser.one("#source [data-line='113'] .seg.role-headline").click();
    assertEquals("d8154703fed8-02", browser.one("#records .selected").getAttribute("data-record-id"));
    browser.one("#source [data-line='113'] .seg.role-byline").click();
    assertEquals("d8154703fed8-03", browser.one("#records .selected").getAttribute("data-record-id"));
    assertEquals(List.of(), browser.consoleProblems());
  }

  @Test
  void keysMoveBetweenRecordsAndPages() {
    JsonNode page = page(SAMPLE.toString());
    browser.open(pageFile(page));
    WebElement body = browser.one("body");
    body.sendKeys("jjj");
    assertEquals("d8154703fed8-03", browser.one("#records .selected").getAttribute("data-record-id"));
    body.sendKeys("k");
    assertEquals("d8154703fed8-02", browser.one("#records .selected").getAttribute("data-record-id"));
    String here = browser.driver.getCurrentUrl();
    boolean next = !browser.all("#next-page").isEmpty();
    body.sendKeys(next ? "n" : "p");
    Browser.waitFor(() -> !browser.driver.getCurrentUrl().equals(here), "another page");
    Browser.waitFor(() -> !browser.all("body[data-ready]").isEmpty(), "its script");
    String other = pages.stream().map(p -> p.path("sha256").asText()).filter(s -> !here.contains(s)).findFirst().orElseThrow();
    assertTrue(browser.driver.getCurrentUrl().endsWith(other + ".html"), browser.driver.getCurrentUrl());
    browser.one("body").sendKeys("i");
    Browser.waitFor(() -> browser.driver.getCurrentUrl().contains("/review/index.html"), "the index");
    assertEquals(List.of(), browser.consoleProblems());
  }

  @Test
  void theIndexHasARowPerPageAndFilters() {
    browser.open(out.resolve("review/index.html"));
    Set<String> shas = new TreeSet<>();
    pages.forEach(p -> shas.add(p.path("sha256").asText()));
    Set<String> rows = new TreeSet<>();
    browser.all("[data-page]").forEach(r -> rows.add(r.getAttribute("data-page")));
    assertEquals(shas, rows);
    WebElement filter = browser.one("#filter");
    filter.sendKeys("000_e1de");
    Browser.waitFor(() -> browser.all("[data-page]").size() == 1, "the filter");
    assertEquals(page(SAMPLE.toString()).path("sha256").asText(), browser.one("[data-page]").getAttribute("data-page"));
    browser.one("[data-page] a").click();
    Browser.waitFor(() -> browser.driver.getCurrentUrl().contains("/pages/"), "the page view");
    assertEquals(List.of(), browser.consoleProblems());
  }

  @Test
  void hostileTextShowsAsTextAndRunsNoScript() {
    JsonNode page = pages.stream().filter(p -> p.path("path").asText().endsWith(HOSTILE_NAME)).findFirst().orElseThrow();
    browser.open(pageFile(page));
    String text = browser.one("body").getText();
    for (String h : HOSTILE_TEXT) {
      assertTrue(text.contains(h), "shown as text: " + h);
    }
    assertTrue(text.contains(HOSTILE_NAME), "the file name is shown as text");
    assertEquals(0L, browser.js("return document.querySelectorAll('img, textarea').length;"));
    assertEquals(0L, browser.js("return [...document.querySelectorAll('b')].filter(b => b.textContent === '粗体').length;"));
    assertEquals(List.of("", "dom.js", "page.js"), browser.js(
        "return [...document.scripts].map(s => s.src.split('/').pop());"), "the data block and the site's scripts, nothing else");
    assertFalse(browser.driver.getTitle().contains("pwned"));
    assertNoAlert();
    browser.open(out.resolve("review/index.html"));
    assertTrue(browser.one("[data-page='" + page.path("sha256").asText() + "']").getText().contains(HOSTILE_NAME));
    assertEquals(0L, browser.js("return document.querySelectorAll('img').length;"));
    assertNoAlert();
    assertEquals(List.of(), browser.consoleProblems());
  }

  @Test
  void exportedCorrectionsBecomeTheGoldThatEvalScoresARunAgainst() throws IOException {
    JsonNode page = page(SAMPLE.toString());
    browser.open(pageFile(page));
    // Exported as it stands, the page is the gold the run scores perfectly against.
    Path asIsGold = exportGold("as-is.gold.json");
    JsonNode asIs = metrics(asIsGold);
    assertEquals(1.0, asIs.path("segment_exact_F1").asDouble(), asIs.toString());
    assertEquals(1.0, asIs.path("headline_acc").asDouble(), asIs.toString());
    assertEquals(1.0, asIs.path("reporters_acc").asDouble(), asIs.toString());

    // #1's headline block stands between #1's body and #2's: given to #2, then given back.
    click(card(1).findElement(org.openqa.selenium.By.cssSelector("button.give")));
    assertEquals(2, card(2).findElements(org.openqa.selenium.By.cssSelector("button.give")).size());
    assertEquals("no_headline", fieldValue(card(1), "warnings"));
    click(browser.one("#export"));
    assertTrue(browser.one("#export-status").getText().contains("#2 holds 2 headline blocks"), browser.one("#export-status").getText());
    click(card(2).findElements(org.openqa.selenium.By.cssSelector("button.give")).get(0));
    assertEquals(1, card(2).findElements(org.openqa.selenium.By.cssSelector("button.give")).size());

    // A fixed headline, a fixed reporter list, and #1's last paragraph moved to #2.
    edit(3, "headline", "改正后的标题");
    edit(2, "reporters", "郭树勋、李明");
    click(browser.one("[data-boundary='1'] [data-move='up-paragraph']"));
    assertEquals("5", fieldValue(card(1), "paragraphs"));
    assertEquals("6", fieldValue(card(2), "paragraphs"));
    Path corrected = exportGold("corrected.gold.json");
    JsonNode gold = Json.mapper().readTree(corrected.toFile());
    assertEquals(SAMPLE.toString(), gold.path("source").asText());
    JsonNode g = gold.path("records");
    assertEquals(13, g.size());
    assertEquals("改正后的标题", g.get(2).path("headline").asText());
    assertEquals("[\"郭树勋\",\"李明\"]", g.get(1).path("reporters").toString());
    String moved = recordsOf(page).get(0).path("paragraphs").get(5).asText();
    assertEquals(moved, g.get(1).path("paragraphs").get(0).asText());
    assertEquals(5, g.get(0).path("paragraphs").size());

    // The run, scored against the archivist's truth, is now wrong exactly where it was corrected.
    JsonNode m = metrics(corrected);
    assertEquals(Math.round(11 / 13.0 * 1000) / 1000.0, m.path("segment_exact_F1").asDouble(), m.toString());
    assertTrue(m.path("headline_acc").asDouble() < 1.0, m.toString());
    assertTrue(m.path("reporters_acc").asDouble() < 1.0, m.toString());
    String findings = stdout("eval", "--gold", corrected.toString(), out.toString());
    assertTrue(findings.contains("d8154703fed8-01 body differs"), findings);
    assertTrue(findings.contains("d8154703fed8-02 body differs wrong [reporters]"), findings);
    assertTrue(findings.contains("d8154703fed8-03 wrong [headline]"), findings);

    // And train-layout learns from an exported page, as the README says an archive can (it needs
    // the page's text unchanged: a page whose headline was retyped is left out, with the reason).
    Path weights = work.resolve("weights.tsv");
    String trained = stdout("train-layout", "--gold", asIsGold.toString(), SAMPLE.toString(), "-o", weights.toString(), "--epochs", "1");
    assertTrue(trained.startsWith("1 pages used"), trained);
    assertTrue(Files.size(weights) > 0);
    assertEquals(List.of(), browser.consoleProblems());
  }

  @Test
  void aRecordSplitAtAPickedLineAndMergedAgainGivesBackTheRun() throws IOException {
    JsonNode page = page(SAMPLE.toString());
    browser.open(pageFile(page));
    Path asIs = exportGold("split-before.gold.json");
    // #4 runs 141-156: byline and a paragraph, then paragraphs from 144; its headline after them.
    click(browser.one("#source [data-line='144']"));
    WebElement split = card(4).findElement(org.openqa.selenium.By.cssSelector("button.split"));
    assertEquals("Split before line 144", split.getText());
    assertFalse(card(3).findElement(org.openqa.selenium.By.cssSelector("button.split")).isEnabled(), "line 144 is not #3's");
    click(split);
    assertEquals(14, browser.all("#records [data-record-id]").size());
    assertEquals("d8154703fed8-04.1", card(5).getAttribute("data-record-id"));
    click(card(5).findElement(org.openqa.selenium.By.cssSelector("h2")));
    Set<Integer> lines = new TreeSet<>();
    for (int n : highlighted()) {
      if (!Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(n - 1).isBlank()) {
        lines.add(n);
      }
    }
    assertEquals(new TreeSet<>(List.of(144, 145, 146, 147, 148, 149, 151, 152, 153)), lines);
    assertEquals("2", fieldValue(card(5), "paragraphs"));
    assertEquals("1", fieldValue(card(4), "paragraphs"));
    JsonNode splitGold = Json.mapper().readTree(exportGold("split.gold.json").toFile());
    assertEquals(14, splitGold.path("records").size());

    click(card(4).findElement(org.openqa.selenium.By.cssSelector("button.merge")));
    assertEquals(ids(recordsOf(page)), browser.all("#records [data-record-id]").stream().map(c -> c.getAttribute("data-record-id")).toList());
    JsonNode merged = Json.mapper().readTree(exportGold("merged.gold.json").toFile());
    assertEquals(Json.mapper().readTree(asIs.toFile()).path("records"), merged.path("records"));
    assertEquals(List.of(), browser.consoleProblems());
  }

  /** Clicks Export, waits for the download and moves it to {@code name} in the work folder. */
  static Path exportGold(String name) throws IOException {
    Path download = browser.downloads.resolve("000_e1de8d0c08a602d2.gold.json");
    Files.deleteIfExists(download);
    click(browser.one("#export"));
    Browser.waitFor(() -> Files.exists(download) && !Files.exists(download.resolveSibling(download.getFileName() + ".crdownload")),
        "the exported gold file in " + browser.downloads);
    return Files.move(download, work.resolve(name));
  }

  static JsonNode metrics(Path gold) throws IOException {
    return Json.mapper().readTree(stdout("eval", "--json", "--gold", gold.toString(), out.toString()));
  }

  static WebElement card(int number) {
    return browser.all("#records [data-record-id]").get(number - 1);
  }

  static String fieldValue(WebElement card, String label) {
    for (WebElement f : card.findElements(org.openqa.selenium.By.cssSelector(".field"))) {
      if (f.findElement(org.openqa.selenium.By.cssSelector(".label")).getText().equals(label)) {
        return f.findElement(org.openqa.selenium.By.cssSelector(".value")).getText();
      }
    }
    return null;
  }

  /** Clicks as a person would once the element is in view: the page's sticky bar may cover its edge. */
  static void click(WebElement e) {
    browser.js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  static void edit(int record, String field, String value) {
    click(card(record).findElement(org.openqa.selenium.By.cssSelector("button.edit")));
    WebElement input = card(record).findElement(org.openqa.selenium.By.cssSelector("input[name='" + field + "']"));
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
  }

  private static void assertNoAlert() {
    try {
      browser.driver.switchTo().alert();
      throw new AssertionError("a script of the page text ran an alert");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  // ---- helpers ----

  static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  static List<Integer> highlighted() {
    List<Integer> out = new ArrayList<>();
    for (WebElement e : browser.all("#source .line.hl")) {
      out.add(Integer.parseInt(e.getAttribute("data-line")));
    }
    return out;
  }

  /** The printed lines of a record's fields, from its spans. */
  static Set<Integer> spanLines(JsonNode record, List<String> source) {
    Set<Integer> out = new TreeSet<>();
    List<JsonNode> spans = new ArrayList<>();
    record.path("spans").forEach(s -> {
      if (s.isArray()) {
        s.forEach(spans::add);
      } else if (s.isObject()) {
        spans.add(s);
      }
    });
    for (JsonNode s : spans) {
      for (int n = s.path("line_start").asInt(); n <= s.path("line_end").asInt(); n++) {
        if (!source.get(n - 1).isBlank()) {
          out.add(n);
        }
      }
    }
    return out;
  }

  static JsonNode page(String path) {
    return pages.stream().filter(p -> p.path("path").asText().equals(path)).findFirst().orElseThrow();
  }

  static Path pageFile(JsonNode page) {
    return out.resolve("review/pages/" + page.path("sha256").asText() + ".html");
  }

  static List<JsonNode> recordsOf(JsonNode page) {
    return records.stream().filter(r -> r.path("source").path("sha256").equals(page.path("sha256"))).toList();
  }

  static List<String> ids(List<JsonNode> rs) {
    return rs.stream().map(r -> r.path("id").asText()).toList();
  }

  static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.mapper().readTree(line));
    }
    return out;
  }

  /** Runs a jianbao command in-process and returns what it printed on stdout. */
  static String stdout(String... args) {
    StringWriter buf = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(buf, true));
    cli.setErr(quiet());
    assertEquals(0, cli.execute(args), String.join(" ", args));
    return buf.toString();
  }
}
