package jianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jianbao.cli.Main;
import org.junit.jupiter.api.Assumptions;

/** Runs shared/eval/score.py and {@code jianbao eval} on one output and gives both printouts. */
final class IndependentScorer {
  private IndependentScorer() {}

  /** The two printouts of {@code --quiet} metrics: [score.py's, jianbao eval's]. Skips when python3 cannot run the scorer. */
  static String[] both(Path score, Path gold, Path out) throws Exception {
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
    return new String[] {python.strip(), buf.toString(StandardCharsets.UTF_8).strip()};
  }
}
