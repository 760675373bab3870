package jianbao.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinksTest {
  @TempDir Path out;

  @Test
  void allFormatsWriteAllOutputs() throws IOException {
    try (RecordSink sink = Sinks.open(out, Set.of("jsonl", "CSV", "json"))) {
      sink.accept(Fixtures.page(2), List.of(Fixtures.full(), Fixtures.sparse()));
      sink.reject("bad.bin", "read", "binary content, not text");
    }
    assertEquals(
        List.of("articles.csv", "articles.jsonl", "json", "pages.jsonl", "rejects.jsonl"), listing());
    assertEquals(2, Files.readAllLines(out.resolve("articles.jsonl")).size());
    // header + 2 rows; the "\n" inside the paragraphs cell is not a record separator
    assertEquals(3, Files.readString(out.resolve("articles.csv")).split("\r\n").length);
    assertEquals(
        "{\"path\":\"bad.bin\",\"stage\":\"read\",\"reason\":\"binary content, not text\"}\n",
        Files.readString(out.resolve("rejects.jsonl")));
    try (Stream<Path> json = Files.list(out.resolve("json"))) {
      assertEquals(2, json.count());
    }
  }

  @Test
  void accountingIsWrittenEvenWithoutJsonl() throws IOException {
    try (RecordSink sink = Sinks.open(out, Set.of("csv"))) {
      sink.accept(Fixtures.page(1), List.of(Fixtures.full()));
    }
    assertEquals(List.of("articles.csv", "pages.jsonl", "rejects.jsonl"), listing());
    assertEquals("", Files.readString(out.resolve("rejects.jsonl")));
  }

  @Test
  void replacingRemovesTheOutputsOfFormatsNotAskedForOnlyOnClose() throws IOException {
    try (RecordSink sink = Sinks.open(out, Set.of("jsonl", "csv", "json"))) {
      sink.accept(Fixtures.page(1), List.of(Fixtures.full()));
    }
    Files.writeString(out.resolve("json/.hidden.json"), "{}");
    RecordSink sink = Sinks.open(out, Set.of("csv"), true);
    sink.accept(Fixtures.page(1), List.of(Fixtures.sparse()));
    assertTrue(Files.exists(out.resolve("articles.jsonl")), "removed before this run's outputs were in place");
    sink.close();
    assertEquals(List.of("articles.csv", "json", "pages.jsonl", "rejects.jsonl"), listing());
    try (Stream<Path> json = Files.list(out.resolve("json"))) {
      assertEquals(List.of(".hidden.json"), json.map(p -> p.getFileName().toString()).toList(), "only record files go");
    }
    Files.delete(out.resolve("json/.hidden.json"));
    try (RecordSink again = Sinks.open(out, Set.of("jsonl"), true)) {
      again.accept(Fixtures.page(1), List.of(Fixtures.full()));
    }
    assertEquals(List.of("articles.jsonl", "pages.jsonl", "rejects.jsonl"), listing());
  }

  @Test
  void unknownFormatIsNamedAndNothingIsWritten() throws IOException {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sinks.open(out, Set.of("jsonl", "xml")));
    assertEquals("unknown output format \"xml\" (known: jsonl, csv, json)", e.getMessage());
    assertEquals(List.of(), listing());
  }

  @Test
  void outputFolderThatIsAFileFailsWithoutLeavingFiles() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "x");
    assertThrows(IOException.class, () -> Sinks.open(file, Set.of("jsonl")));
    assertEquals("x", Files.readString(file));
    Files.createDirectories(out.resolve("o"));
    Files.writeString(out.resolve("o/json"), "not a folder");
    assertThrows(IOException.class, () -> Sinks.open(out.resolve("o"), Set.of("csv", "json")));
    try (Stream<Path> left = Files.list(out.resolve("o"))) {
      assertEquals(List.of(out.resolve("o/json")), left.toList(), "temporary files removed");
    }
    assertFalse(Files.exists(out.resolve("o/pages.jsonl")));
    assertTrue(Files.isRegularFile(out.resolve("o/json")));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
