package jianbao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;
import jianbao.read.InputRoots;
import jianbao.read.Reject;
import jianbao.store.ArticleStore;
import jianbao.store.StoreSink;
import jianbao.write.RecordSink;
import jianbao.write.Sinks;

/**
 * Where a run's records go: the file outputs, and with {@code --db} the database beside them, as
 * one {@link RecordSink}. Pages arrive in input order as they are cut; the rejects follow at the
 * end. Published on {@link #publish} only, once every page has gone in: a run that fails midway
 * leaves OUTDIR the previous run's files (the journal keeps the pages for --resume).
 */
final class RunOutputs implements AutoCloseable {
  private final RecordSink sink;
  private final StoreSink db;
  private boolean ended;

  private RunOutputs(RecordSink sink, StoreSink db) {
    this.sink = sink;
    this.db = db;
  }

  /**
   * Opens the database first, then the files: a database that cannot be opened fails the run
   * before any file is created, so a previous run's outputs stay in place.
   */
  static RunOutputs open(BatchRun.Settings settings) throws IOException {
    StoreSink db = settings.db() == null ? null
        : StoreSink.open(settings.db(), InputRoots.of(settings.inputs().stream().map(Path::toString).toList()));
    RecordSink files;
    try {
      files = Sinks.open(settings.out(), settings.formats(), true, settings.csvBom());
    } catch (IOException | RuntimeException e) {
      if (db != null) {
        try {
          db.abort(); // nothing buffered yet: only releases the connection
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    // Each call reaches the files first, then the database.
    return new RunOutputs(db == null ? files : Sinks.all(files, db), db);
  }

  void page(PageRecord page, List<Article> records) throws IOException {
    sink.accept(page, records);
  }

  /** Writes the rejects, then publishes everything; returns what the database received (null without one). */
  ArticleStore.Counts publish(List<Reject> rejects) throws IOException {
    for (Reject r : rejects) {
      sink.reject(r.path(), r.stage(), r.reason());
    }
    ended = true;
    sink.close(); // commits the last database batch too, so the counts are final
    return db == null ? null : db.counts();
  }

  /** Aborts when the run ends without {@link #publish}. */
  @Override
  public void close() throws IOException {
    if (!ended) {
      ended = true;
      sink.abort();
    }
  }
}
