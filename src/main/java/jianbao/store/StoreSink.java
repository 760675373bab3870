package jianbao.store;

import java.io.IOException;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;
import jianbao.read.InputRoots;
import jianbao.write.RecordSink;

/**
 * Sends a run's pages, records and rejects to a database as well as to the file outputs ({@code
 * extract --db URL}). Every call goes to the files first, then to the database. Unlike the files,
 * the database is written batch by batch as the run goes; a re-run upserts, so nothing is
 * duplicated. Calls must come from one thread, as for every sink.
 */
public final class StoreSink implements RecordSink {
  private final RecordSink files;
  private final ArticleStore store;

  private StoreSink(RecordSink files, ArticleStore store) {
    this.files = files;
    this.store = store;
  }

  /** Opens the file outputs; called only once the database is open. */
  @FunctionalInterface
  public interface FileOutputs {
    RecordSink open() throws IOException;
  }

  /**
   * Opens the database first, then the files: a database that cannot be opened fails the run
   * before any file is created, so a previous run's outputs stay in place. Use as {@code
   * StoreSink.open(dbUrl, () -> Sinks.open(out, formats))}.
   *
   * @param url a {@code --db} URL (see {@link Database#parse})
   * @throws IllegalArgumentException for a URL that names no supported database
   * @throws StoreException naming the database when it cannot be opened
   */
  public static StoreSink open(String url, FileOutputs files) throws IOException {
    return open(url, InputRoots.NONE, files);
  }

  /** As {@link #open(String, FileOutputs)}, with the run's inputs for the pages' relative paths. */
  public static StoreSink open(String url, InputRoots roots, FileOutputs files) throws IOException {
    ArticleStore store = ArticleStore.open(Database.parse(url), roots);
    try {
      return new StoreSink(files.open(), store);
    } catch (IOException | RuntimeException e) {
      try {
        store.close(); // nothing buffered yet: only releases the connection
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  @Override
  public void accept(PageRecord page, List<Article> records) throws IOException {
    files.accept(page, records);
    store.put(page, records);
  }

  @Override
  public void reject(String path, String stage, String reason) throws IOException {
    files.reject(path, stage, reason);
    store.putReject(path, stage, reason);
  }

  /** What the database received: for the run summary. */
  public ArticleStore.Counts counts() {
    return store.counts();
  }

  /** Publishes the files, then commits the last batch; both are attempted whatever fails. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    try {
      files.close();
    } catch (IOException e) {
      failure = e;
    }
    try {
      store.close();
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
