package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import jianbao.write.ProgressJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, --resume, and what a run without --resume does to an existing OUTDIR. */
class ExtractResumeTest {
  @TempDir Path dir;

  @Test
  void exitCodes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.txt"), ExtractBadInputTest.page(1));
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "-q").code());
    // usage errors: 2
    assertEquals(2, Cli.run().code());
    assertEquals(2, Cli.run("extract", in.toString()).code());
    assertEquals(2, Cli.run("extract", in.toString(), "-o", out.toString(), "--format", "xml").code());
    assertEquals(2, Cli.run("extract", in.toString(), "-o", out.toString(), "--issue-date", "18.5.2021").code());
    Cli.Run mismatch = Cli.run("extract", in.toString(), "-o", out.toString(), "--resume", "-q");
    assertEquals(2, mismatch.code());
    assertTrue(mismatch.err().contains("was written with other settings"), mismatch.err());
    // a mistyped input: 2, before anything is read or written
    Cli.Run missing = Cli.run("extract", in.resolve("nope.txt").toString(), in.toString(), "-o", out.toString(), "--no-entities", "-q");
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("jianbao: no such file or folder: " + in.resolve("nope.txt") + "\n"), missing.err());
    // some rejected: 3
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Cli.Run rejected = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "-q");
    assertEquals(3, rejected.code());
    assertEquals("jianbao: " + in.resolve("empty.txt") + ": empty file\n", rejected.err());
    Files.delete(in.resolve("empty.txt"));
    // fatal: 1 (OUTDIR cannot be made: a file is in the way)
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Cli.Run fatal = Cli.run("extract", in.toString(), "-o", blocker.resolve("out").toString(), "--no-entities", "-q");
    assertEquals(1, fatal.code());
    assertTrue(fatal.err().startsWith("jianbao: cannot create output folder " + blocker.resolve("out")), fatal.err());
  }

  @Test
  void withoutResumeOutputsAreReplacedWithResumeFinishedPagesAreKept() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path other = Files.createDirectories(dir.resolve("other"));
    for (int i = 0; i < 3; i++) {
      Files.write(in.resolve("p" + i + ".txt"), ExtractBadInputTest.page(i));
    }
    Files.write(other.resolve("x.txt"), ExtractBadInputTest.page(99));
    Path out = dir.resolve("out");
    String[] opts = {"--no-entities", "--format", "jsonl,csv,json"};

    assertEquals(0, run(other, out, opts).code());
    List<String> otherJson = jsonFiles(out);
    // A new run without --resume replaces everything, json/ folder included.
    assertEquals(0, run(in, out, opts).code());
    assertEquals(3, Files.readAllLines(out.resolve("pages.jsonl")).size());
    assertTrue(jsonFiles(out).stream().noneMatch(otherJson::contains), "stale json files kept");
    String full = Files.readString(out.resolve("articles.jsonl"));
    String csv = Files.readString(out.resolve("articles.csv"));

    // Resume with one more page: three taken from the journal, one cut.
    Files.write(in.resolve("p3.txt"), ExtractBadInputTest.page(3));
    Cli.Run resumed = run(in, out, "--no-entities", "--format", "jsonl,csv,json", "--resume");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().startsWith("jianbao: 4 pages (3 resumed), "), resumed.err());
    assertTrue(Files.readString(out.resolve("articles.jsonl")).startsWith(full));
    assertTrue(Files.readString(out.resolve("articles.csv")).startsWith(csv));

    // Reference: the same four pages from scratch.
    Path fresh = dir.resolve("fresh");
    assertEquals(0, run(in, fresh, opts).code());
    for (String f : List.of("articles.jsonl", "pages.jsonl", "articles.csv", "rejects.jsonl")) {
      assertEquals(Files.readString(fresh.resolve(f)), Files.readString(out.resolve(f)), f);
    }
    assertEquals(jsonFiles(fresh), jsonFiles(out));

    // Resume after the inputs lost a page: the outputs follow the inputs, the journal is compacted.
    Files.delete(in.resolve("p0.txt"));
    assertEquals(0, run(in, out, "--no-entities", "--format", "jsonl,csv,json", "--resume").code());
    assertEquals(3, Files.readAllLines(out.resolve("pages.jsonl")).size());
    assertEquals(1 + 3, Files.readAllLines(ProgressJournal.path(out)).size());
  }

  @Test
  void theSummarySaysOneOfAThingInTheSingular() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(ExtractBadInputTest.SAMPLE, in.resolve("a.txt"));
    Cli.Run r = run(in, dir.resolve("out"), "--no-entities", "--threads", "1");
    assertEquals(0, r.code(), r.err());
    String summary = r.errLines().get(r.errLines().size() - 1);
    assertTrue(summary.matches("jianbao: 1 page \\(0 resumed\\), 13 records, 0 rejected, 0 duplicates in [0-9.]+ s"
        + " \\([0-9.]+ pages/s, 1 thread\\) -> .*"), summary);
  }

  @Test
  void aRunWithFewerFormatsLeavesOnlyItsOwnOutputs() throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    Files.write(first.resolve("a.txt"), ExtractBadInputTest.page(21));
    Files.write(second.resolve("b.txt"), ExtractBadInputTest.page(22));
    Path out = dir.resolve("out");
    assertEquals(0, run(first, out, "--no-entities", "--format", "json,jsonl,csv").code());
    Files.writeString(out.resolve("notes.txt"), "the user's own file");

    Cli.Run r = run(second, out, "--no-entities", "--format", "jsonl", "-q");
    assertEquals(0, r.code(), r.err());
    try (var s = Files.list(out)) {
      assertEquals(List.of(".jianbao", "articles.jsonl", "notes.txt", "pages.jsonl", "rejects.jsonl", "run.json"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Cli.read(out.resolve("pages.jsonl")).contains("b.txt"));

    // Asked for again, the formats come back; --resume follows the same rule.
    assertEquals(0, run(second, out, "--no-entities", "--format", "csv,json", "--resume", "-q").code());
    assertTrue(Files.exists(out.resolve("articles.csv")));
    assertFalse(jsonFiles(out).isEmpty());
    assertFalse(Files.exists(out.resolve("articles.jsonl")));
  }

  @Test
  void tornOrGarbledJournalTailIsCutAndThosePagesRedone() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 4; i++) {
      Files.write(in.resolve("p" + i + ".txt"), ExtractBadInputTest.page(10 + i));
    }
    Path out = dir.resolve("out");
    assertEquals(0, run(in, out, "--no-entities").code());
    String articles = Files.readString(out.resolve("articles.jsonl"));
    Path journal = ProgressJournal.path(out);
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    // As a power cut might leave it: the last page torn mid-line.
    String torn = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, lines.get(4).length() / 2);
    Files.writeString(journal, torn, StandardCharsets.UTF_8);
    Cli.Run r = run(in, out, "--no-entities", "--resume");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("jianbao: 4 pages (3 resumed), "), r.err());
    assertEquals(articles, Files.readString(out.resolve("articles.jsonl")));

    // Garbage (zeros, as some file systems leave after a crash) in the middle: cut from there on.
    lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    Files.writeString(journal, String.join("\n", lines.subList(0, 2)) + "\n\0\0\0\0\n" + lines.get(2) + "\n");
    r = run(in, out, "--no-entities", "--resume");
    assertTrue(r.err().startsWith("jianbao: 4 pages (1 resumed), "), r.err());
    assertEquals(articles, Files.readString(out.resolve("articles.jsonl")));
    assertFalse(Files.readString(journal).contains("\0"));

    // Stale temporary outputs of a run killed while writing them are removed.
    Path stale = out.resolve(".articles.jsonl.0f8b4b1e-2c1d-4f5e-9a7b-1234567890ab.tmp");
    Files.writeString(stale, "{\"half", StandardOpenOption.CREATE);
    assertEquals(0, run(in, out, "--no-entities", "--resume").code());
    assertFalse(Files.exists(stale));
  }

  private static Cli.Run run(Path in, Path out, String... opts) {
    String[] args = new String[4 + opts.length];
    args[0] = "extract";
    args[1] = in.toString();
    args[2] = "-o";
    args[3] = out.toString();
    System.arraycopy(opts, 0, args, 4, opts.length);
    return Cli.run(args);
  }

  private static List<String> jsonFiles(Path out) throws Exception {
    try (var s = Files.list(out.resolve("json"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
