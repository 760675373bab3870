package jianbao.write;

import java.io.IOException;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/**
 * Where a run's results go. Call {@link #accept} once per page read, {@link #reject} once per input
 * refused by some stage, and {@link #close} once at the end: outputs appear under their final names
 * only then.
 */
public interface RecordSink extends AutoCloseable {
  void accept(PageRecord page, List<Article> records) throws IOException;

  void reject(String path, String stage, String reason) throws IOException;

  @Override
  void close() throws IOException;
}
