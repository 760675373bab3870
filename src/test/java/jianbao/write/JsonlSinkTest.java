package jianbao.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianbao.model.Article;
import jianbao.model.PageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSinkTest {
  @TempDir Path out;

  @Test
  void writesSnakeCaseLinesWithNullsAndUnescapedChinese() throws IOException {
    try (JsonlSink sink = new JsonlSink(out)) {
      sink.accept(Fixtures.page(2), List.of(Fixtures.full(), Fixtures.sparse()));
      sink.accept(Fixtures.emptyPage(), List.of());
    }

    assertEquals(
        List.of(
            "{\"path\":\"pages/000_e1de8d0c08a602d2.txt\",\"sha256\":\"" + Fixtures.SHA + "\","
                + "\"encoding\":\"UTF-8\",\"format\":\"text/plain\",\"line_count\":403,"
                + "\"record_count\":2,\"section\":\"一周动态\",\"headline_position\":\"after\",\"layout_margin\":12.5,\"unassigned\":[{\"text\":"
                + "\"2024年5月20日 星期一\",\"line_start\":1,\"line_end\":1}]}",
            "{\"path\":\"pages/000_e1de8d0c08a602d2.txt\",\"sha256\":\"" + Fixtures.SHA + "\","
                + "\"encoding\":\"GB18030\",\"format\":\"text/plain\",\"line_count\":1,"
                + "\"record_count\":0,\"section\":null,\"headline_position\":\"before\",\"layout_margin\":0.0,\"unassigned\":[]}"),
        Files.readAllLines(out.resolve("pages.jsonl"), StandardCharsets.UTF_8));

    List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    assertEquals(2, articles.size());
    assertEquals(
        "{\"id\":\"000_e1de8d0c08a602d2-02\",\"kind\":\"photo\",\"source\":{\"path\":"
            + "\"pages/000_e1de8d0c08a602d2.txt\",\"sha256\":\"" + Fixtures.SHA + "\","
            + "\"line_start\":20,\"line_end\":20},\"section\":null,\"kicker\":null,"
            + "\"headline\":null,\"subheadline\":null,\"byline\":{\"text\":null,\"reporters\":[],"
            + "\"correspondents\":[],\"photographers\":[],\"agency\":null,\"place\":null,"
            + "\"dateline_date\":null},\"date\":null,\"date_text\":null,\"paragraphs\":[],"
            + "\"people\":[],\"organizations\":[],\"places\":[],\"warnings\":[],\"spans\":{"
            + "\"kicker\":null,\"headline\":null,\"subheadline\":null,\"byline\":null,"
            + "\"paragraphs\":[]}}",
        articles.get(1));
    assertTrue(
        articles.get(0).contains(
            "\"paragraphs\":[{\"raw\":\"5月17日上午，吕沛\\n到示范区调研。\",\"line_start\":4,"
                + "\"line_end\":5}"),
        articles.get(0));
    assertTrue(articles.get(0).contains("{\"name\":\"侯建华\",\"title\":null,\"count\":1}"));
  }

  @Test
  void linesReadBackToEqualRecords() throws IOException {
    try (JsonlSink sink = new JsonlSink(out)) {
      sink.accept(Fixtures.page(2), List.of(Fixtures.full(), Fixtures.sparse()));
    }
    List<String> lines = Files.readAllLines(out.resolve("articles.jsonl"));
    assertEquals(Fixtures.full(), Json.mapper().readValue(lines.get(0), Article.class));
    assertEquals(Fixtures.sparse(), Json.mapper().readValue(lines.get(1), Article.class));
    assertEquals(
        Fixtures.page(2),
        Json.mapper().readValue(Files.readString(out.resolve("pages.jsonl")), PageRecord.class));
  }

  @Test
  void writesRejectsAndCreatesRejectsFileEvenWhenEmpty() throws IOException {
    try (JsonlSink sink = new JsonlSink(out)) {
      sink.accept(Fixtures.emptyPage(), List.of());
    }
    assertEquals("", Files.readString(out.resolve("rejects.jsonl")));
    assertEquals("", Files.readString(out.resolve("articles.jsonl")));

    try (JsonlSink sink = new JsonlSink(out)) {
      sink.reject("in/空.txt", "read", "empty file");
      sink.reject("in/\"q\".bin", "read", "binary content, not text");
    }
    assertEquals(
        "{\"path\":\"in/空.txt\",\"stage\":\"read\",\"reason\":\"empty file\"}\n"
            + "{\"path\":\"in/\\\"q\\\".bin\",\"stage\":\"read\",\"reason\":\"binary content, not text\"}\n",
        Files.readString(out.resolve("rejects.jsonl")));
    // The second run replaced the first run's files.
    assertEquals("", Files.readString(out.resolve("pages.jsonl")));
  }

  @Test
  void outputsAppearOnlyOnCloseAndNoTemporaryFileRemains() throws IOException {
    Files.writeString(out.resolve("pages.jsonl"), "previous run\n");
    JsonlSink sink = new JsonlSink(out);
    sink.accept(Fixtures.page(0), List.of());
    assertEquals("previous run\n", Files.readString(out.resolve("pages.jsonl")));
    assertFalse(Files.exists(out.resolve("articles.jsonl")));
    assertEquals(3, hiddenFiles().size(), "one temporary file per output");

    sink.close();
    assertEquals(1, Files.readAllLines(out.resolve("pages.jsonl")).size());
    assertEquals(List.of(), hiddenFiles());
    assertThrows(IllegalStateException.class, () -> sink.accept(Fixtures.page(0), List.of()));
  }

  @Test
  void accountingOnlyModeWritesNoArticles() throws IOException {
    try (JsonlSink sink = new JsonlSink(out, false)) {
      sink.accept(Fixtures.page(1), List.of(Fixtures.full()));
    }
    assertFalse(Files.exists(out.resolve("articles.jsonl")));
    assertEquals(1, Files.readAllLines(out.resolve("pages.jsonl")).size());
    assertTrue(Files.exists(out.resolve("rejects.jsonl")));
  }

  @Test
  void createsMissingOutputFolder() throws IOException {
    Path nested = out.resolve("a/b");
    new JsonlSink(nested).close();
    assertTrue(Files.isRegularFile(nested.resolve("pages.jsonl")));
  }

  private List<Path> hiddenFiles() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
