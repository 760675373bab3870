package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jianbao load} and {@code jianbao search} as an archivist runs them, on the sample page. */
class StoreCommandsTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void loadTwiceThenSearch(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    String db = "sqlite:" + dir.resolve("news.db");
    assertEquals(Main.OK, run("extract", "samples", "-o", out.toString(), "-q").code());
    for (int i = 0; i < 2; i++) {
      Run load = run("load", out.toString(), "--db", db);
      assertEquals(Main.OK, load.code(), load.err());
      assertTrue(load.err().contains("loaded 13 records, 1 page, 0 rejects"), load.err());
      assertTrue(load.err().contains("records/s"), load.err());
    }
    Run found = run("search", "--db", db, "上海", "--person", "吕沛");
    assertEquals(Main.OK, found.code(), found.err());
    List<String> lines = found.out().lines().toList();
    assertEquals("d8154703fed8-03  --05-11  吕沛带队到上海开展招商对接考察交流", lines.get(0));
    assertTrue(lines.get(1).startsWith("    ") && lines.get(1).contains("[上海]"), lines.get(1));
    assertEquals("1 record", lines.get(lines.size() - 1));

    // Several words, unquoted: all of them are the query, as one quoted argument would be.
    Run words = run("search", "--db", db, "吕沛", "上海");
    assertEquals(Main.OK, words.code(), words.err());
    assertEquals(run("search", "--db", db, "吕沛 上海").out(), words.out());
    assertEquals("d8154703fed8-03  --05-11  吕沛带队到上海开展招商对接考察交流", words.out().lines().findFirst().orElseThrow());

    Run limited = run("search", "--db", db, "示范区", "--limit", "2");
    List<String> shown = limited.out().lines().toList();
    assertEquals(5, shown.size(), limited.out());
    assertTrue(shown.get(4).matches("\\d+ records \\(2 shown; --limit\\)"), shown.get(4));
  }

  @Test
  void errorsNameTheProblem(@TempDir Path dir) throws Exception {
    Run noQuery = run("search", "--db", "sqlite:" + dir.resolve("x.db"));
    assertEquals(Main.USAGE, noQuery.code());
    assertTrue(noQuery.err().contains("give a QUERY"), noQuery.err());

    Run badUrl = run("load", dir.toString(), "--db", "oracle:thin");
    assertEquals(Main.USAGE, badUrl.code());
    assertTrue(badUrl.err().contains("unsupported database \"oracle:thin\""), badUrl.err());

    Files.createDirectories(dir.resolve("empty"));
    Run noRecords = run("load", dir.resolve("empty").toString(), "--db", "sqlite:" + dir.resolve("x.db"));
    assertEquals(Main.FATAL, noRecords.code());
    assertTrue(noRecords.err().contains("articles.jsonl"), noRecords.err());

    Path out = dir.resolve("broken");
    Files.createDirectories(out);
    Files.writeString(out.resolve("articles.jsonl"), "{\"id\": 5, \"kind\": [}\n");
    Run broken = run("load", out.toString(), "--db", "sqlite:" + dir.resolve("x.db"));
    assertEquals(Main.FATAL, broken.code());
    assertTrue(broken.err().contains("articles.jsonl line 1"), broken.err());

    Run unreachable = run("search", "--db", "jdbc:postgresql://127.0.0.1:1/none", "示范区");
    assertEquals(Main.FATAL, unreachable.code());
    assertTrue(unreachable.err().contains("jdbc:postgresql://127.0.0.1:1/none: cannot connect"), unreachable.err());
  }
}
