package jianbao.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/**
 * One pretty-printed JSON file per record, {@code OUTDIR/json/<id>.json}, each written whole under a
 * temporary name and then renamed.
 */
public final class JsonFilesSink implements RecordSink {
  public static final String FOLDER = "json";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private final Path folder;
  /** File name → the id that took it: two ids that sanitise alike must not overwrite each other. */
  private final Map<String, String> taken = new HashMap<>();

  private final boolean removeOthers;
  private boolean closed;

  public JsonFilesSink(Path outDir) throws IOException {
    this(outDir, false);
  }

  /** @param removeOthers on close, delete the folder's other (non-hidden) *.json files: earlier runs' records */
  public JsonFilesSink(Path outDir, boolean removeOthers) throws IOException {
    this.folder = outDir.resolve(FOLDER);
    this.removeOthers = removeOthers;
    Files.createDirectories(folder);
  }

  @Override
  public void accept(PageRecord page, List<Article> records) throws IOException {
    if (closed) {
      throw new IllegalStateException("JSON files sink already closed");
    }
    for (Article article : records) {
      write(article);
    }
  }

  private void write(Article article) throws IOException {
    String name = fileName(article.id());
    String previous = taken.putIfAbsent(name, article.id());
    if (previous != null) {
      throw new IOException(
          "record ids \"" + previous + "\" and \"" + article.id() + "\" both map to file "
              + folder.resolve(name));
    }
    String json = Json.pretty().writeValueAsString(article);
    AtomicFile file = new AtomicFile(folder.resolve(name));
    try {
      file.writer().write(json + "\n");
    } catch (IOException | RuntimeException e) {
      file.abort();
      throw e;
    }
    file.commit();
  }

  /**
   * Ids come from elsewhere and may hold anything: every character but [A-Za-z0-9._-] becomes "_",
   * so no separator survives, and the only names that could still leave the folder ("." and "..")
   * are refused.
   */
  static String fileName(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("record without id cannot be written to " + FOLDER + "/");
    }
    String safe = UNSAFE.matcher(id).replaceAll("_");
    if (safe.equals(".") || safe.equals("..")) {
      throw new IllegalArgumentException("record id \"" + id + "\" is not a usable file name");
    }
    return safe + ".json";
  }

  /** Rejects are accounted for in rejects.jsonl. */
  @Override
  public void reject(String path, String stage, String reason) {}

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (removeOthers) {
      removeRecords(folder, taken.keySet());
    }
  }

  /** Deletes the folder's record files (non-hidden regular {@code *.json}) whose names are not in {@code keep}. */
  static void removeRecords(Path folder, Set<String> keep) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".") && !keep.contains(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
        }
      }
    }
  }
}
