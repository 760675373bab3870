package jianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianbao.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

  static final ObjectMapper M = new ObjectMapper();

  static ObjectNode record(String id, String headline, String reporter, String date, String... paragraphs) {
    ObjectNode r = M.createObjectNode();
    r.put("id", id);
    r.put("kind", "article");
    r.put("headline", headline);
    ArrayNode rep = r.putArray("reporters");
    if (reporter != null) {
      rep.add(reporter);
    }
    r.put("date", date);
    ArrayNode ps = r.putArray("paragraphs");
    for (String p : paragraphs) {
      ps.add(p);
    }
    return r;
  }

  /** An output record shaped like articles.jsonl. */
  static ObjectNode output(String headline, String reporter, String date, String... paragraphs) {
    ObjectNode r = record("x", headline, null, date, paragraphs);
    r.remove("reporters");
    ObjectNode b = r.putObject("byline");
    ArrayNode rep = b.putArray("reporters");
    if (reporter != null) {
      rep.add(reporter);
    }
    return r;
  }

  @Test
  void exactRecordsAndFieldMistakes() {
    List<JsonNode> gold = List.of(
        record("A1", "春耕忙", "王立", "03-02", "3月2日，全县春耕。", "农机下田作业。"),
        record("A2", "植树节", "陈晓", "03-12", "3月12日，市民植树。"));
    List<JsonNode> pred = List.of(
        output("春耕忙", "王立", "2021-03-02", "3月2日，全县春耕。农机下田作业。"), // one paragraph break missed
        output("植树", "陈晓", "--03-12", "本报讯（记者陈晓）3月12日，市民植树。")); // leading byline ignored
    Scorer s = new Scorer();
    s.page("p", gold, pred);
    Map<String, Object> m = s.metrics();
    assertEquals(1.0, m.get("segment_exact_F1"));
    assertEquals(0.0, m.get("paragraph_cut_R"));
    assertEquals(0.5, m.get("headline_acc"));
    assertEquals(1.0, m.get("reporters_acc"));
    assertEquals(1.0, m.get("date_acc"));
    assertEquals(List.of("p A2 wrong [headline]", "p A1 wrong [paragraph breaks]").stream().sorted().toList(),
        s.findings().stream().sorted().toList());
  }

  @Test
  void mergedRecordsCountAsMissAndFalseAlarm() {
    List<JsonNode> gold = List.of(
        record("A1", "甲", null, null, "第一篇文章的正文内容很长很长。"),
        record("A2", "乙", null, null, "第二篇文章的正文内容也很长。"));
    List<JsonNode> pred = List.of(output("甲", null, null, "第一篇文章的正文内容很长很长。", "第二篇文章的正文内容也很长。"));
    Scorer s = new Scorer();
    s.page("p", gold, pred);
    assertEquals(0.0, s.metric("segment_exact_P"));
    assertEquals(0.0, s.metric("segment_exact_R"));
  }

  /** jianbao eval prints what shared/eval/score.py prints, on a perturbed output. */
  @Test
  void agreesWithTheIndependentScorer(@TempDir Path dir) throws Exception {
    // The independent scorer is not part of the project: it sits in the shared material beside it.
    Path score = Path.of("../shared/eval/score.py");
    Path gold = Path.of("src/test/resources/gold/000_e1de8d0c08a602d2.gold.json");
    Assumptions.assumeTrue(Files.exists(score), score.toAbsolutePath().normalize() + " missing: the independent"
        + " scorer lives in the shared material beside the repository");
    Path out = dir.resolve("out");
    assertEquals(0, Main.run("extract", "samples", "-o", out.toString(), "--no-entities", "-q"));
    List<String> lines = Files.readAllLines(out.resolve("articles.jsonl"));
    List<String> mutated = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode r = (ObjectNode) M.readTree(lines.get(i));
      if (i == 1) {
        r.put("headline", "错");
      }
      if (i == 2) {
        ArrayNode ps = (ArrayNode) r.get("paragraphs");
        ps.set(0, ps.get(0).asText() + ps.get(1).asText());
        ps.remove(1);
      }
      if (i != 4) {
        mutated.add(M.writeValueAsString(r));
      }
    }
    Files.write(out.resolve("articles.jsonl"), mutated);
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
    assertEquals(python.strip(), buf.toString(StandardCharsets.UTF_8).strip());
  }
}
