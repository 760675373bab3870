package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the input files are called, outputs go only to their fixed names inside OUTDIR, and a
 * name with a line break still gives one reject line and one stderr line. Also the reader's size
 * guard for markup (HTML text is capped before it can fill the heap).
 */
class OutputSafetyTest {
  @TempDir Path dir;

  @Test
  void hostileFileNamesWriteNothingOutsideOutdir() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] page = Files.readAllBytes(ExtractBadInputTest.SAMPLE);
    List<String> names = List.of("..x.txt", "...", "..\\..\\escape.txt", "=HYPERLINK(\"x\").txt", "-rf.txt",
        "／etc／passwd.txt", "name\nwith break.txt", " leading space.txt", "%2e%2e%2fx.txt", "con.txt");
    for (int i = 0; i < names.size(); i++) {
      // Distinct content per file: a copy would be reported as a duplicate, not written.
      byte[] distinct = (new String(page, StandardCharsets.UTF_8) + "\n第" + i + "版\n").getBytes(StandardCharsets.UTF_8);
      Files.write(in.resolve(names.get(i)), distinct);
    }
    Files.write(in.resolve("bad\nname.txt"), new byte[0]);
    Set<Path> before = tree(dir);
    Path out = dir.resolve("out");

    // Names starting with "." are hidden, skipped inside folders: name them explicitly.
    Cli.Run run = Cli.run("extract", in.toString(), in.resolve("..x.txt").toString(), in.resolve("...").toString(),
        in.resolve("..\\..\\escape.txt").toString(), "-o", out.toString(), "--format", "jsonl,csv,json", "--no-entities");

    assertEquals(3, run.code(), run.err());
    Set<String> created = new TreeSet<>();
    for (Path p : tree(dir)) {
      if (!before.contains(p)) {
        assertTrue(p.startsWith(out), "written outside OUTDIR: " + p);
        created.add(out.relativize(p).toString());
      }
    }
    Set<String> fixed = Set.of("", "articles.jsonl", "pages.jsonl", "rejects.jsonl", "articles.csv", "json", "run.json",
        ".jianbao", ".jianbao/journal.jsonl", ".jianbao/lock");
    for (String name : created) {
      assertTrue(fixed.contains(name) || name.matches("json/[0-9a-f]{12}-\\d{2}\\.json"), "unexpected output " + name);
    }
    assertEquals(names.size(), Files.readAllLines(out.resolve("pages.jsonl")).size());
    // The bad name: one JSON line (the break escaped) and one stderr line.
    assertEquals(Map.of("bad\nname.txt", "read: empty file"), ExtractBadInputTest.rejects(out, in));
    assertEquals(1, Files.readAllLines(out.resolve("rejects.jsonl")).size());
    assertEquals(List.of("jianbao: " + in + "/bad\\nname.txt: empty file"),
        run.errLines().subList(0, run.errLines().size() - 1));
  }

  @Test
  void anOutputPathThatIsAFileIsNamedAsSuchAndLeftAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "mine");
    Cli.Run run = Cli.run("extract", ExtractBadInputTest.SAMPLE.toString(), "-o", file.toString(), "--no-entities");
    assertEquals(1, run.code(), run.err());
    assertEquals("jianbao: output path " + file + " exists and is not a folder\n", run.err());
    assertEquals("mine", Files.readString(file));

    Cli.Run under = Cli.run("extract", ExtractBadInputTest.SAMPLE.toString(), "-o", file.resolve("out").toString(),
        "--no-entities");
    assertEquals(1, under.code(), under.err());
    assertEquals("jianbao: cannot create output folder " + file.resolve("out") + ": " + file
        + " exists and is not a folder\n", under.err());
  }

  @Test
  void htmlWhoseTextPassesTheReadersCapIsRejectedNotLoaded() throws Exception {
    Path html = dir.resolve("huge.html");
    try (BufferedWriter w = Files.newBufferedWriter(html)) {
      w.write("<html><body>");
      String p = "<p>" + "x".repeat(996) + "</p>\n";
      for (int i = 0; i < 20_100; i++) {
        w.write(p);
      }
      w.write("</body></html>");
    }
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", html.toString(), "-o", out.toString(), "--no-entities", "-q");
    assertEquals(3, run.code(), run.err());
    assertEquals(Map.of("huge.html", "read: HTML text beyond 20000000 characters: not a page"),
        ExtractBadInputTest.rejects(out, dir));
  }

  private static Set<Path> tree(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return new TreeSet<>(all.toList());
    }
  }
}
