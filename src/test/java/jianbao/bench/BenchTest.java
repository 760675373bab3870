package jianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jianbao.model.Page;
import jianbao.read.PageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's pages are distinct, readable pages; a tiny bench run reports every figure. */
class BenchTest {
  @TempDir Path dir;

  @Test
  void pagesAreDistinctAndReadAsWritten() throws Exception {
    List<BenchPages.Built> built = BenchPages.fromFolder(Path.of("samples")).write(dir.resolve("pages"), 40);
    assertEquals(40, built.size());
    Set<String> hashes = new HashSet<>();
    PageReader reader = new PageReader();
    BenchPages pages = BenchPages.fromFolder(Path.of("samples"));
    for (int i = 0; i < built.size(); i++) {
      Page page = reader.read(built.get(i).file());
      hashes.add(page.sha256());
      assertEquals(built.get(i).charset().name(), page.encoding());
      assertEquals(pages.lines(i), page.lines());
    }
    assertEquals(40, hashes.size(), "dedupe would skip a page");
    assertTrue(built.stream().anyMatch(b -> b.charset().equals(BenchPages.GB18030)));
  }

  @Test
  void benchReportsBothPathsOnTheSameText() throws Exception {
    StringWriter out = new StringWriter();
    List<Bench.Row> rows = new Bench(new Bench.Options(6, List.of(1, 2), dir.resolve("work"), Path.of("samples"), false),
        new PrintWriter(out, true)).run();
    assertEquals(2, rows.size());
    for (Bench.Row r : rows) {
      assertEquals(6, r.pages());
      assertTrue(r.seconds() > 0 && r.rawSeconds() > 0);
      assertTrue(r.rawCpuSeconds() > 0 && r.ownCpuSeconds() > 0, r.toString());
    }
    assertEquals(rows.get(0).chars(), rows.get(1).chars());
    String report = out.toString();
    assertTrue(report.contains("end to end / raw HanLP = "), report);
    assertTrue(report.contains("scaling 2 threads / 1 thread"), report);
    assertTrue(report.contains("with jianbao's own set"), report);
    assertTrue(!Files.exists(dir.resolve("work")), "work folder removed without --keep");
  }
}
