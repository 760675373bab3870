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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jianbao.model.Page;
import jianbao.pipeline.PagePipeline;
import jianbao.read.InputWalker;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
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

  /** What to run. {@code version} goes into the journal: records of another version are not mixed in. */
  public record Settings(
      List<Path> inputs,
      Path out,
      Set<String> formats,
      PagePipeline.Options pipeline,
      PageReader.Options reader,
      boolean resume,
      String version) {}

  /** What a run did. {@code pages} counts pages in the outputs, {@code resumed} of them were cut before. */
  public record Summary(int pages, int resumed, int records, int rejected, int duplicates, double seconds) {}

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
  private final PrintWriter err;
  private final PageSource source;

  public BatchRun(Settings settings, PrintWriter err) {
    this(settings, err, new PageReader(settings.reader())::readPages);
  }

  public BatchRun(Settings settings, PrintWriter err, PageSource source) {
    this.settings = settings;
    this.err = err;
    this.source = source;
  }

  public Summary run() throws Failure {
    long started = System.nanoTime();
    Path out = settings.out();
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
    } catch (IOException e) {
      throw new Failure("cannot write to " + out + ": " + describe(e), false, e);
    }
  }

  private Summary cutAndWrite(ProgressJournal journal, ObjectNode journalSettings, long started) throws IOException {
    PagePipeline pipeline = new PagePipeline(settings.pipeline());
    List<Reject> rejects = new ArrayList<>();
    List<ProgressJournal.Key> done = new ArrayList<>();
    int resumed = 0;
    int duplicates = 0;
    // Record ids derive from the page's content, so a second copy of a page is reported, not
    // written again: an archive never holds the same record twice.
    Map<String, String> seen = new HashMap<>();

    InputWalker.Inputs found = InputWalker.walk(settings.inputs());
    for (Reject r : found.rejects()) {
      reject(rejects, r);
    }
    for (Path file : found.files()) {
      PageReader.Pages read = read(file, rejects);
      if (read == null) {
        continue;
      }
      read.rejects().forEach(r -> reject(rejects, r));
      for (Page page : read.pages()) {
        String first = seen.putIfAbsent(page.sha256(), page.path());
        if (first != null) {
          reject(rejects, new Reject(page.path(), DEDUPE_STAGE,
              "same content as " + first + " (sha256 " + page.sha256() + ")"));
          duplicates++;
          continue;
        }
        ProgressJournal.Key key = new ProgressJournal.Key(page.sha256(), page.path());
        if (journal.contains(key)) {
          done.add(key);
          resumed++;
          continue;
        }
        byte[] rendered = cut(pipeline, page, rejects);
        if (rendered != null) {
          journal.add(key, rendered);
          done.add(key);
        }
      }
    }

    int records = 0;
    try (RecordSink sink = Sinks.open(settings.out(), settings.formats(), true)) {
      for (ProgressJournal.Key key : done) {
        ProgressJournal.Entry entry = journal.get(key);
        sink.accept(entry.page(), entry.articles());
        records += entry.articles().size();
      }
      for (Reject r : rejects) {
        sink.reject(r.path(), r.stage(), r.reason());
      }
    }
    journal.compact(done, journalSettings);
    int rejected = rejects.size() - duplicates;
    return new Summary(done.size(), resumed, records, rejected, duplicates, (System.nanoTime() - started) / 1e9);
  }

  /** The file's pages, or null when it is refused as a whole. */
  private PageReader.Pages read(Path file, List<Reject> rejects) {
    try {
      long bytes = Files.size(file);
      if (bytes > MAX_FILE_BYTES) {
        reject(rejects, new Reject(file.toString(), LIMIT_STAGE, String.format(Locale.ROOT,
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
      reject(rejects, e.toReject());
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A reader bug on one file must not stop the batch.
      reject(rejects, new Reject(file.toString(), PageReader.STAGE, "internal error: " + e));
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
  private byte[] cut(PagePipeline pipeline, Page page, List<Reject> rejects) {
    try {
      PagePipeline.Result result = pipeline.process(page);
      return ProgressJournal.render(result.page(), result.articles());
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One page the pipeline cannot cut must not stop the batch. Errors are caught too: a page
      // that sends a stage into deep recursion is that page's problem; its memory is freed here.
      reject(rejects, new Reject(page.path(), EXTRACT_STAGE, "internal error: " + e));
      return null;
    }
  }

  private void reject(List<Reject> rejects, Reject r) {
    // One line per reject, even when the path holds a line break.
    err.println("jianbao: " + oneLine(r.path()) + ": " + oneLine(r.reason()));
    err.flush();
    rejects.add(r);
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
