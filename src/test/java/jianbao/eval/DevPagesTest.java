package jianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jianbao.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages the layout was never shown a line of by hand: real national-daily articles laid out
 * as page dumps and as PDFs (../shared/dev, beside the repository, for measuring only). jianbao's
 * own {@code eval} must print exactly what the independent scorer prints, and the cut must not fall
 * below its floors. The floors guard what was measured; the README's layout table gives the
 * figures.
 */
class DevPagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "text, 0.92, 0.95, 0.98, 0.98, 0.98",
      "pdf,  0.95, 0.95, 0.98, 0.90, 0.95"})
  void evalAgreesWithTheScorerAndTheCutHoldsItsFloors(String set, double segment, double headline, double paragraphs,
      double reporters, double date, @TempDir Path dir) throws Exception {
    Path shared = Path.of("../shared");
    Path pages = shared.resolve("dev").resolve(set).resolve("pages");
    Path gold = shared.resolve("dev").resolve(set).resolve("gold");
    Path score = shared.resolve("eval/score.py");
    Assumptions.assumeTrue(Files.isDirectory(pages) && Files.exists(score),
        pages.toAbsolutePath().normalize() + " or the scorer missing: the dev pages live in the shared material beside the repository");
    Path out = dir.resolve("out");
    assertEquals(0, Main.run("extract", pages.toString(), "-o", out.toString(), "--no-entities", "-q"));
    Process p = new ProcessBuilder("python3", score.toString(), gold.toString(), out.toString(), "--quiet")
        .redirectErrorStream(true).start();
    String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(p.waitFor() == 0, "python3 could not run score.py: " + python);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("eval", "--gold", gold.toString(), out.toString(), "--quiet"));
    } finally {
      System.setOut(old);
    }
    String mine = buf.toString(StandardCharsets.UTF_8).strip();
    assertEquals(python.strip(), mine);
    Map<String, Double> m = new HashMap<>();
    for (String line : mine.lines().toList()) {
      String[] kv = line.trim().split("\\s+");
      if (kv.length == 2 && kv[1].matches("[0-9.]+")) {
        m.put(kv[0], Double.parseDouble(kv[1]));
      }
    }
    System.out.println("dev " + set + ": " + m);
    assertTrue(m.get("segment_exact_F1") >= segment, mine);
    assertTrue(m.get("headline_block_acc") >= headline, mine);
    assertTrue(m.get("paragraph_cut_F1") >= paragraphs, mine);
    assertTrue(m.get("reporters_acc") >= reporters, mine);
    assertTrue(m.get("date_acc") >= date, mine);
  }
}
