package jianbao.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.harness.PageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTrainerTest {

  private static List<LayoutTrainer.Example> generated(int first, int count) {
    PageFactory factory = new PageFactory();
    List<LayoutTrainer.Example> out = new ArrayList<>();
    for (int s = first; s < first + count; s++) {
      PageFactory.Built b = factory.page(s, PageFactory.Knobs.RANDOM);
      List<LayoutTrainer.TrueRecord> records = new ArrayList<>();
      b.gold().get("records").forEach(r -> {
        List<String> head = new ArrayList<>();
        if (r.hasNonNull("headline_block")) {
          head.add(r.get("headline_block").asText());
        }
        List<String> paras = new ArrayList<>();
        r.get("paragraphs").forEach(p -> paras.add(p.asText()));
        records.add(new LayoutTrainer.TrueRecord(head, paras));
      });
      out.add(new LayoutTrainer.Example("generated-" + s, b.lines(), List.of(), records));
    }
    return out;
  }

  @Test
  void learningFromZeroWeightsReadsThePagesItLearnedFrom() {
    List<LayoutTrainer.Example> pages = generated(7000, 12);
    Weights zero = new Weights(new double[Evidence.values().length]);
    LayoutTrainer.Result none = LayoutTrainer.train(pages, zero, 0, 1);
    LayoutTrainer.Result learned = LayoutTrainer.train(pages, zero, 10, 1);
    assertEquals(12, learned.usable() + learned.skipped().size());
    assertTrue(learned.exactPages() > none.exactPages() + 3,
        "zero weights read " + none.exactPages() + " pages right, learned ones " + learned.exactPages());
    // What the weights learned agrees with typography: headline type speaks for a headline, a
    // byline at a run's start against one.
    assertTrue(learned.weights().get(Evidence.HEAD_TYPESET) > 0);
    assertTrue(learned.weights().get(Evidence.HEAD_BYLINE) < 0);
  }

  @Test
  void truthIsFoundInThePageWhitespaceAndDashesAside() {
    List<String> lines = List.of("全县春季植树", "——活动全面启动", "", "3月12日上午， 全县春季义务植", "树活动启动。");
    int[][] label = TruthAlignment.label(lines, List.of(new LayoutTrainer.TrueRecord(
        List.of("全县春季植树活动全面启动"), List.of("3月12日上午，全县春季义务植树活动启动。"))));
    assertEquals(0, label[0][0]);
    assertEquals(-1, label[1][0]); // the dash the gold leaves out
    assertEquals(0, label[1][2]);
    assertEquals(1, label[3][0]);
    assertEquals(1, label[4][5]);
    assertEquals(null, TruthAlignment.label(lines, List.of(new LayoutTrainer.TrueRecord(List.of("不在页上"), List.of()))));
  }

  @Test
  void weightsFilesRoundTripAndBadOnesAreNamed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("w.tsv");
    Weights.defaults().write(f, List.of("a comment"));
    assertEquals(Weights.defaults().fingerprint(), Weights.read(f).fingerprint());
    Files.writeString(f, "HEAD_TYPESET\t1.0\n");
    IOException missing = assertThrows(IOException.class, () -> Weights.read(f));
    assertTrue(missing.getMessage().contains("no weight for HEAD_BYLINE"), missing.getMessage());
    Files.writeString(f, "NO_SUCH_THING\t1.0\n");
    IOException unknown = assertThrows(IOException.class, () -> Weights.read(f));
    assertTrue(unknown.getMessage().contains(":1: unknown evidence NO_SUCH_THING"), unknown.getMessage());
  }
}
