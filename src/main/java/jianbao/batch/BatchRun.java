package jianbao.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import jianbao.entity.EntityEngine;
import jianbao.model.Page;
import jianbao.pipeline.PagePipeline;
import jianbao.read.InputRoots;
import jianbao.read.InputWalker;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import jianbao.store.ArticleStore;
import jianbao.store.Database;
import jianbao.store.StoreException;
import jianbao.store.StoreSink;
import jianbao.write.Json;
import jianbao.write.JsonFilesSink;
import jianbao.write.ProgressJournal;
import jianbao.write.RecordSink;
import jianbao.write.Sinks;

/**
 * One {@code extract} run: inputs walked and read, each page cut once, outputs written.
 *
 * <p>Every finished page goes to the {@link ProgressJournal} first; the output files are assembled
 * from the journal at the end, in input order, each under a temporary name renamed into place. So
 * a run killed at any moment leaves no half-written line or file, and {@code --resume} cuts only
 * the pages the journal lacks, then writes the same files an uninterrupted run would have.
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

  /** Temporary files of {@code AtomicFile} (".name.<uuid>.tmp") that a killed run left behind. */
  private static final Pattern STALE_TEMP =
      Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

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
    Path out = settings.out();
    if (settings.db() != null) {
      probeDatabase();
    }
    checkOutputPath(out);
    Path state = out.resolve(ProgressJournal.FOLDER);
    try {
      Files.createDirectories(state);
    } catch (IOException e) {
      throw new Failure("cannot create output folder " + out + ": " + describe(e), false, e);
    }
    try (FileChannel lockFile = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lock(lockFile)) {
      removeStaleTemps(out);
      ObjectNode journalSettings = journalSettings();
      ProgressJournal journal;
      try {
        journal = settings.resume()
            ? ProgressJournal.resume(out, journalSettings)
            : ProgressJournal.create(out, journalSettings);
      } catch (ProgressJournal.SettingsMismatch e) {
        throw new Failure(e.getMessage(), true, e);
      }
      try (journal) {
        return cutAndWrite(journal, journalSettings, started);
      }
    } catch (StoreException e) {
      // Names the database (never its password); the journal keeps the pages, --resume loads them.
      throw new Failure(e.getMessage() + " (the pages cut are kept: finish with --resume)", false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted", false, e);
    } catch (IOException e) {
      throw new Failure("cannot write to " + out + ": " + describe(e), false, e);
    }
  }

  /**
   * OUTDIR, or the nearest part of its path that exists, must be a folder. Said in those words: the
   * file system's "…/out/.jianbao: Not a directory" names a path the user never typed.
   */
  private static void checkOutputPath(Path out) throws Failure {
    for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        return;
      }
      if (Files.exists(p)) {
        Path typed = out.isAbsolute() ? p : Path.of("").toAbsolutePath().relativize(p);
        throw new Failure(typed.equals(out)
            ? "output path " + out + " exists and is not a folder"
            : "cannot create output folder " + out + ": " + typed + " exists and is not a folder", false, null);
      }
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

  /** One page as a worker left it: its journal line, or why it was not cut, or nothing to do. */
  private record Cut(ProgressJournal.Key key, byte[] rendered, int records, long chars, Reject reject,
      boolean skipped) {}

  /** One input file as a worker left it, pages in page order. */
  private record FileResult(List<Reject> rejects, List<Cut> cuts) {}

  private Summary cutAndWrite(ProgressJournal journal, ObjectNode journalSettings, long started)
      throws IOException, InterruptedException {
    PagePipeline pipeline = new PagePipeline(settings.pipeline());
    List<Reject> rejects = new ArrayList<>();
    List<ProgressJournal.Key> done = new ArrayList<>();
    int resumed = 0;
    int duplicates = 0;
    int cutRecords = 0;
    long chars = 0;
    // Record ids derive from the page's content, so a second copy of a page is reported, not
    // written again: an archive never holds the same record twice.
    Map<String, String> seen = new HashMap<>();
    // For the workers, which must not cut what will be dropped: pages already in the journal, and
    // for each content the lowest file index holding it (a page with a lower twin is a duplicate
    // whatever order the workers finish in; the decision itself is made below, in input order).
    Set<ProgressJournal.Key> journaled = journal.keys();
    ConcurrentHashMap<String, Integer> firstFile = new ConcurrentHashMap<>();

    InputWalker.Inputs found = InputWalker.walk(settings.inputs());
    for (Reject r : found.rejects()) {
      reject(rejects, r);
    }
    List<Path> files = found.files();
    // Inputs the walk refused (a link that leads nowhere) count as files taken and rejected, so the
    // figures add up: files = pages + rejected + duplicates.
    int refused = found.rejects().size();
    long[] sizes = new long[files.size()];
    long totalBytes = 0;
    for (int i = 0; i < files.size(); i++) {
      sizes[i] = size(files.get(i));
      totalBytes += sizes[i];
    }
    long bytesTaken = 0;
    if (settings.pipeline().entities() && !files.isEmpty()) {
      // HanLP's dictionaries (and the natures they declare) load here, once, before any worker
      // runs: analysis on the workers then only reads shared state.
      EntityEngine.shared().analyze("本报讯");
    }
    int records = 0;
    ArticleStore.Counts db = null;
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), new WorkerThreads());
    try {
      // Results are taken in input order from a bounded window of files in flight: the outputs
      // do not depend on which worker finishes first, and memory holds only the window.
      ArrayDeque<Future<FileResult>> window = new ArrayDeque<>();
      int windowSize = settings.threads() * 4;
      int next = 0;
      for (int taken = 0; taken < files.size(); taken++) {
        while (next < files.size() && window.size() < windowSize) {
          int index = next++;
          Path file = files.get(index);
          window.add(workers.submit(() -> work(pipeline, index, file, journaled, firstFile)));
        }
        FileResult result = take(window.poll(), files.get(taken));
        bytesTaken += sizes[taken];
        result.rejects().forEach(r -> reject(rejects, r));
        for (Cut cut : result.cuts()) {
          ProgressJournal.Key key = cut.key();
          if (key == null) {
            reject(rejects, cut.reject()); // a page the reader refused (too large)
            continue;
          }
          String first = seen.putIfAbsent(key.sha256(), key.path());
          if (first != null) {
            reject(rejects, new Reject(key.path(), DEDUPE_STAGE,
                "same content as " + first + " (sha256 " + key.sha256() + ")"));
            duplicates++;
            continue;
          }
          if (journal.contains(key)) {
            done.add(key);
            resumed++;
            continue;
          }
          if (cut.reject() != null) {
            reject(rejects, cut.reject());
            continue;
          }
          if (cut.skipped()) {
            throw new IllegalStateException("page skipped by its worker but needed: " + key);
          }
          journal.add(key, cut.rendered());
          done.add(key);
          cutRecords += cut.records();
          chars += cut.chars();
        }
        progress.cutting(new Progress.Counters(refused + taken + 1, refused + files.size(), bytesTaken, totalBytes,
            done.size() - resumed, resumed, cutRecords, rejects.size() - duplicates, duplicates,
            System.nanoTime() - started));
      }

      // Pages stream from the journal into the sinks one at a time, so memory does not grow with
      // the run; the workers read and parse the next entries meanwhile (parsing is about half the
      // cost of writing a page out).
      FileOutputs outputs = new FileOutputs();
      try (RecordSink sink = settings.db() == null ? outputs.open() : StoreSink.open(settings.db(),
          InputRoots.of(settings.inputs().stream().map(Path::toString).toList()), outputs::open)) {
        ArrayDeque<Future<ProgressJournal.Entry>> ahead = new ArrayDeque<>();
        int aheadSize = settings.threads() * 8;
        int nextEntry = 0;
        for (int written = 0; written < done.size(); ) {
          while (nextEntry < done.size() && ahead.size() < aheadSize) {
            ProgressJournal.Key key = done.get(nextEntry++);
            ahead.add(workers.submit(() -> journal.get(key)));
          }
          ProgressJournal.Entry entry = entry(ahead.poll());
          sink.accept(entry.page(), entry.articles());
          records += entry.articles().size();
          progress.writing(++written, done.size());
        }
        for (Reject r : rejects) {
          sink.reject(r.path(), r.stage(), r.reason());
        }
        outputs.complete = true;
        if (sink instanceof StoreSink store) {
          store.close(); // commits the last batch, so the counts are final
          db = store.counts();
        }
      }
    } finally {
      workers.shutdownNow();
    }
    journal.compact(done, journalSettings);
    int rejected = rejects.size() - duplicates;
    Summary summary = new Summary(refused + files.size(), done.size(), resumed, records, rejected, duplicates, chars,
        (System.nanoTime() - started) / 1e9, db);
    RunReport.write(settings.out(), RunReport.json(settings, summary, startedAt, Instant.now()));
    return summary;
  }

  /**
   * The file outputs, published on close only once every page has gone in: when the database
   * fails midway, OUTDIR keeps the previous run's files rather than get a part of this run's
   * (their temporary files are removed by the next run; the journal keeps the pages for --resume).
   */
  private final class FileOutputs implements RecordSink {
    private RecordSink files;
    boolean complete;

    RecordSink open() throws IOException {
      files = Sinks.open(settings.out(), settings.formats(), true, settings.csvBom());
      return this;
    }

    @Override
    public void accept(jianbao.model.PageRecord page, List<jianbao.model.Article> records) throws IOException {
      files.accept(page, records);
    }

    @Override
    public void reject(String path, String stage, String reason) throws IOException {
      files.reject(path, stage, reason);
    }

    @Override
    public void close() throws IOException {
      if (complete) {
        files.close();
      }
    }
  }

  /** A journal entry read by a worker; its failure is the run's (the journal cannot be read). */
  private static ProgressJournal.Entry entry(Future<ProgressJournal.Entry> future)
      throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("journal: " + e.getCause(), e.getCause());
    }
  }

  /** A worker's result; a worker that died on a file (it catches what it can) rejects that file. */
  private static FileResult take(Future<FileResult> future, Path file) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new FileResult(List.of(new Reject(file.toString(), EXTRACT_STAGE, "internal error: " + e.getCause())),
          List.of());
    }
  }

  /** Runs on a worker thread: reads the file and cuts each page that the run will keep. */
  private FileResult work(PagePipeline pipeline, int index, Path file, Set<ProgressJournal.Key> journaled,
      ConcurrentHashMap<String, Integer> firstFile) {
    List<Reject> fileRejects = new ArrayList<>();
    PageReader.Pages read = read(file, fileRejects);
    if (read == null) {
      return new FileResult(fileRejects, List.of());
    }
    List<Cut> cuts = new ArrayList<>();
    for (Reject r : read.rejects()) {
      cuts.add(new Cut(null, null, 0, 0, r, false));
    }
    for (Page page : read.pages()) {
      ProgressJournal.Key key = new ProgressJournal.Key(page.sha256(), page.path());
      int first = firstFile.merge(page.sha256(), index, Math::min);
      if (first < index || journaled.contains(key)) {
        cuts.add(new Cut(key, null, 0, 0, null, true));
        continue;
      }
      cuts.add(cut(pipeline, page));
    }
    return new FileResult(fileRejects, cuts);
  }

  /** For progress only: a file that cannot be sized counts 0 bytes (the reader says why it fails). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The file's pages, or null when it is refused as a whole. */
  private PageReader.Pages read(Path file, List<Reject> rejects) {
    try {
      long bytes = Files.size(file);
      if (bytes > MAX_FILE_BYTES) {
        rejects.add(new Reject(file.toString(), LIMIT_STAGE, String.format(Locale.ROOT,
            "file too large: %,d bytes (limit %,d); a newspaper page is far smaller", bytes, MAX_FILE_BYTES)));
        return null;
      }
    } catch (IOException e) {
      // The reader reports why the file cannot be read.
    }
    PageReader.Pages read;
    try {
      read = source.read(file);
    } catch (RejectedPageException e) {
      rejects.add(e.toReject());
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A reader bug on one file must not stop the batch.
      rejects.add(new Reject(file.toString(), PageReader.STAGE, "internal error: " + e));
      return null;
    }
    List<Page> pages = new ArrayList<>();
    List<Reject> pageRejects = new ArrayList<>(read.rejects());
    for (Page page : read.pages()) {
      long chars = page.lines().stream().mapToLong(String::length).sum();
      if (chars > MAX_PAGE_CHARS) {
        pageRejects.add(new Reject(page.path(), LIMIT_STAGE, String.format(Locale.ROOT,
            "page too large: %,d characters of text (limit %,d; a newspaper page holds about 20,000)"
                + " — split the file into pages", chars, MAX_PAGE_CHARS)));
      } else {
        pages.add(page);
      }
    }
    return new PageReader.Pages(pages, pageRejects);
  }

  /** The page's journal line, or null when the page is rejected. */
  private Cut cut(PagePipeline pipeline, Page page) {
    ProgressJournal.Key key = new ProgressJournal.Key(page.sha256(), page.path());
    try {
      PagePipeline.Result result = pipeline.process(page);
      long chars = 0;
      for (String line : page.lines()) {
        chars += line.length();
      }
      return new Cut(key, ProgressJournal.render(result.page(), result.articles()), result.articles().size(), chars,
          null, false);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One page the pipeline cannot cut must not stop the batch. Errors are caught too: a page
      // that sends a stage into deep recursion is that page's problem; its memory is freed here.
      return new Cut(key, null, 0, 0, new Reject(page.path(), EXTRACT_STAGE, "internal error: " + e), false);
    }
  }

  private void reject(List<Reject> rejects, Reject r) {
    // One line per reject, even when the path holds a line break.
    progress.message("jianbao: " + oneLine(r.path()) + ": " + oneLine(r.reason()));
    rejects.add(r);
  }

  /** Daemon workers: a run that fails never keeps the JVM alive. */
  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "jianbao-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }

  private ObjectNode journalSettings() {
    ObjectNode s = Json.mapper().createObjectNode();
    PagePipeline.Options p = settings.pipeline();
    s.put("version", settings.version());
    s.put("issue_date", p.issueDate() == null ? null : p.issueDate().toString());
    s.put("headline_position", p.headlinePosition().name().toLowerCase(Locale.ROOT));
    s.put("entities", p.entities());
    s.put("layout_weights", p.layoutWeights().fingerprint());
    s.put("pdf_order", settings.reader().pdfOrder().name().toLowerCase(Locale.ROOT));
    return s;
  }

  private FileLock lock(FileChannel channel) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // held by this JVM: same answer
    }
    throw new IOException("another jianbao run is writing to this folder");
  }

  /** Temporary outputs of a run killed while writing them; only names of jianbao's own pattern. */
  private static void removeStaleTemps(Path out) throws IOException {
    for (Path folder : List.of(out, out.resolve(JsonFilesSink.FOLDER))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (STALE_TEMP.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
            Files.deleteIfExists(entry);
          }
        }
      }
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (m == null) {
      return kind;
    }
    return switch (kind) {
      case "AccessDeniedException" -> m + ": permission denied";
      case "FileAlreadyExistsException" -> m + ": a file is in the way";
      case "NoSuchFileException" -> m + ": no such file or directory";
      case "NotDirectoryException" -> m + ": not a directory";
      default -> m;
    };
  }
}
