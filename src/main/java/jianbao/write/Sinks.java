package jianbao.write;

import java.io.IOException;
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
   * @param replaceJsonFiles with "json": when the sink closes, remove the {@code *.json} files in
   *     {@code OUTDIR/json/} that this run did not write, so the folder holds this run's records
   *     only, as the other outputs do
   */
  public static RecordSink open(Path outDir, Set<String> formats, boolean replaceJsonFiles) throws IOException {
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
        sinks.add(new JsonFilesSink(outDir, replaceJsonFiles));
      }
      if (wanted.contains(CSV)) {
        sinks.add(new CsvSink(outDir));
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
    return new Composite(sinks);
  }

  private record Composite(List<RecordSink> sinks) implements RecordSink {
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
    }
  }
}
