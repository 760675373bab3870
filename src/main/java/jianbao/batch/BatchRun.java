package jianbao.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jianbao.entity.EntityEngine;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import jianbao.store.ArticleStore;
import jianbao.store.Database;
import jianbao.store.StoreException;
import jianbao.write.ProgressJournal;

/**
 * One {@code extract} run: inputs walked and read, each page cut once, outputs written.
 *
 * <p>The parts, each one concern: {@link Intake} walks the inputs, {@link CuttingPool} runs
 * {@link PageCutter} on the workers and hands the files back in input order, {@link Duplicates}
 * drops second copies of a content, {@link RunJournal} keeps every finished page for
 * {@code --resume}, and {@link RunOutputs} writes the records to the sinks as they come, each
 * output under a temporary name renamed into place at the end. So a run killed at any moment leaves
 * no half-written line or file, and {@code --resume} cuts only the pages the journal lacks, then
 * writes the same files an uninterrupted run would have.
 *
 * <p>One bad input never stops the run: it gets a line in rejects.jsonl and on stderr. Only the
 * output failing (folder not writable, disk full) is fatal.
 */
public final class BatchRun {

  /**
   * A page's text beyond this is not a newspaper page (a broadsheet page holds about 20,000
   * characters; this is some fifty of them): such a file is refused rather than cut for minutes
   * into one meaningless record.
   */
  public static final int MAX_PAGE_CHARS = 1_000_000;

  /** Files beyond this are refused before being read into memory (e-paper PDFs stay far below). */
  public static final long MAX_FILE_BYTES = 512L << 20;

  public static final String LIMIT_STAGE = PageReader.STAGE;
  public static final String DEDUPE_STAGE = "dedupe";
  public static final String EXTRACT_STAGE = "extract";

  /**
   * What to run. {@code csvBom} false writes articles.csv without its byte order mark.
   * {@code version} goes into the journal: records of another version are not mixed in. {@code threads} cut pages in parallel (the outputs are the same whatever the number);
   * {@code db}, a {@code --db} URL or null, also loads the records into that database.
   */
  public record Settings(
      List<Path> inputs,
      Path out,
      Set<String> formats,
      boolean csvBom,
      PagePipeline.Options pipeline,
      PageReader.Options reader,
      boolean resume,
      String version,
      int threads,
      String db) {

    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }

    /** All cores, no database. */
    public Settings(List<Path> inputs, Path out, Set<String> formats, PagePipeline.Options pipeline,
        PageReader.Options reader, boolean resume, String version) {
      this(inputs, out, formats, true, pipeline, reader, resume, version, Runtime.getRuntime().availableProcessors(),
          null);
    }
  }

  /**
   * What a run did. {@code files} counts the inputs taken, links the walk refused included (files =
   * pages + rejected + duplicates, but for files of several pages); {@code pages} counts pages in the outputs, {@code resumed} of them were cut
   * before; {@code chars} the characters of the pages cut in this run; {@code db} what the
   * database received (null without {@code --db}).
   */
  public record Summary(int files, int pages, int resumed, int records, int rejected, int duplicates, long chars,
      double seconds, ArticleStore.Counts db) {

    /** Pages cut in this run per second (resumed pages cost only their reading). */
    public double pagesPerSecond() {
      return (pages - resumed) / Math.max(seconds, 1e-9);
    }
  }

  /** The run could not write its outputs, or was asked to resume a run with other settings. */
  public static final class Failure extends Exception {
    private final boolean usage;

    Failure(String message, boolean usage, Throwable cause) {
      super(message, cause);
      this.usage = usage;
    }

    /** True when the command line asked for something this OUTDIR cannot give (exit code 2). */
    public boolean usage() {
      return usage;
    }
  }

  /** Reads a file's pages; the reader in production, a stand-in where tests need one. */
  @FunctionalInterface
  public interface PageSource {
    PageReader.Pages read(Path file) throws RejectedPageException;
  }

  private final Settings settings;
  private final Progress progress;
  private final PageSource source;
  private Instant startedAt;

  public BatchRun(Settings settings, PrintWriter err) {
    this(settings, err, new PageReader(settings.reader())::readPages);
  }

  public BatchRun(Settings settings, PrintWriter err, PageSource source) {
    this(settings, plain(err), source);
  }

  /** With {@code progress} shown as the run goes (reject lines go through it too). */
  public BatchRun(Settings settings, Progress progress) {
    this(settings, progress, new PageReader(settings.reader())::readPages);
  }

  public BatchRun(Settings settings, Progress progress, PageSource source) {
    this.settings = settings;
    this.progress = progress;
    this.source = source;
  }

  private static Progress plain(PrintWriter err) {
    return line -> {
      err.println(line);
      err.flush();
    };
  }

  public Summary run() throws Failure {
    try {
      return runLocked();
    } finally {
      progress.finished();
    }
  }

  private Summary runLocked() throws Failure {
    long started = System.nanoTime();
    startedAt = Instant.now();
    if (settings.pipeline().entities()) {
      // The entity stage's model and dictionaries load while the outputs are opened and the first
      // pages' layout is cut; a worker that reaches the stage first waits for them.
      EntityEngine.loadInBackground();
    }
    Path out = settings.out();
    if (settings.db() != null) {
      probeDatabase();
    }
    try (OutputFolder folder = OutputFolder.take(out); RunJournal journal = RunJournal.open(settings)) {
      return cutAndWrite(journal, started);
    } catch (StoreException e) {
      // Names the database (never its password); the journal keeps the pages, --resume loads them.
      throw new Failure(e.getMessage() + " (the pages cut are kept: finish with --resume)", false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted", false, e);
    } catch (IOException e) {
      throw new Failure("cannot write to " + out + ": " + OutputFolder.describe(e), false, e);
    }
  }

  /**
   * Opens and closes the database before any page is cut: an unreachable server or a file that
   * cannot be created fails the run at once rather than after hours of cutting.
   */
  private void probeDatabase() throws Failure {
    try {
      ArticleStore.open(Database.parse(settings.db())).close();
    } catch (StoreException e) {
      throw new Failure(e.getMessage(), false, e);
    }
  }

  /**
   * Walks the inputs, has the workers cut them, and takes their pages in input order: each one
   * de-duplicated, then journaled, then written to the outputs. Data flows one way.
   */
  private Summary cutAndWrite(RunJournal journal, long started) throws IOException, InterruptedException {
    Intake intake = Intake.walk(settings.inputs());
    Tally tally = new Tally();
    intake.refused().forEach(r -> reject(tally, r));
    Duplicates duplicates = new Duplicates();
    PageCutter cutter = new PageCutter(source, new PagePipeline(settings.pipeline()), duplicates, journal.finished());
    ArticleStore.Counts db;
    try (RunOutputs outputs = RunOutputs.open(settings); CuttingPool pool = new CuttingPool(settings.threads())) {
      List<Path> files = intake.files();
      pool.inOrder(files.size(), i -> () -> cutter.cut(i, files.get(i)),
          (i, cause) -> PageCutter.FileCuts.crashed(files.get(i), cause),
          (i, fileCuts) -> {
            fileCuts.rejects().forEach(r -> reject(tally, r));
            for (PageCutter.Cut cut : fileCuts.cuts()) {
              take(cut, duplicates, journal, outputs, tally);
            }
            tally.bytes += intake.sizes()[i];
            progress.cutting(new Progress.Counters(intake.refused().size() + i + 1, intake.taken(), tally.bytes,
                intake.totalBytes(), journal.pages() - tally.resumed, tally.resumed, tally.cutRecords,
                tally.rejects.size() - tally.duplicates, tally.duplicates, System.nanoTime() - started));
          });
      db = outputs.publish(tally.rejects);
    }
    journal.compact();
    Summary summary = new Summary(intake.taken(), journal.pages(), tally.resumed, tally.records,
        tally.rejects.size() - tally.duplicates, tally.duplicates, tally.chars, (System.nanoTime() - started) / 1e9, db);
    RunReport.write(settings.out(), RunReport.json(settings, summary, startedAt, Instant.now()));
    return summary;
  }

  /** The run's figures as its pages are taken. */
  private static final class Tally {
    final List<Reject> rejects = new ArrayList<>();
    int resumed;
    int duplicates;
    int records;
    int cutRecords;
    long chars;
    long bytes;
  }

  /** One page, in input order: dropped as a twin, taken back from the journal, or journaled and written. */
  private void take(PageCutter.Cut cut, Duplicates duplicates, RunJournal journal, RunOutputs outputs, Tally tally)
      throws IOException {
    ProgressJournal.Key key = cut.key();
    if (key == null) {
      reject(tally, cut.reject()); // a page the reader refused (too large)
      return;
    }
    String first = duplicates.earlier(key.sha256(), key.path());
    if (first != null) {
      reject(tally, PageFileCutter.duplicate(key.path(), first, key.sha256()));
      tally.duplicates++;
      return;
    }
    ProgressJournal.Entry resumed = journal.resumed(key);
    if (resumed != null) {
      tally.resumed++;
      tally.records += resumed.articles().size();
      outputs.page(resumed.page(), resumed.articles());
      return;
    }
    if (cut.reject() != null) {
      reject(tally, cut.reject());
      return;
    }
    if (cut.skipped()) {
      throw new IllegalStateException("page skipped by its worker but needed: " + key);
    }
    // The journal first: a run killed while writing the outputs keeps the page.
    journal.add(key, cut.journalLine());
    tally.records += cut.result().articles().size();
    tally.cutRecords += cut.result().articles().size();
    tally.chars += cut.chars();
    outputs.page(cut.result().page(), cut.result().articles());
  }

  private void reject(Tally tally, Reject r) {
    // One line per reject, even when the path holds a line break.
    progress.message("jianbao: " + oneLine(r.path()) + ": " + oneLine(r.reason()));
    tally.rejects.add(r);
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
