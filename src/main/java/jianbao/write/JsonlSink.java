package jianbao.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/**
 * JSON Lines output: {@code articles.jsonl} (one {@link Article} per line), {@code pages.jsonl} (one
 * {@link PageRecord} per page read) and {@code rejects.jsonl} (one {@code {"path","stage","reason"}}
 * per refused input; present even when empty, so a run's accounting is always complete). All three
 * appear under their final names only when the sink is closed.
 */
public final class JsonlSink implements RecordSink {
  public static final String ARTICLES = "articles.jsonl";
  public static final String PAGES = "pages.jsonl";
  public static final String REJECTS = "rejects.jsonl";

  private final AtomicFile articles; // null when articles go to other formats only
  private final AtomicFile pages;
  private final AtomicFile rejects;
  private boolean closed;

  /** Writes all three files. */
  public JsonlSink(Path outDir) throws IOException {
    this(outDir, true);
  }

  /**
   * @param writeArticles false to write only the run's accounting (pages and rejects), when the
   *     articles are requested in other formats
   */
  public JsonlSink(Path outDir, boolean writeArticles) throws IOException {
    Files.createDirectories(outDir);
    List<AtomicFile> opened = new ArrayList<>();
    try {
      articles = writeArticles ? open(opened, outDir.resolve(ARTICLES)) : null;
      pages = open(opened, outDir.resolve(PAGES));
      rejects = open(opened, outDir.resolve(REJECTS));
    } catch (IOException | RuntimeException e) {
      for (AtomicFile file : opened) {
        try {
          file.abort();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  private static AtomicFile open(List<AtomicFile> opened, Path target) throws IOException {
    AtomicFile file = new AtomicFile(target);
    opened.add(file);
    return file;
  }

  @Override
  public void accept(PageRecord page, List<Article> records) throws IOException {
    checkOpen();
    if (articles != null) {
      for (Article article : records) {
        writeLine(articles, article);
      }
    }
    writeLine(pages, page);
  }

  @Override
  public void reject(String path, String stage, String reason) throws IOException {
    checkOpen();
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("path", path);
    line.put("stage", stage);
    line.put("reason", reason);
    writeLine(rejects, line);
  }

  // Serialised to a string first: a value Jackson cannot write fails before any byte of its line.
  private static void writeLine(AtomicFile file, Object value) throws IOException {
    String json = Json.mapper().writeValueAsString(value);
    file.writer().write(json + "\n");
  }

  /** Drops the temporary files without publishing anything (a run that never started). */
  @Override
  public void abort() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Closer closer = new Closer();
    if (articles != null) {
      closer.run(articles::abort);
    }
    closer.run(pages::abort);
    closer.run(rejects::abort);
    closer.rethrow();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("JSONL sink already closed");
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Closer closer = new Closer();
    if (articles != null) {
      closer.run(articles::commit);
    }
    closer.run(pages::commit);
    closer.run(rejects::commit);
    closer.rethrow();
  }
}
