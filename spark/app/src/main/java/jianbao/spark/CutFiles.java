package jianbao.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import jianbao.batch.PageFileCutter;
import jianbao.entity.EntityEngine;
import jianbao.model.Article;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.PdfOrder;
import jianbao.segment.HeadlinePosition;
import jianbao.write.Json;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executor side: each listed file's bytes through {@link PageFileCutter} — extract's reader and
 * pipeline — into rows holding the very JSON lines extract writes.
 *
 * <p>A row is a page's pages.jsonl line, one of its records, or a reject, with what the driver needs
 * to drop repeated pages afterwards: the page's path and sha256 and the file's place in input order.
 */
final class CutFiles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** One per file read: files that give none were listed but not read (see ExtractJob). */
  static final String FILE = "file";
  static final String PAGE = "page";
  static final String ARTICLE = "article";
  static final String REJECT = "reject";

  /**
   * {@code file}: the file as Spark listed it (to find files that gave no row); {@code page} and
   * {@code sha256}: the page a row belongs to, null for a reject of a file or page never read;
   * {@code order}: the file's place in input order ({@link InputRoots#order}); {@code line}: the
   * JSON line.
   */
  static final StructType SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("order", DataTypes.BinaryType, false)
      .add("page", DataTypes.StringType, true)
      .add("sha256", DataTypes.StringType, true)
      .add("line", DataTypes.StringType, false);

  /** What changes a page's records: extract's options of the same names. */
  record Settings(LocalDate issueDate, HeadlinePosition headlinePosition, boolean entities, PdfOrder pdfOrder)
      implements java.io.Serializable {}

  private final InputRoots roots;
  private final Settings settings;

  CutFiles(InputRoots roots, Settings settings) {
    this.roots = roots;
    this.settings = settings;
  }

  /** Input rows: {@code path} (the listed URI) and {@code content}, as binaryFile gives them. */
  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    PageFileCutter cutter = cutter(settings);
    return new Iterator<>() {
      // One file's rows at a time: a partition's records are never all in memory.
      private final ArrayDeque<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && files.hasNext()) {
          Row file = files.next();
          cut(cutter, file.getString(0), (byte[]) file.get(1), pending);
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  private void cut(PageFileCutter cutter, String listed, byte[] bytes, ArrayDeque<Row> out) {
    InputRoots.Located file = roots.locate(listed);
    out.add(RowFactory.create(listed, FILE, file.order(), null, null, ""));
    for (PageFileCutter.Outcome o : cutter.cut(file.path(), bytes)) {
      String page = o.page() == null ? null : o.page().path();
      String sha256 = o.page() == null ? null : o.page().sha256();
      if (o.reject() != null) {
        out.add(RowFactory.create(listed, REJECT, file.order(), page, sha256, json(o.reject())));
        continue;
      }
      out.add(RowFactory.create(listed, PAGE, file.order(), page, sha256, json(o.result().page())));
      for (Article a : o.result().articles()) {
        out.add(RowFactory.create(listed, ARTICLE, file.order(), page, sha256, json(a)));
      }
    }
  }

  /** A line as extract's JSON Lines outputs write it (same mapper, same settings). */
  static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  // One cutter per executor JVM and settings: HanLP's dictionaries load once per JVM, not per task.
  private static final Map<Settings, PageFileCutter> CUTTERS = new ConcurrentHashMap<>();
  private static boolean hanlpLoaded;

  private static PageFileCutter cutter(Settings s) {
    if (s.entities()) {
      loadHanlp();
    }
    return CUTTERS.computeIfAbsent(s, k -> new PageFileCutter(new PageReader(new PageReader.Options(k.pdfOrder())),
        new PagePipeline(new PagePipeline.Options(k.issueDate(), k.headlinePosition(), k.entities()))));
  }

  /**
   * HanLP's dictionaries (and the natures they declare) load before any page is cut, one task at a
   * time: tasks running side by side in this JVM then only read shared state, as extract's workers do.
   */
  private static synchronized void loadHanlp() {
    if (!hanlpLoaded) {
      EntityEngine.shared().analyze("本报讯");
      hanlpLoaded = true;
    }
  }
}
