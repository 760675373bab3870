package jianbao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jianbao.model.Page;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import jianbao.write.ProgressJournal;

/**
 * The workers' part of a run: reads one input file and cuts each of its pages that the run will
 * keep, with extract's limits. Pages already in the journal, or whose content an earlier file
 * holds, are only named, not cut. Thread-safe, as its reader and pipeline are.
 */
final class PageCutter {

  /**
   * One page as a worker left it. {@code key} null: a page the reader refused ({@code reject}).
   * Otherwise {@code skipped} (journaled or a duplicate, decided by the run), or {@code reject}
   * when the pipeline failed on it, or its records with their journal line.
   */
  record Cut(ProgressJournal.Key key, PagePipeline.Result result, byte[] journalLine, long chars, Reject reject,
      boolean skipped) {}

  /** One input file as a worker left it: the file's own rejects, then its pages in page order. */
  record FileCuts(List<Reject> rejects, List<Cut> cuts) {
    static FileCuts crashed(Path file, Throwable cause) {
      return new FileCuts(List.of(new Reject(file.toString(), BatchRun.EXTRACT_STAGE, "internal error: " + cause)),
          List.of());
    }
  }

  private final BatchRun.PageSource source;
  private final PagePipeline pipeline;
  private final Duplicates duplicates;
  private final Set<ProgressJournal.Key> journaled;

  /** {@code journaled}: the pages a resumed journal already holds, as a copy the workers may read. */
  PageCutter(BatchRun.PageSource source, PagePipeline pipeline, Duplicates duplicates,
      Set<ProgressJournal.Key> journaled) {
    this.source = source;
    this.pipeline = pipeline;
    this.duplicates = duplicates;
    this.journaled = journaled;
  }

  FileCuts cut(int index, Path file) {
    List<Reject> fileRejects = new ArrayList<>();
    PageReader.Pages read = read(file, fileRejects);
    if (read == null) {
      return new FileCuts(fileRejects, List.of());
    }
    List<Cut> cuts = new ArrayList<>();
    for (Reject r : read.rejects()) {
      cuts.add(new Cut(null, null, null, 0, r, false));
    }
    for (Page page : read.pages()) {
      ProgressJournal.Key key = new ProgressJournal.Key(page.sha256(), page.path());
      if (!duplicates.worthCutting(page.sha256(), index) || journaled.contains(key)) {
        cuts.add(new Cut(key, null, null, 0, null, true));
      } else {
        cuts.add(cut(key, page));
      }
    }
    return new FileCuts(fileRejects, cuts);
  }

  /** The file's pages (those over the length limit among its rejects), or null when it is refused as a whole. */
  private PageReader.Pages read(Path file, List<Reject> rejects) {
    try {
      long bytes = Files.size(file);
      if (bytes > BatchRun.MAX_FILE_BYTES) {
        rejects.add(PageFileCutter.tooLarge(file.toString(), bytes));
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
      Reject tooLarge = PageFileCutter.tooLarge(page);
      if (tooLarge != null) {
        pageRejects.add(tooLarge);
      } else {
        pages.add(page);
      }
    }
    return new PageReader.Pages(pages, pageRejects);
  }

  private Cut cut(ProgressJournal.Key key, Page page) {
    try {
      PagePipeline.Result result = pipeline.process(page);
      // Rendered here, on the worker: a page that cannot be serialised is that page's reject.
      byte[] line = ProgressJournal.render(result.page(), result.articles());
      return new Cut(key, result, line, PageFileCutter.chars(page), null, false);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One page the pipeline cannot cut must not stop the batch. Errors are caught too: a page
      // that sends a stage into deep recursion is that page's problem; its memory is freed here.
      return new Cut(key, null, null, 0, new Reject(page.path(), BatchRun.EXTRACT_STAGE, "internal error: " + e),
          false);
    }
  }
}
