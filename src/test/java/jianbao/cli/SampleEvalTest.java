package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import jianbao.write.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's figure for the real sample page, from the commands a user runs: extract, then eval
 * against the page's hand-checked records (the project's own copy of them).
 */
class SampleEvalTest {
  static final Path GOLD = Path.of("src/test/resources/gold/000_e1de8d0c08a602d2.gold.json");

  @TempDir Path dir;

  @Test
  void everyRecordOfTheSamplePageIsCutAndFilledExactly() throws Exception {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", "samples", "-o", out.toString(), "-q");
    assertEquals(0, run.code(), run.err());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    assertEquals(0, cli.execute("eval", "--gold", GOLD.toString(), out.toString(), "--json"));
    JsonNode metrics = Json.mapper().readTree(stdout.toString(StandardCharsets.UTF_8));

    // Organisation recall is held to 0.9, not 1: the entity model follows the news corpora, which keep a body's
    // section in its name (a bureau's 处 or 科 before an office), where the sample's gold keeps the body alone.
    assertTrue(metrics.get("org_recall").asDouble() >= 0.9, metrics.toString());
    Map<String, Double> notPerfect = new TreeMap<>();
    metrics.fields().forEachRemaining(m -> {
      boolean count = m.getKey().endsWith("_records") || m.getKey().equals("matched") || m.getKey().equals("org_recall");
      if (!count && m.getValue().asDouble() != 1.0) {
        notPerfect.put(m.getKey(), m.getValue().asDouble());
      }
    });
    assertEquals(Map.of(), notPerfect, metrics.toString());
    assertEquals(13, metrics.get("gold_records").asInt());
    assertEquals(13, metrics.get("pred_records").asInt());
    assertEquals(13, metrics.get("matched").asInt());
    for (String metric : new String[] {"segment_exact_F1", "paragraph_cut_F1", "headline_acc", "kicker_acc",
        "subheadline_acc", "reporters_acc", "date_acc", "people_F1", "person_title_acc"}) {
      assertEquals(1.0, metrics.get(metric).asDouble(), metric);
    }
  }
}
