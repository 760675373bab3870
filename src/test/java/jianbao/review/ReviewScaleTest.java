package jianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The review index stays fast with many pages: a folder of {@code jianbao.review.pages} pages
 * (500 in the test suite; docs/review.md gives the figures for 20,000:
 * {@code mvn -B test -Dtest=ReviewScaleTest -Djianbao.review.pages=20000}) is reviewed and its
 * index opened in headless Chromium. Printed: the review's time, the index's size, the time from
 * navigation start to the first rows drawn, and the time a filter takes.
 */
class ReviewScaleTest {
  static final int PAGES = Integer.getInteger("jianbao.review.pages", 500);

  @TempDir Path work;

  @Test
  void theIndexOfManyPagesOpensAndFiltersFast() throws IOException {
    Path sample = work.resolve("sample");
    assertEquals(Main.OK, Main.run(new PrintWriter(new StringWriter()), "extract", ReviewBrowserTest.SAMPLE.toString(),
        "-o", sample.toString(), "-q", "--format", "jsonl"));
    Path out = work.resolve("many");
    ManyPages.write(sample, out, PAGES, 1);
    long t0 = System.nanoTime();
    assertEquals(Main.OK, Main.run(new PrintWriter(new StringWriter()), "review", out.toString(), "-q"));
    double reviewSeconds = (System.nanoTime() - t0) / 1e9;
    Path index = out.resolve("review/index.html");
    try (Browser browser = Browser.start(work)) {
      browser.open(index);
      double loaded = ((Number) browser.js(
          "return performance.getEntriesByName('review-index-rendered')[0].startTime;")).doubleValue();
      double parsed = ((Number) browser.js(
          "return performance.getEntriesByName('review-index-script')[0].startTime;")).doubleValue();
      assertEquals(100, browser.all("[data-page]").size(), "one screenful of rows");
      assertTrue(browser.one("#shown").getText().contains("of " + String.format(Locale.ROOT, "%d", PAGES)),
          browser.one("#shown").getText());
      // The pages that need a look come first.
      String firstWhy = browser.one("[data-page] td.why").getText();
      assertTrue(!firstWhy.isEmpty(), "the first row gives its reasons");
      WebElement filter = browser.one("#filter");
      long f0 = System.nanoTime();
      filter.sendKeys("page-000123");
      Browser.waitFor(() -> browser.all("[data-page]").size() == 1, "the filter");
      double filterMs = (System.nanoTime() - f0) / 1e6;
      assertEquals(java.util.List.of(), browser.consoleProblems());
      System.out.printf(Locale.ROOT, "review scale: %,d pages reviewed in %.1f s; index.html %.1f MB, its script"
              + " started %.0f ms and its rows were drawn %.0f ms after navigation start; a filter typed and applied in %.0f ms%n",
          PAGES, reviewSeconds, Files.size(index) / 1e6, parsed, loaded, filterMs);
      // Generous for a shared 2-core machine; measured figures are in docs/review.md.
      assertTrue(loaded < 3000 * Math.max(1, PAGES / 20000.0), "index drawn in " + loaded + " ms");
    }
  }
}
