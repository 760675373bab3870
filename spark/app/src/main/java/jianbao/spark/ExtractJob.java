package jianbao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jianbao.batch.BatchRun;
import jianbao.batch.PageFileCutter;
import jianbao.model.Article;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: page files listed and read by Spark's {@code binaryFile} source, cut on the executors
 * ({@link CutFiles}), repeated pages dropped as extract drops them, and the outputs written by
 * Spark's file writers under {@code out}:
 *
 * <ul>
 *   <li>{@code articles/} — JSON Lines part files: the lines of extract's articles.jsonl;
 *   <li>{@code articles.parquet/} — the same records, nested objects as structs, lists as arrays;
 *   <li>{@code pages/} — the lines of pages.jsonl (with {@code unassigned});
 *   <li>{@code rejects/} — the lines of rejects.jsonl, in one part file.
 * </ul>
 *
 * <p>Each output is written by a Spark job whose tasks commit through Spark's output committer: a
 * retried or speculative task's output replaces its earlier attempt's, never adds to it, and ids
 * derive from page content, so a re-run task writes the same lines.
 */
final class ExtractJob {

  /** What the job did; seconds of the two phases (cutting includes reading, writing the rest). */
  record Summary(long files, long pages, long records, long rejected, long duplicates, int tasks,
      double cutSeconds, double writeSeconds, List<String> firstRejects) {}

  static final String ARTICLES = "articles";
  static final String PARQUET = "articles.parquet";
  static final String PAGES = "pages";
  static final String REJECTS = "rejects";

  /** Reject lines the driver prints (extract prints every one; a cluster run may have millions). */
  static final int REJECTS_SHOWN = 50;

  private final SparkSession spark;
  private final InputRoots roots;
  private final CutFiles.Settings settings;
  private final List<String> driverRejects = new ArrayList<>();

  ExtractJob(SparkSession spark, InputRoots roots, List<Reject> inputRejects, CutFiles.Settings settings) {
    this.spark = spark;
    this.roots = roots;
    this.settings = settings;
    inputRejects.forEach(r -> driverRejects.add(CutFiles.json(r)));
  }

  Summary run(Path out) throws IOException {
    long started = System.nanoTime();
    Dataset<Row> cut = spark.createDataFrame(new ArrayList<Row>(), CutFiles.SCHEMA);
    Tally before = new Tally(0, 0, 0, 0, 0, 0);
    long files = 0;
    int tasks = 0;
    if (!roots.isEmpty()) {
      Dataset<Row> listed = spark.read().format("binaryFile")
          .option("recursiveFileLookup", "true")
          // A file that cannot be read gives no row instead of failing the job; found below.
          .option("ignoreCorruptFiles", "true")
          .option("ignoreMissingFiles", "true")
          .load(roots.qualified().toArray(new String[0]));
      // Pushed down to binaryFile, which then never reads a larger file's bytes.
      Column small = col("length").leq(BatchRun.MAX_FILE_BYTES);
      Dataset<Row> read = listed.where(small).select("path", "content");
      tasks = read.rdd().getNumPartitions();
      cut = read.mapPartitions(new CutFiles(roots, settings), Encoders.row(CutFiles.SCHEMA))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Every page is cut here, once; the outputs below read the cached rows.
      before = tally(cut);
      // Files listed but not read: too large (filtered out above), empty (Spark's scan skips
      // empty files), or unreadable (skipped by ignoreCorruptFiles). Few; the driver says which.
      String[] all = listed.inputFiles();
      files = all.length;
      if (files > before.files()) {
        List<String> listedPaths = Arrays.stream(all).map(ExtractJob::pathForm).toList();
        List<String> unread = spark.createDataset(listedPaths, Encoders.STRING())
            .join(cut.where(col("kind").equalTo(CutFiles.FILE)), col("value").equalTo(col("file")), "left_anti")
            .as(Encoders.STRING()).collectAsList();
        for (String listedPath : unread) {
          driverRejects.add(CutFiles.json(notRead(roots.locate(listedPath).path(), new Path(listedPath))));
        }
      }
    }
    double cutSeconds = (System.nanoTime() - started) / 1e9;

    // Extract reads inputs in order and reports a page whose content (sha256) it has already read;
    // here every copy was cut, and all but the first in input order are dropped now.
    Dataset<Row> kept = cut;
    Dataset<String> repeated = spark.emptyDataset(Encoders.STRING());
    long duplicates = before.pagesRead() - before.contents();
    if (duplicates > 0) {
      WindowSpec bySha = Window.partitionBy("sha256").orderBy("order");
      Dataset<Row> dupes = pagesRead(cut)
          .select(col("page"), col("sha256"), row_number().over(bySha).as("n"), first("page").over(bySha).as("first"))
          .where(col("n").gt(1))
          .select("page", "sha256", "first")
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Cached too: the four outputs read it without joining again.
      kept = cut.join(dupes.select(col("page").as("repeated")), col("page").equalTo(col("repeated")), "left_anti")
          .persist(StorageLevel.MEMORY_AND_DISK());
      repeated = dupes.map((MapFunction<Row, String>) r ->
          CutFiles.json(PageFileCutter.duplicate(r.getString(0), r.getString(2), r.getString(1))), Encoders.STRING());
    }
    Tally after = duplicates > 0 ? tally(kept) : before;

    Dataset<String> articles = lines(kept, CutFiles.ARTICLE);
    String marker = spark.conf().get(FailOnce.MARKER, null);
    if (marker != null) {
      articles = articles.mapPartitions(new FailOnce(marker, spark.conf().get(FailOnce.HOW, "task")), Encoders.STRING());
    }
    articles.write().text(child(out, ARTICLES));
    kept.where(col("kind").equalTo(CutFiles.ARTICLE))
        .select(from_json(col("line"), RecordSchema.of(Article.class)).as("r"))
        .select("r.*").write().parquet(child(out, PARQUET));
    lines(kept, CutFiles.PAGE).write().text(child(out, PAGES));
    // Rejects are few next to records: one file, readable at a glance.
    lines(kept, CutFiles.REJECT).union(repeated).union(spark.createDataset(driverRejects, Encoders.STRING()))
        .coalesce(1).write().text(child(out, REJECTS));
    kept.unpersist();
    cut.unpersist();
    return new Summary(files, after.pages(), after.articles(), after.rejects() + driverRejects.size(), duplicates,
        tasks, cutSeconds, (System.nanoTime() - started) / 1e9 - cutSeconds, firstLines(new Path(out, REJECTS)));
  }

  /**
   * Counts of cut rows by kind; {@code pagesRead} counts pages read (cut or failed in the pipeline),
   * {@code contents} their distinct sha256: fewer contents than pages means repeated pages.
   */
  private record Tally(long files, long pages, long articles, long rejects, long pagesRead, long contents) {}

  private static Tally tally(Dataset<Row> rows) {
    Column sha = when(col("kind").equalTo(CutFiles.PAGE).or(col("kind").equalTo(CutFiles.REJECT)), col("sha256"));
    Row t = rows.agg(
        count(when(col("kind").equalTo(CutFiles.FILE), 1)),
        count(when(col("kind").equalTo(CutFiles.PAGE), 1)),
        count(when(col("kind").equalTo(CutFiles.ARTICLE), 1)),
        count(when(col("kind").equalTo(CutFiles.REJECT), 1)),
        count(sha),
        count_distinct(sha)).first();
    return new Tally(t.getLong(0), t.getLong(1), t.getLong(2), t.getLong(3), t.getLong(4), t.getLong(5));
  }

  /** One row per page read: its page line, or its reject when the pipeline failed on it. */
  private static Dataset<Row> pagesRead(Dataset<Row> cut) {
    return cut.where(col("sha256").isNotNull()
        .and(col("kind").equalTo(CutFiles.PAGE).or(col("kind").equalTo(CutFiles.REJECT))));
  }

  /** The first reject lines, for the driver to print, read back from the output (one part file). */
  private List<String> firstLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (FileStatus part : fs.listStatus(folder, p -> p.getName().startsWith("part-"))) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(part.getPath()), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null && lines.size() <= REJECTS_SHOWN; line = in.readLine()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static Dataset<String> lines(Dataset<Row> rows, String kind) {
    return rows.where(col("kind").equalTo(kind)).select("line").as(Encoders.STRING());
  }

  private static String child(Path out, String name) {
    return new Path(out, name).toString();
  }

  /** A file of {@code inputFiles()} (a URI, escaped) as binaryFile's {@code path} column names it. */
  private static String pathForm(String inputFile) {
    try {
      return new Path(new URI(inputFile)).toString();
    } catch (URISyntaxException e) {
      return inputFile;
    }
  }

  /** Why a listed file gave no row, asked again on the driver: the reasons extract gives. */
  private Reject notRead(String path, Path listed) {
    try {
      FileSystem fs = listed.getFileSystem(spark.sparkContext().hadoopConfiguration());
      long length = fs.getFileStatus(listed).getLen();
      if (length > BatchRun.MAX_FILE_BYTES) {
        return PageFileCutter.tooLarge(path, length);
      }
      if (length == 0) {
        try {
          new PageReader().readPages(path, null, new byte[0]);
        } catch (RejectedPageException e) {
          return e.toReject(); // the reader's own words for an empty file
        }
      }
      try (FSDataInputStream in = fs.open(listed)) {
        in.read();
      }
      return new Reject(path, PageReader.STAGE, "unreadable: Spark could not read it (see the executor log)");
    } catch (FileNotFoundException e) {
      // Hadoop's local file system reports a denied open as java.io's "(Permission denied)"
      boolean denied = String.valueOf(e.getMessage()).contains("Permission denied");
      return new Reject(path, PageReader.STAGE, denied ? "unreadable: permission denied" : "unreadable: no such file");
    } catch (IOException e) {
      return new Reject(path, PageReader.STAGE, "unreadable: " + e.getMessage());
    }
  }
}
