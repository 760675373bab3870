package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import jianbao.write.ProgressJournal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code jianbao extract} process killed with SIGKILL at several moments, then resumed:
 * the outputs must equal, byte for byte and in order, those of an uninterrupted run — no record
 * duplicated, none missing — and a killed run must leave no half-written line or output file.
 */
class KillResumeTest {
  static final int PAGES = 40;

  @TempDir static Path dir;
  static Path in;
  static Path reference;
  static final String[] OPTIONS = {"--no-entities", "--format", "jsonl,csv,json", "-q"};

  @BeforeAll
  static void inputsAndReference() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < PAGES; i++) {
      // Two generated pages to a file: big enough that a kill lands mid-run, not after it.
      List<String> lines = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        lines.addAll(new jianbao.harness.PageFactory().page(1000L * i + k, jianbao.harness.PageFactory.Knobs.RANDOM).lines());
        lines.add("");
      }
      Files.write(in.resolve(String.format("page%02d.txt", i)), lines, StandardCharsets.UTF_8);
    }
    // A duplicate and a bad file: dedupe and reject lines must survive resume unchanged too.
    Files.copy(in.resolve("page03.txt"), in.resolve("page03-copy.txt"));
    Files.write(in.resolve("page07-empty.txt"), new byte[0]);
    reference = dir.resolve("reference");
    Cli.Run run = Cli.run(args(reference));
    assertEquals(3, run.code(), run.err());
    assertEquals(PAGES, Files.readAllLines(reference.resolve("pages.jsonl")).size());
  }

  @Test
  void killedAfterOnePage() throws Exception {
    killAndResume("after-1", 1);
  }

  @Test
  void killedAfterFivePages() throws Exception {
    killAndResume("after-5", 5);
  }

  @Test
  void killedAfterTwentyPagesThenKilledAgainWhileResuming() throws Exception {
    Path out = dir.resolve("after-20-twice");
    int first = kill(out, 20, false);
    int second = kill(out, 30, true);
    assertTrue(second >= first, first + " then " + second);
    resumeAndCompare(out, second);
  }

  @Test
  void killedWhileWritingTheOutputs() throws Exception {
    killAndResume("after-all", PAGES);
  }

  @Test
  void killedAtARandomMoment() throws Exception {
    Random random = new Random(5);
    Path out = dir.resolve("random");
    Process p = start(out, false);
    // From the moment the run has started its journal (the JVM's start-up is no part of the run).
    while (p.isAlive() && !Files.exists(ProgressJournal.path(out))) {
      Thread.sleep(1);
    }
    Thread.sleep(random.nextInt(1500));
    p.destroyForcibly().waitFor();
    assertNoTornOutput(out);
    resumeAndCompare(out, journalEntries(out));
  }

  private void killAndResume(String name, int afterPages) throws Exception {
    Path out = dir.resolve(name);
    int done = kill(out, afterPages, false);
    resumeAndCompare(out, done);
  }

  /** Starts a run, SIGKILLs it once the journal holds {@code afterPages} pages; returns how many it held. */
  private static int kill(Path out, int afterPages, boolean resume) throws Exception {
    Process p = start(out, resume);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (p.isAlive() && journalEntries(out) < afterPages && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    boolean alive = p.isAlive();
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
    int status = p.waitFor();
    System.out.printf("kill/resume %s: %s with %d pages in the journal (exit status %d)%n", out.getFileName(),
        alive ? "SIGKILLed" : "finished before the kill", journalEntries(out), status);
    assertNoTornOutput(out);
    int done = journalEntries(out);
    assertTrue(done >= Math.min(afterPages, PAGES), "killed with " + done + " pages done, wanted " + afterPages);
    return done;
  }

  private static Process start(Path out, boolean resume) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "jianbao.cli.Main"));
    command.addAll(List.of(args(out)));
    if (resume) {
      command.add("--resume");
    }
    Files.createDirectories(out);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
        .start();
  }

  private static void resumeAndCompare(Path out, int done) throws IOException {
    long started = System.nanoTime();
    List<String> resume = new ArrayList<>(List.of(withResume(args(out))));
    resume.remove("-q"); // for the summary line
    Cli.Run run = Cli.run(resume.toArray(String[]::new));
    assertEquals(3, run.code(), run.err()); // the empty file is rejected again, as in the reference
    // Pages the killed run finished are taken from its journal, not cut again.
    String summary = run.errLines().get(run.errLines().size() - 1);
    assertTrue(summary.startsWith("jianbao: " + PAGES + " pages (" + done + " resumed), "), summary);
    Map<String, String> got = outputs(out);
    assertEquals(outputs(reference), got, "outputs after kill at " + done + " pages and resume");
    List<String> ids = Cli.jsonLines(out.resolve("articles.jsonl")).stream().map(a -> a.get("id").asText()).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), "duplicated records");
    System.out.printf("kill/resume %s: killed with %d of %d pages in the journal; resumed in %.1f s; %d records,"
            + " %d output files equal to the uninterrupted run%n",
        out.getFileName(), done, PAGES, (System.nanoTime() - started) / 1e9, ids.size(), got.size());
  }

  /**
   * Each output file's content, by path relative to the folder; the journal is not an output, nor
   * is run.json (the run's report: its timings and --resume flag differ by design).
   */
  private static Map<String, String> outputs(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(f).toString();
        if (!name.startsWith(ProgressJournal.FOLDER + File.separator) && !name.equals("run.json")) {
          files.put(name, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  /** A killed run leaves output files whole or absent: every file present ends with a full line. */
  private static void assertNoTornOutput(Path out) throws IOException {
    for (Map.Entry<String, String> f : outputs(out).entrySet()) {
      if (f.getKey().startsWith(".") || f.getKey().contains(File.separator + ".")) {
        continue; // a temporary file, never under an output name; the next run removes it
      }
      assertTrue(f.getValue().isEmpty() || f.getValue().endsWith("\n"), f.getKey() + " torn");
    }
  }

  private static int journalEntries(Path out) throws IOException {
    Path journal = ProgressJournal.path(out);
    if (!Files.exists(journal)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(journal);
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return Math.max(0, lines - 1); // the header line
  }

  private static String[] args(Path out) {
    List<String> a = new ArrayList<>(List.of("extract", in.toString(), "-o", out.toString()));
    a.addAll(List.of(OPTIONS));
    return a.toArray(String[]::new);
  }

  private static String[] withResume(String[] args) {
    String[] a = java.util.Arrays.copyOf(args, args.length + 1);
    a[args.length] = "--resume";
    return a;
  }
}
