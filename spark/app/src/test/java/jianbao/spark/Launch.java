package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the repository's launchers ({@code ./jianbao}, {@code ./jianbao-spark}) as a user would, and
 * reads their outputs back.
 */
final class Launch {
  /** The repository (failsafe sets jianbao.home). */
  static final Path HOME = Path.of(System.getProperty("jianbao.home", "../..")).toAbsolutePath().normalize();

  /** A finished process: exit code, and its stderr (where both launchers report). */
  record Result(int code, String err) {}

  private Launch() {}

  /** {@code ./jianbao extract INPUT... -o OUT --threads 2}: the reference. */
  static Result extract(Path out, List<Path> inputs) {
    List<String> command = new ArrayList<>(List.of("./jianbao", "extract"));
    inputs.forEach(p -> command.add(p.toString()));
    command.addAll(List.of("-o", out.toString(), "--threads", "2"));
    return run(command, Map.of(), Duration.ofMinutes(5));
  }

  /**
   * {@code ./jianbao-spark SPARK-OPTIONS INPUT... -o OUT MORE...}, with Spark bound to 127.0.0.1 and
   * without its web UI (nothing to see in a test, and one port less).
   */
  static Result spark(List<String> sparkOptions, List<Path> inputs, Path out, String... more) {
    List<String> command = new ArrayList<>(List.of("./jianbao-spark"));
    command.addAll(sparkOptions);
    command.addAll(List.of("--conf", "spark.ui.enabled=false"));
    inputs.forEach(p -> command.add(p.toString()));
    command.addAll(List.of("-o", out.toString()));
    command.addAll(List.of(more));
    return run(command, Map.of("SPARK_LOCAL_IP", "127.0.0.1"), Duration.ofMinutes(8));
  }

  static Result run(List<String> command, Map<String, String> env, Duration timeout) {
    try {
      Path err = Files.createTempFile("jianbao-launch", ".err");
      ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
      pb.environment().putAll(env);
      System.out.println("$ " + String.join(" ", command));
      long started = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        stop(p);
        fail(command.get(0) + " did not finish in " + timeout + "; stderr:\n" + Files.readString(err));
      }
      String text = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(err);
      System.out.printf("  exit %d after %.1f s; stderr:%n%s", p.exitValue(), (System.nanoTime() - started) / 1e9,
          text.indent(4));
      return new Result(p.exitValue(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Ends a process and every process it started (a Worker's executors), politely first. */
  static void stop(Process p) {
    List<ProcessHandle> family = new ArrayList<>(p.descendants().toList());
    family.add(p.toHandle());
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : family) {
      try {
        h.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
  }

  /** The lines of a JSON Lines file. */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of every part file of a Spark output folder (Spark's own marker files left out). */
  static List<String> partLines(Path folder) {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.addAll(lines(part));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /**
   * The same lines, byte for byte, in any order (part files come in Spark's order) — and no line
   * twice where extract has it once.
   */
  static void assertSameLines(List<String> expected, List<String> actual, String what) {
    List<String> e = expected.stream().sorted().toList();
    List<String> a = actual.stream().sorted().toList();
    for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
      if (!e.get(i).equals(a.get(i))) {
        fail(what + ": first difference at sorted line " + i + "\n  extract: " + cut(e.get(i)) + "\n  spark:   "
            + cut(a.get(i)));
      }
    }
    assertEquals(e.size(), a.size(), what + ": line count");
  }

  /** articles/, pages/ and rejects/ hold extract's articles.jsonl, pages.jsonl and rejects.jsonl. */
  static void assertSameOutputs(Path extractOut, Path sparkOut) {
    assertSameLines(lines(extractOut.resolve("articles.jsonl")), partLines(sparkOut.resolve("articles")), "articles");
    assertSameLines(lines(extractOut.resolve("pages.jsonl")), partLines(sparkOut.resolve("pages")), "pages");
    assertSameLines(lines(extractOut.resolve("rejects.jsonl")), partLines(sparkOut.resolve("rejects")), "rejects");
  }

  private static String cut(String line) {
    return line.length() > 400 ? line.substring(0, 400) + "…" : line;
  }
}
