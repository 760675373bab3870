package jianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import jianbao.harness.PageRenderer;
import jianbao.model.Article;
import jianbao.model.FieldSpan;
import jianbao.model.Page;
import jianbao.model.TextSpan;
import jianbao.read.PageReader;
import jianbao.segment.HeadlinePosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost: every printed character of a page is in exactly one record field (as its raw
 * span) or in the page's unassigned list. Counted independently of the pipeline's own ledger.
 */
public class NoLossTest {

  static final PagePipeline PIPELINE = new PagePipeline(new PagePipeline.Options(null, HeadlinePosition.AUTO, false));

  public static void assertNothingLost(Page page) {
    PagePipeline.Result r = PIPELINE.process(page);
    TreeMap<Integer, Integer> want = new TreeMap<>();
    page.lines().forEach(l -> count(want, l, +1));
    TreeMap<Integer, Integer> got = new TreeMap<>();
    if (r.page().section() != null) {
      count(got, r.page().section(), +1);
    }
    for (Article a : r.articles()) {
      for (FieldSpan s : fields(a)) {
        count(got, s.raw(), +1);
      }
    }
    for (TextSpan t : r.page().unassigned()) {
      count(got, t.text(), +1);
    }
    assertEquals(want, got, page.path());
    assertEquals(0, r.doubleClaims(), page.path());
  }

  static List<FieldSpan> fields(Article a) {
    List<FieldSpan> out = new ArrayList<>();
    Stream.of(a.spans().kicker(), a.spans().headline(), a.spans().subheadline(), a.spans().byline())
        .filter(s -> s != null).forEach(out::add);
    out.addAll(a.spans().paragraphs());
    return out;
  }

  private static void count(TreeMap<Integer, Integer> m, String s, int d) {
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFEFF)
        .forEach(c -> m.merge(c, d, Integer::sum));
  }

  @Test
  void samplePage() throws Exception {
    assertNothingLost(new PageReader().read(Path.of("samples/000_e1de8d0c08a602d2.txt")));
  }

  @Test
  void noisyOcrPage() throws Exception {
    Path ocr = Path.of("../shared/samples-extra/ocr-1968-page1.txt");
    Assumptions.assumeTrue(Files.exists(ocr), ocr.toAbsolutePath().normalize() + " missing: the noisy OCR page lives"
        + " in the shared material beside the repository");
    assertNothingLost(new PageReader().read(ocr));
  }

  @Test
  void shuffledAndMutilatedPages() throws Exception {
    List<String> lines = new PageReader().read(Path.of("samples/000_e1de8d0c08a602d2.txt")).lines();
    Random rnd = new Random(42);
    for (int round = 0; round < 60; round++) {
      List<String> page = new ArrayList<>(lines);
      switch (round % 4) {
        case 0 -> Collections.shuffle(page, rnd);
        case 1 -> page.removeIf(l -> rnd.nextInt(4) == 0);
        case 2 -> page.replaceAll(l -> PageRenderer.spaceNoise(l, rnd));
        default -> {
          int from = rnd.nextInt(page.size());
          page = page.subList(from, Math.min(page.size(), from + 1 + rnd.nextInt(80)));
        }
      }
      assertNothingLost(new Page("mutated-" + round, "0".repeat(64), "UTF-8", "text/plain", page));
    }
  }
}
