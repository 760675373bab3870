package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jianbao.read.InputWalker;
import jianbao.read.Reject;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as Spark lists them, named and ordered as extract's {@link InputWalker} names and orders them. */
class InputRootsTest {
  @TempDir Path dir;

  @Test
  void namesAndOrderAreExtracts() throws Exception {
    Path root = dir.resolve("pages");
    for (String name : List.of("a/z.txt", "a-b.txt", "a.txt", "b/c/d.txt", "中文/一.txt", "Z.txt", "a b.txt",
        "b/c.txt", "2021-05-18/p.txt", "20210518.txt", "x/y/z/w.txt")) {
      Path f = root.resolve(name);
      Files.createDirectories(f.getParent());
      Files.writeString(f, name, StandardCharsets.UTF_8);
    }
    List<Path> extract = InputWalker.walk(List.of(root)).files();
    List<Reject> rejects = new ArrayList<>();
    // as typed: relative to the working directory, like "pages" on a command line
    String typed = Path.of("").toAbsolutePath().relativize(root).toString();
    InputRoots roots = InputRoots.resolve(List.of(typed + "/"), new Configuration(), rejects);
    assertEquals(List.of(), rejects);

    List<InputRoots.Located> located = new ArrayList<>();
    for (Path f : extract) {
      located.add(roots.locate(listed(f)));
    }
    assertEquals(extract.stream().map(f -> Path.of(typed).resolve(root.relativize(f)).toString()).toList(),
        located.stream().map(InputRoots.Located::path).toList(), "names");
    List<InputRoots.Located> sorted = new ArrayList<>(located);
    sorted.sort(Comparator.comparing(InputRoots.Located::order, Arrays::compareUnsigned));
    assertEquals(located.stream().map(InputRoots.Located::path).toList(),
        sorted.stream().map(InputRoots.Located::path).toList(), "order");
  }

  @Test
  void aFileUnderTwoInputsBelongsToTheFirstAndMissingInputsAreRejected() throws Exception {
    Path inner = Files.createDirectories(dir.resolve("all/inner"));
    Files.writeString(inner.resolve("p.txt"), "页");
    List<Reject> rejects = new ArrayList<>();
    InputRoots roots = InputRoots.resolve(List.of(inner.toString(), dir.resolve("all").toString(),
        dir.resolve("missing").toString()), new Configuration(), rejects);
    assertEquals(List.of(new Reject(dir.resolve("missing").toString(), "read", "no such file or directory")), rejects);
    assertEquals(InputWalker.walk(List.of(dir.resolve("missing"))).rejects(), rejects, "extract's reject");
    InputRoots.Located p = roots.locate(listed(inner.resolve("p.txt")));
    assertEquals(inner.resolve("p.txt").toString(), p.path());
    assertEquals(0, p.order()[3], "the first input");
  }

  /** The form binaryFile's path column has: Hadoop's qualified local path. */
  private static String listed(Path file) {
    return new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()).toString();
  }
}
