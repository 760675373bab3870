package jianbao.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jianbao.model.Page;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;

/**
 * One page file's bytes to its pages cut and its rejects, with extract's limits and reasons: the
 * unit a runner that gets file contents from elsewhere (jianbao-spark's executors) calls once per
 * file. What it cannot decide alone, it leaves to the caller: which of two pages with the same
 * content comes first in the run (see {@link #duplicate}), and files refused by size before their
 * bytes are read ({@link #tooLarge}).
 *
 * <p>Stateless: one instance serves many threads, as its reader and pipeline do.
 */
public final class PageFileCutter {

  /**
   * What became of one page, or of a file that gave no page, in file order. {@code page} is set
   * when a page was read (its path and sha256 take part in de-duplication); then either
   * {@code result} holds its records or {@code reject} says why the pipeline failed on it. A
   * refusal before any page was read has only {@code reject}.
   */
  public record Outcome(Page page, PagePipeline.Result result, Reject reject) {
    public boolean cut() {
      return result != null;
    }
  }

  private final PageReader reader;
  private final PagePipeline pipeline;

  public PageFileCutter(PageReader reader, PagePipeline pipeline) {
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /** Reads {@code bytes} as the file {@code path} (named as the run names it) and cuts its pages. */
  public List<Outcome> cut(String path, byte[] bytes) {
    if (bytes.length > BatchRun.MAX_FILE_BYTES) {
      return List.of(new Outcome(null, null, tooLarge(path, bytes.length)));
    }
    PageReader.Pages read;
    try {
      read = reader.readPages(path, fileName(path), bytes);
    } catch (RejectedPageException e) {
      return List.of(new Outcome(null, null, e.toReject()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A reader bug on one file must not stop the batch.
      return List.of(new Outcome(null, null, new Reject(path, PageReader.STAGE, "internal error: " + e)));
    }
    List<Outcome> out = new ArrayList<>();
    for (Reject r : read.rejects()) {
      out.add(new Outcome(null, null, r));
    }
    List<Page> pages = new ArrayList<>();
    for (Page page : read.pages()) {
      Reject tooLarge = tooLarge(page);
      if (tooLarge != null) {
        out.add(new Outcome(null, null, tooLarge));
      } else {
        pages.add(page);
      }
    }
    for (Page page : pages) {
      out.add(cut(page));
    }
    return out;
  }

  private Outcome cut(Page page) {
    try {
      return new Outcome(page, pipeline.process(page), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One page the pipeline cannot cut must not stop the batch (see BatchRun.cut).
      return new Outcome(page, null, new Reject(page.path(), BatchRun.EXTRACT_STAGE, "internal error: " + e));
    }
  }

  /** A file refused by its size alone, before its bytes are read. */
  public static Reject tooLarge(String path, long bytes) {
    return new Reject(path, BatchRun.LIMIT_STAGE, String.format(Locale.ROOT,
        "file too large: %,d bytes (limit %,d); a newspaper page is far smaller", bytes, BatchRun.MAX_FILE_BYTES));
  }

  /** A page refused for its length (not a newspaper page), or null when it is within the limit. */
  public static Reject tooLarge(Page page) {
    long chars = chars(page);
    if (chars <= BatchRun.MAX_PAGE_CHARS) {
      return null;
    }
    return new Reject(page.path(), BatchRun.LIMIT_STAGE, String.format(Locale.ROOT,
        "page too large: %,d characters of text (limit %,d; a newspaper page holds about 20,000)"
            + " — split the file into pages", chars, BatchRun.MAX_PAGE_CHARS));
  }

  /** The characters of a page's text, line breaks not counted. */
  static long chars(Page page) {
    long chars = 0;
    for (String line : page.lines()) {
      chars += line.length();
    }
    return chars;
  }

  /**
   * A page whose content repeats {@code firstPath}'s, the copy that comes first in input order:
   * record ids derive from the content, so the second copy is reported, not written again.
   */
  public static Reject duplicate(String path, String firstPath, String sha256) {
    return new Reject(path, BatchRun.DEDUPE_STAGE, "same content as " + firstPath + " (sha256 " + sha256 + ")");
  }

  /** The last part of a path or URI, which type and encoding detection look at (null for none). */
  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    return name.isEmpty() ? null : name;
  }
}
