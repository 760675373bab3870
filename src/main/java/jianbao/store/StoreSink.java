package jianbao.store;

import java.io.IOException;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;
import jianbao.read.InputRoots;
import jianbao.write.RecordSink;

/**
 * Sends a run's pages, records and rejects to a database ({@code extract --db URL}), beside the
 * file outputs ({@code Sinks.all(files, StoreSink.open(url))}). Unlike the files, the database is
 * written batch by batch as the run goes; a re-run upserts, so nothing is duplicated. Calls must
 * come from one thread, as for every sink.
 */
public final class StoreSink implements RecordSink {
  private final ArticleStore store;
  private boolean closed;

  private StoreSink(ArticleStore store) {
    this.store = store;
  }

  /**
   * @param url a {@code --db} URL (see {@link Database#parse})
   * @throws IllegalArgumentException for a URL that names no supported database
   * @throws StoreException naming the database when it cannot be opened
   */
  public static StoreSink open(String url) throws IOException {
    return open(url, InputRoots.NONE);
  }

  /** As {@link #open(String)}, with the run's inputs for the pages' relative paths. */
  public static StoreSink open(String url, InputRoots roots) throws IOException {
    return new StoreSink(ArticleStore.open(Database.parse(url), roots));
  }

  @Override
  public void accept(PageRecord page, List<Article> records) throws IOException {
    store.put(page, records);
  }

  @Override
  public void reject(String path, String stage, String reason) throws IOException {
    store.putReject(path, stage, reason);
  }

  /** What the database received: for the run summary; final once closed. */
  public ArticleStore.Counts counts() {
    return store.counts();
  }

  /** Commits the last batch. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      store.close();
    }
  }

  /**
   * Also commits the last batch: what the database took is whole pages, which a re-run upserts,
   * and the store has no way to take back the batches committed before.
   */
  @Override
  public void abort() throws IOException {
    close();
  }
}
