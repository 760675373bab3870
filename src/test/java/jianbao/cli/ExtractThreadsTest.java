package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jianbao.harness.PageFactory;
import jianbao.write.Json;
import jianbao.write.ProgressJournal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads}: the outputs are byte-identical whatever the thread count, also when a run
 * finished with {@code --resume} on another count; run.json; {@code --db} with SQLite.
 */
class ExtractThreadsTest {
  static final int PAGES = 30;

  @TempDir static Path dir;
  static Path in;

  @BeforeAll
  static void pages() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    PageFactory factory = new PageFactory();
    for (int i = 0; i < PAGES; i++) {
      List<String> lines = factory.page(7000L + i, PageFactory.Knobs.RANDOM).lines();
      // some pages in GB18030: the readers run concurrently on both paths
      Charset cs = i % 5 == 4 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
      Files.write(in.resolve(String.format("p%02d.txt", i)), (String.join("\n", lines) + "\n").getBytes(cs));
    }
    // a duplicate of an early page placed late, a duplicate placed first (its twin comes later
    // in input order, so it is the first copy), and a bad file
    Files.copy(in.resolve("p03.txt"), in.resolve("p29-copy.txt"));
    Files.copy(in.resolve("p20.txt"), in.resolve("a00-twin.txt"));
    Files.write(in.resolve("p10-empty.txt"), new byte[0]);
  }

  @Test
  void outputsAreTheSameWhateverTheThreadCount() throws Exception {
    Map<String, String> reference = null;
    for (int threads : new int[] {1, 2, 4}) {
      Path out = dir.resolve("out-" + threads);
      Cli.Run run = Cli.run(args(out, threads));
      assertEquals(3, run.code(), run.err());
      // reject lines come in input order whatever finishes first
      List<String> rejects = run.errLines().stream().filter(l -> !l.startsWith("jianbao: " + PAGES + " pages")).toList();
      assertEquals(List.of(
          "jianbao: " + in.resolve("p10-empty.txt") + ": empty file",
          "jianbao: " + in.resolve("p20.txt") + ": same content as " + in.resolve("a00-twin.txt") + " (sha256 "
              + sha(out, "a00-twin.txt") + ")",
          "jianbao: " + in.resolve("p29-copy.txt") + ": same content as " + in.resolve("p03.txt") + " (sha256 "
              + sha(out, "p03.txt") + ")"), rejects, run.err());
      Map<String, String> got = outputs(out);
      assertEquals(List.of("articles.csv", "articles.jsonl", "pages.jsonl", "rejects.jsonl"),
          got.keySet().stream().filter(k -> !k.startsWith("json/")).toList());
      assertTrue(got.keySet().stream().filter(k -> k.startsWith("json/")).count() > PAGES, "one json file per record");
      if (reference == null) {
        reference = got;
        assertEquals(PAGES, Files.readAllLines(out.resolve("pages.jsonl")).size());
      } else {
        assertEquals(reference, got, threads + " threads vs 1");
      }
    }
  }

  @Test
  void resumeOnAnotherThreadCountGivesTheSameOutputs() throws Exception {
    Path whole = dir.resolve("whole");
    assertEquals(3, Cli.run(args(whole, 1)).code());
    Path out = dir.resolve("resumed");
    assertEquals(3, Cli.run(args(out, 4)).code());
    // As if killed after 11 pages: keep the header and 11 page lines of the journal.
    Path journal = ProgressJournal.path(out);
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    Files.write(journal, lines.subList(0, 12), StandardCharsets.UTF_8);
    for (String f : List.of("articles.jsonl", "pages.jsonl", "articles.csv", "rejects.jsonl")) {
      Files.delete(out.resolve(f));
    }
    Cli.Run resumed = Cli.run(withResume(args(out, 2)));
    assertEquals(3, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("jianbao: " + PAGES + " pages (11 resumed)"), resumed.err());
    assertEquals(outputs(whole), outputs(out));
    JsonNode report = Json.mapper().readTree(out.resolve("run.json").toFile());
    assertEquals(11, report.get("pages_resumed").asInt());
    assertTrue(report.get("options").get("resume").asBoolean());
    assertEquals(2, report.get("options").get("threads").asInt());
  }

  @Test
  void runJsonHoldsTheSummaryTheOptionsAndTheVersion() throws Exception {
    Path out = dir.resolve("report");
    Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "--threads", "2",
        "--issue-date", "2021-05-18", "--format", "jsonl");
    assertEquals(3, run.code(), run.err());
    JsonNode r = Json.mapper().readTree(out.resolve("run.json").toFile());
    assertEquals(Version.current(), r.get("jianbao_version").asText());
    assertEquals(PAGES + 3, r.get("files").asInt());
    assertEquals(PAGES, r.get("pages").asInt());
    assertEquals(Files.readAllLines(out.resolve("articles.jsonl")).size(), r.get("records").asInt());
    assertEquals(1, r.get("rejected").asInt());
    assertEquals(2, r.get("duplicates").asInt());
    assertTrue(r.get("chars").asLong() > PAGES * 500L, r.toString());
    assertTrue(r.get("elapsed_seconds").asDouble() > 0);
    assertTrue(r.get("pages_per_second").asDouble() > 0);
    JsonNode o = r.get("options");
    assertEquals(2, o.get("threads").asInt());
    assertEquals("2021-05-18", o.get("issue_date").asText());
    assertFalse(o.get("entities").asBoolean());
    assertEquals("[\"jsonl\"]", o.get("formats").toString());
    assertTrue(o.get("csv_bom").asBoolean());
    assertTrue(r.get("db").isNull());
    // the summary line carries the same figures
    String summary = run.errLines().get(run.errLines().size() - 1);
    assertTrue(summary.startsWith("jianbao: " + PAGES + " pages (0 resumed), " + r.get("records").asInt()
        + " records, 1 rejected, 2 duplicates in "), summary);
    assertTrue(summary.contains("pages/s, 2 threads) -> " + out), summary);
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
    }
  }

  @Test
  void dbLoadsTheRecordsDuringTheRunAndReRunsDoNotDuplicate() throws Exception {
    Path out = dir.resolve("db-out");
    Path db = dir.resolve("news.db");
    for (int i = 0; i < 2; i++) {
      Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "--threads", "2",
          "--db", "sqlite:" + db);
      assertEquals(3, run.code(), run.err());
      int records = Files.readAllLines(out.resolve("articles.jsonl")).size();
      assertTrue(run.err().contains("jianbao: database jdbc:sqlite:" + db + ": " + records + " records, " + PAGES
          + " pages, 3 rejects loaded in "), run.err());
      assertEquals(records, count(db, "articles"));
      assertEquals(PAGES, count(db, "pages"));
      assertEquals(3, count(db, "rejects"));
      // extract --db knows its inputs: each page's path below the input folder.
      assertEquals(PAGES, count(db, "pages WHERE relative_path = substr(path, length(path) - length(relative_path) + 1)"
          + " AND path = '" + in + "/' || relative_path"));
      JsonNode report = Json.mapper().readTree(out.resolve("run.json").toFile());
      assertEquals(records, report.get("db").get("records").asInt());
      assertEquals("jdbc:sqlite:" + db, report.get("options").get("db").asText());
    }
  }

  @Test
  void dbErrors() throws Exception {
    Path out = dir.resolve("db-errors");
    Cli.Run bad = Cli.run("extract", in.toString(), "-o", out.toString(), "--db", "oracle:thin", "-q");
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("--db: unsupported database \"oracle:thin\""), bad.err());
    assertFalse(Files.exists(out), "nothing is written on a usage error");

    Cli.Run down = Cli.run("extract", in.toString(), "-o", out.toString(), "-q",
        "--db", "jdbc:postgresql://127.0.0.1:1/news?user=u&password=s3cret");
    assertEquals(1, down.code(), down.err());
    assertTrue(down.err().startsWith("jianbao: jdbc:postgresql://127.0.0.1:1/news: cannot connect"), down.err());
    assertFalse(down.err().contains("s3cret"), down.err());
    assertFalse(Files.exists(out.resolve("pages.jsonl")), "no page is cut when the database is down");

    Path folder = Files.createDirectories(dir.resolve("a-folder.db"));
    Cli.Run notAFile = Cli.run("extract", in.toString(), "-o", out.toString(), "-q", "--db", "sqlite:" + folder);
    assertEquals(1, notAFile.code(), notAFile.err());
    assertTrue(notAFile.err().startsWith("jianbao: jdbc:sqlite:" + folder), notAFile.err());
  }

  @Test
  void threadsMustBePositive() {
    Cli.Run zero = Cli.run("extract", in.toString(), "-o", dir.resolve("zero").toString(), "--threads", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--threads must be 1 or more, got 0"), zero.err());
  }

  private static long count(Path db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String sha(Path out, String name) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in.resolve(name))));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] args(Path out, int threads) {
    return new String[] {"extract", in.toString(), "-o", out.toString(), "--format", "jsonl,csv,json",
        "--threads", Integer.toString(threads)};
  }

  private static String[] withResume(String[] args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.add("--resume");
    return a.toArray(String[]::new);
  }

  /** Every output file's bytes (as text) by relative path: not the journal, not run.json. */
  static Map<String, String> outputs(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(f).toString();
        if (!name.startsWith(ProgressJournal.FOLDER) && !name.equals("run.json")) {
          files.put(name, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
