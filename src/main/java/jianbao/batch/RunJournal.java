package jianbao.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jianbao.pipeline.PagePipeline;
import jianbao.write.Json;
import jianbao.write.ProgressJournal;

/**
 * A run's use of the {@link ProgressJournal}, kept for {@code --resume} only: every page cut goes
 * in as it is finished, a resumed run takes the pages it already holds back out, and at the end the
 * journal is cut down to this run's pages. The outputs are written from the records in memory.
 */
final class RunJournal implements AutoCloseable {
  private final ProgressJournal journal;
  private final ObjectNode settings;
  /** This run's pages in input order: what the journal keeps at the end. */
  private final List<ProgressJournal.Key> pages = new ArrayList<>();

  private RunJournal(ProgressJournal journal, ObjectNode settings) {
    this.journal = journal;
    this.settings = settings;
  }

  /** @throws BatchRun.Failure (usage) when resuming a journal written with other settings */
  static RunJournal open(BatchRun.Settings run) throws IOException, BatchRun.Failure {
    ObjectNode settings = settings(run);
    try {
      ProgressJournal journal = run.resume()
          ? ProgressJournal.resume(run.out(), settings)
          : ProgressJournal.create(run.out(), settings);
      return new RunJournal(journal, settings);
    } catch (ProgressJournal.SettingsMismatch e) {
      throw new BatchRun.Failure(e.getMessage(), true, e);
    }
  }

  /** The settings that shape records: records of another version or settings are never mixed in. */
  static ObjectNode settings(BatchRun.Settings run) {
    ObjectNode s = Json.mapper().createObjectNode();
    PagePipeline.Options p = run.pipeline();
    s.put("version", run.version());
    s.put("issue_date", p.issueDate() == null ? null : p.issueDate().toString());
    s.put("headline_position", p.headlinePosition().name().toLowerCase(Locale.ROOT));
    s.put("entities", p.entities());
    s.put("layout_weights", p.layoutWeights().fingerprint());
    s.put("pdf_order", run.reader().pdfOrder().name().toLowerCase(Locale.ROOT));
    return s;
  }

  /** The pages an earlier run finished, as a copy the workers may read. */
  Set<ProgressJournal.Key> finished() {
    return journal.keys();
  }

  /** The page as an earlier run left it, or null when it is not in the journal. */
  ProgressJournal.Entry resumed(ProgressJournal.Key key) throws IOException {
    if (!journal.contains(key)) {
      return null;
    }
    pages.add(key);
    return journal.get(key);
  }

  /** A page cut in this run, in its rendered journal line. */
  void add(ProgressJournal.Key key, byte[] line) throws IOException {
    journal.add(key, line);
    pages.add(key);
  }

  /** Pages in the outputs, resumed or cut. */
  int pages() {
    return pages.size();
  }

  /** The run succeeded: the journal keeps only its pages (not those of inputs since removed), then closes. */
  void compact() throws IOException {
    journal.compact(pages, settings);
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }
}
