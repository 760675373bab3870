package jianbao.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jianbao.model.Article;
import jianbao.model.DateParts;
import jianbao.model.Named;
import jianbao.model.PageRecord;
import jianbao.model.Person;
import jianbao.read.InputRoots;
import jianbao.write.Json;

/**
 * Writes records, pages and rejects into a database, in batches of {@value #BATCH} records per
 * transaction. Every write is an upsert on the record id (page sha256, reject path + stage): a
 * re-run replaces rows, never duplicates them, and an article's people, organisations and places
 * are replaced whole. Records are committed batch by batch, so an interrupted run keeps what it
 * committed and a re-run completes it. Not thread-safe: one writer per instance.
 */
public final class ArticleStore implements AutoCloseable {
  static final int BATCH = 500;

  // In the order addArticle and addPage bind them.
  private static final List<String> ARTICLE_COLUMNS = List.of(
      "id", "kind", "source_path", "source_relative_path", "source_sha256", "line_start", "line_end", "section",
      "kicker", "headline", "subheadline", "byline_text", "agency", "dateline_place", "dateline_date", "date",
      "date_year", "date_month", "date_day", "date_text", "body", "words", "record");
  private static final List<String> PAGE_COLUMNS = List.of(
      "sha256", "path", "relative_path", "encoding", "format", "line_count", "record_count", "section",
      "unassigned");

  private final Database db;
  private final InputRoots roots;
  private final Connection connection;
  private final PreparedStatement upsertArticle;
  private final PreparedStatement upsertPage;
  private final PreparedStatement upsertReject;
  private final List<PreparedStatement> deleteChildren = new ArrayList<>();
  private final PreparedStatement insertPerson;
  private final PreparedStatement insertOrganization;
  private final PreparedStatement insertPlace;
  private final PreparedStatement insertBylineName;

  // Keyed so that a key seen twice in one batch is written once (last wins): PostgreSQL refuses
  // an INSERT ... ON CONFLICT that touches the same row twice.
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, PageRecord> pages = new LinkedHashMap<>();
  private final Map<List<String>, String> rejects = new LinkedHashMap<>();

  private long articlesWritten;
  private long pagesWritten;
  private long rejectsWritten;
  private long writeNanos;
  private long segmentNanos;
  private boolean closed;

  private ArticleStore(Database db, InputRoots roots, Connection connection) throws SQLException {
    this.db = db;
    this.roots = roots;
    this.connection = connection;
    String json = db.dialect() == Database.Dialect.POSTGRESQL ? "CAST(? AS jsonb)" : "?";
    upsertArticle = connection.prepareStatement(upsert("articles", List.of("id"), ARTICLE_COLUMNS, "record", json));
    upsertPage = connection.prepareStatement(upsert("pages", List.of("sha256"), PAGE_COLUMNS, "unassigned", json));
    upsertReject = connection.prepareStatement(
        upsert("rejects", List.of("path", "stage"), List.of("path", "stage", "reason"), null, json));
    for (String table : new String[] {"people", "organizations", "places", "byline_names"}) {
      deleteChildren.add(connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?"));
    }
    insertPerson = connection.prepareStatement(
        "INSERT INTO people (article_id, ord, name, title, count) VALUES (?, ?, ?, ?, ?)");
    insertOrganization = connection.prepareStatement(
        "INSERT INTO organizations (article_id, ord, name, count) VALUES (?, ?, ?, ?)");
    insertPlace = connection.prepareStatement(
        "INSERT INTO places (article_id, ord, name, count) VALUES (?, ?, ?, ?)");
    insertBylineName = connection.prepareStatement(
        "INSERT INTO byline_names (article_id, role, ord, name) VALUES (?, ?, ?, ?)");
  }

  /** Connects, creates the tables if missing; no input paths known, so no relative paths. */
  public static ArticleStore open(Database db) throws StoreException {
    return open(db, InputRoots.NONE);
  }

  /** As {@link #open(Database)}, with the run's inputs to store each page's path relative to its input. */
  public static ArticleStore open(Database db, InputRoots roots) throws StoreException {
    Connection c = db.open();
    try {
      return new ArticleStore(db, roots, c);
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(db, "cannot prepare statements", e);
    }
  }

  /** INSERT ... ON CONFLICT (keys) DO UPDATE: the same text works in SQLite 3.24+ and PostgreSQL. */
  private static String upsert(String table, List<String> keys, List<String> columns, String jsonColumn, String jsonParam) {
    List<String> values = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    for (String column : columns) {
      values.add(column.equals(jsonColumn) ? jsonParam : "?");
      if (!keys.contains(column)) {
        updates.add(column + " = excluded." + column);
      }
    }
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
        + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + String.join(", ", updates);
  }

  public Database database() {
    return db;
  }

  /** One page and its records, as a {@link jianbao.write.RecordSink} gets them. */
  public void put(PageRecord page, List<Article> records) throws StoreException {
    for (Article a : records) {
      articles.put(a.id(), a);
    }
    pages.put(page.sha256(), page);
    flushIfFull();
  }

  public void putArticle(Article a) throws StoreException {
    articles.put(a.id(), a);
    flushIfFull();
  }

  public void putPage(PageRecord page) throws StoreException {
    pages.put(page.sha256(), page);
    flushIfFull();
  }

  public void putReject(String path, String stage, String reason) throws StoreException {
    rejects.put(List.of(path, stage), reason);
    flushIfFull();
  }

  private void flushIfFull() throws StoreException {
    checkOpen();
    if (articles.size() + pages.size() + rejects.size() >= BATCH) {
      flush();
    }
  }

  /** Writes and commits everything buffered, in one transaction. */
  public void flush() throws StoreException {
    checkOpen();
    if (articles.isEmpty() && pages.isEmpty() && rejects.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    // Segmentation is the costly part of a load; records are independent, so it uses every
    // core while the database write below stays on this thread.
    List<Article> batch = new ArrayList<>(articles.values());
    String[] bodies = new String[batch.size()];
    String[] words = new String[batch.size()];
    IntStream.range(0, batch.size()).parallel().forEach(i -> {
      bodies[i] = SearchText.body(batch.get(i));
      words[i] = SearchText.words(bodies[i]);
    });
    long segmented = System.nanoTime();
    try {
      for (int i = 0; i < batch.size(); i++) {
        addArticle(batch.get(i), bodies[i], words[i]);
      }
      upsertArticle.executeBatch();
      for (PreparedStatement delete : deleteChildren) {
        delete.executeBatch();
      }
      insertPerson.executeBatch();
      insertOrganization.executeBatch();
      insertPlace.executeBatch();
      insertBylineName.executeBatch();
      for (PageRecord p : pages.values()) {
        addPage(p);
      }
      upsertPage.executeBatch();
      for (Map.Entry<List<String>, String> r : rejects.entrySet()) {
        upsertReject.setString(1, r.getKey().get(0));
        upsertReject.setString(2, r.getKey().get(1));
        upsertReject.setString(3, r.getValue());
        upsertReject.addBatch();
      }
      upsertReject.executeBatch();
      connection.commit();
    } catch (SQLException | JsonProcessingException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      SQLException next = e instanceof SQLException s ? s.getNextException() : null;
      if (next != null && next != e) {
        e.addSuppressed(next); // PostgreSQL puts the row's real error here
      }
      throw new StoreException(db, "cannot write " + batch.size() + " records"
          + (batch.isEmpty() ? "" : " (first " + batch.get(0).id() + ")")
          + (next != null ? ": " + next.getMessage() : ""), e);
    }
    articlesWritten += batch.size();
    pagesWritten += pages.size();
    rejectsWritten += rejects.size();
    articles.clear();
    pages.clear();
    rejects.clear();
    segmentNanos += segmented - start;
    writeNanos += System.nanoTime() - start;
  }

  private void addArticle(Article a, String body, String words) throws SQLException, JsonProcessingException {
    PreparedStatement s = upsertArticle;
    int i = 1;
    s.setString(i++, a.id());
    s.setString(i++, a.kind());
    s.setString(i++, a.source().path());
    s.setString(i++, roots.relative(a.source().path()));
    s.setString(i++, a.source().sha256());
    s.setInt(i++, a.source().lineStart());
    s.setInt(i++, a.source().lineEnd());
    s.setString(i++, a.section());
    s.setString(i++, a.kicker());
    s.setString(i++, a.headline());
    s.setString(i++, a.subheadline());
    s.setString(i++, a.byline() == null ? null : a.byline().text());
    s.setString(i++, a.byline() == null ? null : a.byline().agency());
    s.setString(i++, a.byline() == null ? null : a.byline().place());
    s.setString(i++, a.byline() == null ? null : a.byline().datelineDate());
    s.setString(i++, a.date());
    DateParts date = DateParts.of(a.date());
    setInteger(s, i++, date == null ? null : date.year());
    setInteger(s, i++, date == null ? null : date.month());
    setInteger(s, i++, date == null ? null : date.day());
    s.setString(i++, a.dateText());
    s.setString(i++, body);
    s.setString(i++, words);
    s.setString(i, Json.mapper().writeValueAsString(a));
    s.addBatch();

    for (PreparedStatement delete : deleteChildren) {
      delete.setString(1, a.id());
      delete.addBatch();
    }
    int ord = 0;
    for (Person p : a.people()) {
      insertPerson.setString(1, a.id());
      insertPerson.setInt(2, ord++);
      insertPerson.setString(3, p.name());
      insertPerson.setString(4, p.title());
      insertPerson.setInt(5, p.count());
      insertPerson.addBatch();
    }
    addNamed(insertOrganization, a.id(), a.organizations());
    addNamed(insertPlace, a.id(), a.places());
    if (a.byline() != null) {
      addBylineNames(a.id(), "reporter", a.byline().reporters());
      addBylineNames(a.id(), "correspondent", a.byline().correspondents());
      addBylineNames(a.id(), "photographer", a.byline().photographers());
    }
  }

  private void addBylineNames(String id, String role, List<String> names) throws SQLException {
    int ord = 0;
    for (String name : names) {
      insertBylineName.setString(1, id);
      insertBylineName.setString(2, role);
      insertBylineName.setInt(3, ord++);
      insertBylineName.setString(4, name);
      insertBylineName.addBatch();
    }
  }

  private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static void addNamed(PreparedStatement s, String id, List<Named> names) throws SQLException {
    int ord = 0;
    for (Named n : names) {
      s.setString(1, id);
      s.setInt(2, ord++);
      s.setString(3, n.name());
      s.setInt(4, n.count());
      s.addBatch();
    }
  }

  private void addPage(PageRecord p) throws SQLException, JsonProcessingException {
    int i = 1;
    upsertPage.setString(i++, p.sha256());
    upsertPage.setString(i++, p.path());
    upsertPage.setString(i++, roots.relative(p.path()));
    upsertPage.setString(i++, p.encoding());
    upsertPage.setString(i++, p.format());
    upsertPage.setInt(i++, p.lineCount());
    upsertPage.setInt(i++, p.recordCount());
    upsertPage.setString(i++, p.section());
    upsertPage.setString(i, Json.mapper().writeValueAsString(p.unassigned()));
    upsertPage.addBatch();
  }

  /**
   * Rows committed so far; {@code seconds} spent on them in all, {@code segmentSeconds} of it
   * segmenting text for the word index (the rest is the database's).
   */
  public record Counts(long articles, long pages, long rejects, double seconds, double segmentSeconds) {
    public double articlesPerSecond() {
      return articles / Math.max(seconds, 1e-9);
    }
  }

  public Counts counts() {
    return new Counts(articlesWritten, pagesWritten, rejectsWritten, writeNanos / 1e9, segmentNanos / 1e9);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(db + ": store already closed");
    }
  }

  /** Flushes what is buffered, then closes the connection (also when the flush fails). */
  @Override
  public void close() throws StoreException {
    if (closed) {
      return;
    }
    StoreException failure = null;
    try {
      flush();
    } catch (StoreException e) {
      failure = e;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      if (failure == null) {
        failure = new StoreException(db, "cannot close", e);
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
