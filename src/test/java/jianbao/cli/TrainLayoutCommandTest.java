package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jianbao.segment.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainLayoutCommandTest {

  @Test
  void learnsWeightsThatExtractTakes(@TempDir Path dir) throws Exception {
    Path weights = dir.resolve("w.tsv");
    Cli.Run run = Cli.run("train-layout", "--gold", "src/test/resources/gold", "samples", "-o", weights.toString(),
        "--epochs", "2");
    assertEquals(0, run.code(), run.err());
    Weights.read(weights); // complete and well formed
    assertTrue(Files.readString(weights).startsWith("# Layout weights learned by jianbao train-layout: 1 pages, 2 epochs, 3 orders averaged."));
    Cli.Run extract = Cli.run("extract", "samples", "-o", dir.resolve("out").toString(), "--no-entities", "-q",
        "--layout-weights", weights.toString());
    assertEquals(0, extract.code(), extract.err());
  }

  @Test
  void aPageWithoutGoldIsNamedAndLeftOut(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.copy(Path.of("samples/000_e1de8d0c08a602d2.txt"), pages.resolve("other.txt"));
    Cli.Run run = Cli.run("train-layout", "--gold", "src/test/resources/gold", pages.toString(), "-o",
        dir.resolve("w.tsv").toString(), "--epochs", "1");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("other.txt: no gold file for this page, left out"), run.err());
  }

  @Test
  void badWeightsAreAUsageError(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "HEAD_TYPESET\tx\n");
    Cli.Run run = Cli.run("extract", "samples", "-o", dir.resolve("out").toString(), "--layout-weights", bad.toString());
    assertEquals(Main.USAGE, run.code());
    assertTrue(run.err().contains("--layout-weights: " + bad + ":1: not a number: x"), run.err());
    assertTrue(!Files.exists(dir.resolve("out")), "nothing is written on a usage error");
  }
}
