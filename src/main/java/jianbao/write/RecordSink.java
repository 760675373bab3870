package jianbao.write;

import java.io.IOException;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/**
 * Where a run's results go. Call {@link #accept} once per page read, {@link #reject} once per input
 * refused by some stage, then {@link #close} once when the run succeeded (outputs appear under their
 * final names only then) or {@link #abort} once when it failed. Calls come from one thread.
 */
public interface RecordSink extends AutoCloseable {
  void accept(PageRecord page, List<Article> records) throws IOException;

  void reject(String path, String stage, String reason) throws IOException;

  /** Publishes what went in: files renamed into place, the last database batch committed. */
  @Override
  void close() throws IOException;

  /**
   * Ends a failed run: nothing more is published, so a previous run's files stay in place (a
   * database keeps the batches it already took: a re-run upserts them). Releases what the sink holds.
   */
  default void abort() throws IOException {}
}
