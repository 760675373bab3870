package jianbao.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/** Opens the sinks for the requested output formats as one {@link RecordSink}. */
public final class Sinks {
  public static final String JSONL = "jsonl";
  public static final String CSV = "csv";
  public static final String JSON = "json";
  public static final Set<String> FORMATS = Set.of(JSONL, CSV, JSON);

  private Sinks() {}

  /**
   * @param formats any of "jsonl", "csv", "json" (case-insensitive). pages.jsonl and rejects.jsonl
   *     are written whatever the formats, since they are the run's accounting; articles.jsonl only
   *     with "jsonl".
   * @throws IllegalArgumentException naming an unknown format
   */
  public static RecordSink open(Path outDir, Set<String> formats) throws IOException {
    return open(outDir, formats, false);
  }

  /**
   * @param replace when the sink closes, OUTDIR's outputs become this run's alone: {@code *.json}
   *     files in {@code OUTDIR/json/} that this run did not write are removed, and so are the
   *     outputs of formats not asked for this time (an earlier run's articles.csv beside this
   *     run's articles.jsonl would pass for this run's records)
   */
  public static RecordSink open(Path outDir, Set<String> formats, boolean replace) throws IOException {
    return open(outDir, formats, replace, true);
  }

  /** @param csvBom false writes articles.csv without its byte order mark */
  public static RecordSink open(Path outDir, Set<String> formats, boolean replace, boolean csvBom)
      throws IOException {
    Set<String> wanted = new TreeSet<>();
    for (String format : formats) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown output format \"" + format + "\" (known: jsonl, csv, json)");
      }
      wanted.add(name);
    }
    List<RecordSink> sinks = new ArrayList<>();
    JsonlSink jsonl = new JsonlSink(outDir, wanted.contains(JSONL));
    sinks.add(jsonl);
    try {
      // JsonFilesSink holds no open file, so it goes before the CSV sink, the last that can fail.
      if (wanted.contains(JSON)) {
        sinks.add(new JsonFilesSink(outDir, replace));
      }
      if (wanted.contains(CSV)) {
        sinks.add(new CsvSink(outDir, csvBom));
      }
    } catch (IOException | RuntimeException e) {
      // Nothing was written yet: leave a previous run's files in place rather than publish empty
      // ones.
      try {
        jsonl.abort();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return new Composite(sinks, replace ? outDir : null, wanted);
  }

  /** One sink feeding each of {@code sinks} in turn: for a run's files and its database alike. */
  public static RecordSink all(RecordSink... sinks) {
    return new Composite(List.of(sinks), null, Set.of());
  }

  /**
   * Removes the outputs of the formats not in {@code wanted}: only jianbao's own names
   * (articles.jsonl, articles.csv, the non-hidden {@code *.json} files of json/, and json/ itself
   * once empty). Called after this run's outputs are in place, never before.
   */
  static void removeUnwanted(Path outDir, Set<String> wanted) throws IOException {
    if (!wanted.contains(JSONL)) {
      Files.deleteIfExists(outDir.resolve(JsonlSink.ARTICLES));
    }
    if (!wanted.contains(CSV)) {
      Files.deleteIfExists(outDir.resolve(CsvSink.ARTICLES));
    }
    Path json = outDir.resolve(JsonFilesSink.FOLDER);
    if (!wanted.contains(JSON) && Files.isDirectory(json, LinkOption.NOFOLLOW_LINKS)) {
      JsonFilesSink.removeRecords(json, Set.of());
      try (DirectoryStream<Path> left = Files.newDirectoryStream(json)) {
        if (!left.iterator().hasNext()) {
          Files.delete(json);
        }
      }
    }
  }

  /** {@code replaceIn}: OUTDIR whose unwanted outputs go once all sinks closed, or null. */
  private record Composite(List<RecordSink> sinks, Path replaceIn, Set<String> wanted) implements RecordSink {
    @Override
    public void accept(PageRecord page, List<Article> records) throws IOException {
      for (RecordSink sink : sinks) {
        sink.accept(page, records);
      }
    }

    @Override
    public void reject(String path, String stage, String reason) throws IOException {
      for (RecordSink sink : sinks) {
        sink.reject(path, stage, reason);
      }
    }

    @Override
    public void close() throws IOException {
      Closer closer = new Closer();
      for (RecordSink sink : sinks) {
        closer.run(sink::close);
      }
      closer.rethrow();
      if (replaceIn != null) {
        removeUnwanted(replaceIn, wanted);
      }
    }

    @Override
    public void abort() throws IOException {
      Closer closer = new Closer();
      for (RecordSink sink : sinks) {
        closer.run(sink::abort);
      }
      closer.rethrow();
    }
  }
}
