package jianbao.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output path, published whole: the job writes into a hidden sibling folder
 * ({@code .OUT.jianbao-spark-<run id>}) and renames it to OUT when every output is complete, so OUT
 * holds one run's outputs or none, never a mix and never half of one.
 *
 * <p>An existing OUT is refused, or with {@code --overwrite} replaced — only when it holds
 * nothing but a jianbao-spark output, so a mistyped path never deletes someone's folder.
 */
final class OutputFolder {
  /** What a jianbao-spark output holds; {@code run.json} marks one. */
  static final String REPORT = "run.json";
  static final Set<String> NAMES =
      Set.of(ExtractJob.ARTICLES, ExtractJob.PARQUET, ExtractJob.PAGES, ExtractJob.REJECTS, REPORT);

  /** OUT cannot be used as asked: a usage error (exit code 2). */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private final FileSystem fs;
  private final Path out;
  private final Path staging;
  private final boolean replace;

  private OutputFolder(FileSystem fs, Path out, Path staging, boolean replace) {
    this.fs = fs;
    this.out = out;
    this.staging = staging;
    this.replace = replace;
  }

  /** Checks OUT before any page is read; {@code runId} names this run's staging folder. */
  static OutputFolder claim(String given, boolean overwrite, Configuration conf, String runId)
      throws Refused, IOException {
    Path path = new Path(given);
    FileSystem fs = path.getFileSystem(conf);
    Path out = fs.makeQualified(path);
    if (out.getParent() == null) {
      throw new Refused(given + ": choose a folder below the root for the output");
    }
    if (fs.exists(out)) {
      FileStatus status = fs.getFileStatus(out);
      if (!status.isDirectory()) {
        throw new Refused(given + " is a file; the output is a folder");
      }
      List<String> held = new ArrayList<>();
      for (FileStatus s : fs.listStatus(out)) {
        String name = s.getPath().getName();
        if (!name.startsWith(".")) { // Hadoop's checksum files (.run.json.crc) go with their files
          held.add(name);
        }
      }
      if (!held.isEmpty()) {
        if (!overwrite) {
          throw new Refused(given + " already exists: a run never writes into an earlier run's output."
              + " Choose a new path, remove it, or pass --overwrite to replace it whole");
        }
        boolean ours = held.contains(REPORT) && NAMES.containsAll(held);
        if (!ours) {
          held.removeAll(NAMES);
          throw new Refused(given + " is not a jianbao-spark output (it holds "
              + (held.isEmpty() ? "no " + REPORT : String.join(", ", held.subList(0, Math.min(5, held.size()))))
              + "); --overwrite only replaces one");
        }
      }
    }
    Path staging = new Path(out.getParent(), "." + out.getName() + ".jianbao-spark-" + runId);
    if (fs.exists(staging)) {
      throw new Refused(staging + " exists: another run with the same id?");
    }
    return new OutputFolder(fs, out, staging, overwrite);
  }

  /** Where the job writes; becomes OUT on {@link #publish}. */
  Path staging() {
    return staging;
  }

  Path out() {
    return out;
  }

  void writeReport(String json) throws IOException {
    try (OutputStream o = fs.create(new Path(staging, REPORT), false)) {
      o.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Staging becomes OUT; with --overwrite the earlier output goes first. */
  void publish() throws IOException {
    if (fs.exists(out)) {
      boolean empty = fs.getFileStatus(out).isDirectory() && fs.listStatus(out).length == 0;
      if (!replace && !empty) {
        throw new IOException(out + " appeared while the job ran; this run's output is left in " + staging);
      }
      if (!fs.delete(out, true)) {
        throw new IOException("cannot remove the earlier output " + out + "; this run's output is left in " + staging);
      }
    }
    if (!fs.rename(staging, out)) {
      throw new IOException("cannot rename " + staging + " to " + out);
    }
  }

  /** A failed run leaves nothing behind (OUT, if any, is untouched). */
  void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // best effort: the staging folder is hidden and named for its run
    }
  }
}
