package jianbao.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The command line's inputs, and every listed file named as extract names it.
 *
 * <p>Spark lists files by their full URI ({@code file:/work/pages/a.txt}); extract names a file by
 * the input as typed plus its path inside it ({@code pages/a.txt}). Records carry that name
 * ({@code source.path}) and the issue date is read from it, so the job names files as extract does:
 * a local input typed without a scheme keeps its typed form, a URI input ({@code hdfs://…}) the
 * listed URI. The same mapping gives extract's input order — inputs as given, each folder's
 * entries by name, recursively — which decides which of two pages with the same content is the
 * first.
 */
final class InputRoots implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One input: as typed, as Spark lists it, and whether it is a folder. */
  record Root(String typed, String qualified, boolean folder, boolean local) implements Serializable {}

  /** A listed file: its name in the outputs and its place in input order. */
  record Located(String path, byte[] order) {}

  private final List<Root> roots;

  InputRoots(List<Root> roots) {
    this.roots = List.copyOf(roots);
  }

  /** The inputs that exist; a missing one gets extract's reject line in {@code rejects}. */
  static InputRoots resolve(List<String> inputs, Configuration conf, List<Reject> rejects) throws IOException {
    List<Root> roots = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        rejects.add(new Reject(input, PageReader.STAGE, "no such file or directory"));
        continue;
      }
      boolean local = path.toUri().getScheme() == null;
      roots.add(new Root(local ? java.nio.file.Path.of(input).toString() : input,
          fs.makeQualified(status.getPath()).toString(), status.isDirectory(), local));
    }
    return new InputRoots(roots);
  }

  /** The inputs as Spark should list them. */
  List<String> qualified() {
    return roots.stream().map(Root::qualified).toList();
  }

  boolean isEmpty() {
    return roots.isEmpty();
  }

  /**
   * A file Spark listed: under the first input that holds it (extract reads a file reached twice
   * once, at its first place), named as extract names it.
   */
  Located locate(String listed) {
    for (int i = 0; i < roots.size(); i++) {
      Root root = roots.get(i);
      String inside;
      if (listed.equals(root.qualified())) {
        inside = "";
      } else if (root.folder() && listed.startsWith(root.qualified() + "/")) {
        inside = listed.substring(root.qualified().length() + 1);
      } else {
        continue;
      }
      String[] parts = inside.isEmpty() ? new String[0] : inside.split("/");
      String path = root.local() ? java.nio.file.Path.of(root.typed(), parts).toString() : listed;
      return new Located(path, order(i, parts));
    }
    return new Located(listed, order(roots.size(), new String[] {listed}));
  }

  /**
   * Extract's reading order as bytes that sort the same way unsigned: the input's index, then each
   * name in UTF-16 (Java's String order) closed by two zero bytes, so a folder's files sort before
   * a longer name that starts like it ("a" before "a-b", as name by name and unlike "a/…" vs "a-b").
   */
  static byte[] order(int input, String[] names) {
    int size = 4;
    for (String n : names) {
      size += 2 * n.length() + 2;
    }
    ByteBuffer b = ByteBuffer.allocate(size).putInt(input);
    for (String n : names) {
      b.put(n.getBytes(StandardCharsets.UTF_16BE)).putShort((short) 0);
    }
    return b.array();
  }
}
