package jianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jianbao.model.Article;
import jianbao.pipeline.PagePipeline;
import jianbao.read.InputWalker;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.write.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file unit a distributed runner calls gives what extract gives for the same files: the
 * same record and page lines, the same reject lines (limits, bad files, repeated pages).
 */
class PageFileCutterTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");

  @TempDir Path dir;

  @Test
  void sameLinesAsExtractForTheSameFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("a.txt"));
    Files.copy(SAMPLE, in.resolve("b-twin.txt"));
    Files.write(in.resolve("c-empty.txt"), new byte[0]);
    Files.write(in.resolve("d-junk.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 9, 0});
    // one character over the page limit: read, then refused
    Files.writeString(in.resolve("e-long.txt"), "文".repeat(BatchRun.MAX_PAGE_CHARS + 1), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("f-second.txt"), Files.readString(SAMPLE) + "\n（本版编辑：李华）\n");

    PagePipeline.Options options = new PagePipeline.Options(null, jianbao.segment.HeadlinePosition.AUTO, false);
    new BatchRun(new BatchRun.Settings(List.of(in), dir.resolve("out"), Set.of("jsonl"), true, options,
        PageReader.Options.defaults(), false, "test", 1, null), new PrintWriter(new StringWriter())).run();

    PageFileCutter cutter = new PageFileCutter(new PageReader(), new PagePipeline(options));
    List<String> articles = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    Map<String, String> firstBySha = new HashMap<>();
    for (Path file : InputWalker.walk(List.of(in)).files()) {
      for (PageFileCutter.Outcome o : cutter.cut(file.toString(), Files.readAllBytes(file))) {
        if (o.page() != null) {
          String first = firstBySha.putIfAbsent(o.page().sha256(), o.page().path());
          if (first != null) {
            rejects.add(json(PageFileCutter.duplicate(o.page().path(), first, o.page().sha256())));
            continue;
          }
        }
        if (o.reject() != null) {
          assertNull(o.result());
          rejects.add(json(o.reject()));
          continue;
        }
        pages.add(json(o.result().page()));
        for (Article a : o.result().articles()) {
          articles.add(json(a));
        }
      }
    }
    assertEquals(lines("articles.jsonl"), articles);
    assertEquals(lines("pages.jsonl"), pages);
    assertEquals(lines("rejects.jsonl"), rejects);
    assertEquals(4, rejects.size(), "the twin, the empty file, the junk and the long page");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedByItsSize() {
    Reject r = PageFileCutter.tooLarge("big.pdf", BatchRun.MAX_FILE_BYTES + 1);
    assertEquals(new Reject("big.pdf", "read", "file too large: 536,870,913 bytes (limit 536,870,912);"
        + " a newspaper page is far smaller"), r);
  }

  private List<String> lines(String name) throws Exception {
    try (Stream<String> s = Files.lines(dir.resolve("out").resolve(name))) {
      return s.toList();
    }
  }

  private static String json(Object value) throws Exception {
    return Json.mapper().writeValueAsString(value);
  }
}
