package jianbao.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianbao.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesSinkTest {
  @TempDir Path out;

  @Test
  void writesOnePrettyFilePerRecord() throws IOException {
    try (JsonFilesSink sink = new JsonFilesSink(out)) {
      sink.accept(Fixtures.page(2), List.of(Fixtures.full(), Fixtures.sparse()));
    }
    assertEquals(
        List.of("000_e1de8d0c08a602d2-01.json", "000_e1de8d0c08a602d2-02.json"), jsonFolder());
    String sparse = Files.readString(out.resolve("json/000_e1de8d0c08a602d2-02.json"));
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"id\" : \"000_e1de8d0c08a602d2-02\",",
            "  \"kind\" : \"photo\",",
            "  \"source\" : {",
            "    \"path\" : \"pages/000_e1de8d0c08a602d2.txt\",",
            "    \"sha256\" : \"" + Fixtures.SHA + "\",",
            "    \"line_start\" : 20,",
            "    \"line_end\" : 20",
            "  },",
            "  \"section\" : null,",
            "  \"kicker\" : null,",
            "  \"headline\" : null,",
            "  \"subheadline\" : null,",
            "  \"byline\" : {",
            "    \"text\" : null,",
            "    \"reporters\" : [ ],",
            "    \"correspondents\" : [ ],",
            "    \"photographers\" : [ ],",
            "    \"agency\" : null,",
            "    \"place\" : null,",
            "    \"dateline_date\" : null",
            "  },",
            "  \"date\" : null,",
            "  \"date_text\" : null,",
            "  \"paragraphs\" : [ ],",
            "  \"people\" : [ ],",
            "  \"organizations\" : [ ],",
            "  \"places\" : [ ],",
            "  \"warnings\" : [ ],",
            "  \"spans\" : {",
            "    \"kicker\" : null,",
            "    \"headline\" : null,",
            "    \"subheadline\" : null,",
            "    \"byline\" : null,",
            "    \"paragraphs\" : [ ]",
            "  }",
            "}",
            ""),
        sparse);
    Article back =
        Json.mapper().readValue(out.resolve("json/000_e1de8d0c08a602d2-01.json").toFile(), Article.class);
    assertEquals(Fixtures.full(), back);
    SchemaAssert.assertValidArticle(
        Json.mapper().readTree(out.resolve("json/000_e1de8d0c08a602d2-01.json").toFile()));
  }

  @Test
  void fileNamesCannotLeaveTheFolder() {
    assertEquals(".._.._etc_passwd.json", JsonFilesSink.fileName("../../etc/passwd"));
    assertEquals("a_b_c_.json", JsonFilesSink.fileName("a\\b c\0"));
    assertEquals("____-1.json", JsonFilesSink.fileName("人民日报-1"));
    assertEquals("v1.2_x-3.json", JsonFilesSink.fileName("v1.2_x-3"));
    IllegalArgumentException dots =
        assertThrows(IllegalArgumentException.class, () -> JsonFilesSink.fileName(".."));
    assertEquals("record id \"..\" is not a usable file name", dots.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonFilesSink.fileName("."));
    assertThrows(IllegalArgumentException.class, () -> JsonFilesSink.fileName(""));
    assertThrows(IllegalArgumentException.class, () -> JsonFilesSink.fileName(null));
  }

  @Test
  void traversingIdIsWrittenInsideTheFolder() throws IOException {
    try (JsonFilesSink sink = new JsonFilesSink(out)) {
      sink.accept(Fixtures.page(1), List.of(withId("../escape")));
    }
    assertEquals(List.of(".._escape.json"), jsonFolder());
    try (Stream<Path> top = Files.list(out)) {
      assertEquals(List.of(out.resolve("json")), top.toList());
    }
  }

  @Test
  void idsThatSanitiseAlikeAreRefusedNotOverwritten() throws IOException {
    try (JsonFilesSink sink = new JsonFilesSink(out)) {
      sink.accept(Fixtures.page(1), List.of(withId("a/b")));
      IOException clash =
          assertThrows(
              IOException.class, () -> sink.accept(Fixtures.page(1), List.of(withId("a_b"))));
      assertTrue(clash.getMessage().startsWith("record ids \"a/b\" and \"a_b\" both map to file "),
          clash.getMessage());
    }
    assertTrue(Files.readString(out.resolve("json/a_b.json")).contains("\"id\" : \"a/b\""));
  }

  private static Article withId(String id) {
    Article s = Fixtures.sparse();
    return new Article(id, s.kind(), s.source(), s.section(), s.kicker(), s.headline(),
        s.subheadline(), s.byline(), s.date(), s.dateText(), s.paragraphs(), s.people(),
        s.organizations(), s.places(), s.warnings(), s.spans());
  }

  private List<String> jsonFolder() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("json"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
