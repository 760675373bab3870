package jianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianbao.model.Article;
import jianbao.model.Named;
import jianbao.model.Person;
import jianbao.read.PageReader;
import jianbao.write.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real sample page end to end: all 13 records, field by field, with their source lines. */
class SeedPageTest {

  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");
  static PagePipeline.Result result;
  static JsonNode expected;

  @BeforeAll
  static void run() throws Exception {
    result = new PagePipeline(PagePipeline.Options.defaults()).process(new PageReader().read(SAMPLE));
    expected = new ObjectMapper().readTree(SeedPageTest.class.getResourceAsStream("seed.expected.json"));
  }

  @Test
  void thirteenRecordsInPageOrder() {
    assertEquals(13, result.articles().size());
    assertEquals(13, result.page().recordCount());
    assertEquals("一周动态", result.page().section());
    assertEquals(0, result.doubleClaims());
    assertEquals(1, result.page().unassigned().size());
    assertEquals(357, result.page().unassigned().get(0).lineStart());
  }

  @Test
  void layoutFieldsMatchTheCheckedTruth() {
    ObjectMapper m = Json.mapper();
    for (int i = 0; i < 13; i++) {
      Article a = result.articles().get(i);
      JsonNode want = expected.get(i);
      JsonNode got = m.valueToTree(a);
      String where = "record " + (i + 1);
      for (String field : List.of("kind", "section", "kicker", "headline", "subheadline", "byline", "date",
          "date_text", "paragraphs", "spans")) {
        assertEquals(want.get(field), got.get(field), where + " " + field);
      }
      assertEquals(want.get("line_start").asInt(), a.source().lineStart(), where);
      assertEquals(want.get("line_end").asInt(), a.source().lineEnd(), where);
    }
  }

  @Test
  void peopleWithTheirTitles() {
    int found = 0;
    int truth = 0;
    int titled = 0;
    int titlesRight = 0;
    for (int i = 0; i < 13; i++) {
      Map<String, String> want = new LinkedHashMap<>();
      expected.get(i).get("people").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
      Map<String, String> got = new LinkedHashMap<>();
      for (Person p : result.articles().get(i).people()) {
        got.put(p.name(), p.title());
      }
      truth += want.size();
      for (Map.Entry<String, String> e : want.entrySet()) {
        if (got.containsKey(e.getKey())) {
          found++;
          if (e.getValue() != null) {
            titled++;
            if (e.getValue().equals(got.get(e.getKey()))) {
              titlesRight++;
            }
          }
        } else if (e.getValue() != null) {
          titled++;
        }
      }
      for (String name : got.keySet()) {
        assertTrue(want.containsKey(name), "record " + (i + 1) + ": not a person on this page: " + name);
      }
    }
    assertTrue(found >= truth * 0.95, "people found " + found + " of " + truth);
    assertTrue(titlesRight >= titled * 0.9, "titles right " + titlesRight + " of " + titled);
  }

  @Test
  void organisationsOfTheTruthAreFound() {
    int hit = 0;
    int total = 0;
    for (int i = 0; i < 13; i++) {
      List<String> got = result.articles().get(i).organizations().stream().map(Named::name).toList();
      for (JsonNode o : expected.get(i).get("organizations_include")) {
        total++;
        if (got.stream().anyMatch(g -> g.contains(o.asText()))) {
          hit++;
        }
      }
    }
    assertTrue(hit >= total * 0.8, "organisations found " + hit + " of " + total);
  }
}
