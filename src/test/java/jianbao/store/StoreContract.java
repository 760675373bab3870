package jianbao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jianbao.cli.Main;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.Named;
import jianbao.model.PageRecord;
import jianbao.model.Person;
import jianbao.model.Source;
import jianbao.model.Spans;
import jianbao.write.Json;
import jianbao.write.JsonlSink;
import jianbao.write.RecordSink;
import jianbao.write.Sinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every dialect must do, on the real sample page (extract's own output) plus a few made-up
 * records with full dates and known words. Subclasses give a fresh empty database per test.
 */
abstract class StoreContract {
  static Path sampleOut;
  static List<String> sampleLines;

  Database db;

  abstract Database freshDatabase() throws Exception;

  @BeforeAll
  static void extractSample() throws IOException {
    if (sampleOut != null) {
      return;
    }
    Path out = Files.createTempDirectory("jianbao-store-sample");
    assertEquals(Main.OK, Main.run("extract", "samples", "-o", out.toString(), "-q"));
    sampleOut = out;
    sampleLines = Files.readAllLines(out.resolve(JsonlSink.ARTICLES));
    assertEquals(13, sampleLines.size());
  }

  @BeforeEach
  void openDatabase() throws Exception {
    db = freshDatabase();
  }

  // ---- made-up records: full dates, 北京 inside 北京市 and inside 东北京剧团 ----

  static final String SHA = "ab".repeat(32);

  static Article made(String n, String date, String headline, String paragraph, List<Person> people,
      List<Named> orgs, List<Named> places) {
    return new Article("abababababab-" + n, Article.ARTICLE, new Source("made/page.txt", SHA, 1, 2), "要闻", null,
        headline, null, Byline.NONE, date, date, List.of(paragraph), people, orgs, places, List.of(),
        new Spans(null, null, null, null, List.of()));
  }

  static List<Article> madeRecords() {
    return List.of(
        made("01", "2021-03-01", "北京市召开春耕会议", "北京市农业农村局部署春耕。", List.of(new Person("张三丰", "局长", 1)),
            List.of(new Named("北京市农业农村局", 1)), List.of(new Named("北京市", 2))),
        made("02", "2021-06-15", "京剧进校园", "他在东北京剧团演出。", List.of(new Person("李四", null, 1)),
            List.of(new Named("东北京剧团", 1)), List.of(new Named("东北", 1))),
        made("03", "2022-01-10", "郑州迎新春", "郑州市举办灯会。", List.of(), List.of(), List.of(new Named("郑州市", 1))));
  }

  static PageRecord madePage(int records) {
    return new PageRecord("made/page.txt", SHA, "UTF-8", "text/plain", 2, records, "要闻", "before", 0.0, List.of());
  }

  // ---- load ----

  @Test
  void loadsTheSampleFolderWithEveryRecordAndItsJson() throws Exception {
    load(sampleOut);
    assertEquals(13, count("SELECT count(*) FROM articles"));
    assertEquals(1, count("SELECT count(*) FROM pages"));
    assertEquals(0, count("SELECT count(*) FROM rejects"));
    long people = 0;
    long orgs = 0;
    for (String line : sampleLines) {
      JsonNode r = Json.mapper().readTree(line);
      people += r.get("people").size();
      orgs += r.get("organizations").size();
      // The stored record is the line itself, key for key.
      String stored = string("SELECT record FROM articles WHERE id = '" + r.get("id").asText() + "'");
      assertEquals(r, Json.mapper().readTree(stored), r.get("id").asText());
    }
    assertEquals(people, count("SELECT count(*) FROM people"));
    assertEquals(orgs, count("SELECT count(*) FROM organizations"));
    assertEquals("吕沛", string("SELECT name FROM people WHERE article_id = 'd8154703fed8-01' AND ord = 0"));
    assertEquals("示范区（高新区）党工委书记、管委会主任",
        string("SELECT title FROM people WHERE article_id = 'd8154703fed8-01' AND ord = 0"));
    assertEquals("一周动态", string("SELECT section FROM pages"));
  }

  @Test
  void reloadingDuplicatesNothingAndReplacesChildRows() throws Exception {
    load(sampleOut);
    load(sampleOut);
    assertEquals(13, count("SELECT count(*) FROM articles"));
    assertEquals(1, count("SELECT count(*) FROM pages"));
    long people = count("SELECT count(*) FROM people");

    write(madeRecords());
    write(madeRecords());
    assertEquals(16, count("SELECT count(*) FROM articles"));
    assertEquals(people + 2, count("SELECT count(*) FROM people"));

    // A corrected re-run: record 01 changes headline and loses its person.
    Article old = madeRecords().get(0);
    Article changed = made("01", old.date(), "上海市召开夏收会议", "上海市部署夏收。", List.of(), old.organizations(), old.places());
    write(List.of(changed));
    assertEquals(16, count("SELECT count(*) FROM articles"));
    assertEquals(people + 1, count("SELECT count(*) FROM people"));
    assertEquals("上海市召开夏收会议", string("SELECT headline FROM articles WHERE id = 'abababababab-01'"));
    // The full-text indexes follow the update: the new text is found, the old is gone.
    assertEquals(List.of("abababababab-01"), ids(search("夏收会议")));
    assertEquals(List.of(), ids(search("春耕会议")));
    assertEquals(List.of(), ids(search("春耕")));
  }

  @Test
  void bylineNamesDatePartsAndRelativePathsHaveTheirColumns() throws Exception {
    load(sampleOut);
    // The sample's first record: 本报讯（记者郭树勋）, dated 5月17日 with no year known.
    String first = "d8154703fed8-01";
    assertEquals(List.of("reporter 0 郭树勋"), rows("SELECT role, ord, name FROM byline_names WHERE article_id = '"
        + first + "' ORDER BY role, ord"));
    long names = 0;
    for (String line : sampleLines) {
      JsonNode byline = Json.mapper().readTree(line).get("byline");
      names += byline.get("reporters").size() + byline.get("correspondents").size() + byline.get("photographers").size();
    }
    assertEquals(names, count("SELECT count(*) FROM byline_names"));
    assertEquals(List.of("--05-17 null 5 17"),
        rows("SELECT date, date_year, date_month, date_day FROM articles WHERE id = '" + first + "'"));
    // The path as extract was given it, and below its input folder (run.json names samples).
    assertEquals(List.of("samples/000_e1de8d0c08a602d2.txt 000_e1de8d0c08a602d2.txt"),
        rows("SELECT source_path, source_relative_path FROM articles WHERE id = '" + first + "'"));
    assertEquals(List.of("samples/000_e1de8d0c08a602d2.txt 000_e1de8d0c08a602d2.txt"),
        rows("SELECT path, relative_path FROM pages"));

    Article made = madeRecords().get(0);
    Article credited = new Article(made.id(), made.kind(), made.source(), made.section(), null, made.headline(), null,
        new Byline("本报记者 甲乙 乙丙 通讯员 丙丁 甲乙 摄", List.of("甲乙", "乙丙"), List.of("丙丁"), List.of("甲乙"), "本报",
            null, null), made.date(), made.dateText(), made.paragraphs(), made.people(), made.organizations(),
        made.places(), List.of(), made.spans());
    write(List.of(credited));
    write(List.of(credited));
    String sql = "SELECT role, ord, name FROM byline_names WHERE article_id = '" + made.id() + "' ORDER BY role, ord";
    assertEquals(List.of("correspondent 0 丙丁", "photographer 0 甲乙", "reporter 0 甲乙", "reporter 1 乙丙"), rows(sql));
    // A full date: year, month and day all known.
    assertEquals(List.of("2021-03-01 2021 3 1"),
        rows("SELECT date, date_year, date_month, date_day FROM articles WHERE id = '" + made.id() + "'"));
    // Records written without an output folder's run.json: no input is known, no relative path.
    assertEquals(List.of("made/page.txt null"),
        rows("SELECT source_path, source_relative_path FROM articles WHERE id = '" + made.id() + "'"));
    write(List.of(made));
    assertEquals(List.of(), rows(sql), "a corrected record's byline rows are replaced whole");
  }

  @Test
  void aDatabaseOfAnEarlierVersionGainsTheNewColumns() throws Exception {
    try (ArticleStore store = ArticleStore.open(db)) {
      // tables created
    }
    try (Connection c = db.open(); Statement s = c.createStatement()) {
      for (String column : List.of("source_relative_path", "date_year", "date_month", "date_day")) {
        s.execute("ALTER TABLE articles DROP COLUMN " + column);
      }
      s.execute("ALTER TABLE pages DROP COLUMN relative_path");
      s.execute("DROP TABLE byline_names");
      c.commit();
    }
    load(sampleOut);
    assertEquals(List.of("5 000_e1de8d0c08a602d2.txt"),
        rows("SELECT date_month, source_relative_path FROM articles WHERE id = 'd8154703fed8-01'"));
    assertEquals(1, count("SELECT count(*) FROM byline_names WHERE article_id = 'd8154703fed8-01'"));
  }

  @Test
  void rejectsAreUpsertedByPathAndStage() throws Exception {
    try (ArticleStore store = ArticleStore.open(db)) {
      store.putReject("a.txt", "read", "unreadable");
      store.putReject("a.txt", "read", "unreadable again");
      store.putReject("a.txt", "dedupe", "same as b.txt");
    }
    assertEquals(2, count("SELECT count(*) FROM rejects"));
    assertEquals("unreadable again", string("SELECT reason FROM rejects WHERE stage = 'read'"));
  }

  @Test
  void storeSinkWritesWhatExtractWouldAndPassesEverythingToTheFiles() throws Exception {
    List<String> calls = new ArrayList<>();
    RecordSink files = new RecordSink() {
      @Override
      public void accept(PageRecord page, List<Article> records) {
        calls.add("accept " + records.size());
      }

      @Override
      public void reject(String path, String stage, String reason) {
        calls.add("reject " + stage);
      }

      @Override
      public void close() {
        calls.add("close");
      }
    };
    try (RecordSink sink = Sinks.all(files, StoreSink.open(db.jdbcUrl()))) {
      sink.accept(madePage(3), madeRecords());
      sink.reject("bad.pdf", "read", "encrypted");
    }
    assertEquals(List.of("accept 3", "reject read", "close"), calls);
    assertEquals(3, count("SELECT count(*) FROM articles"));
    assertEquals(1, count("SELECT count(*) FROM pages"));
    assertEquals(1, count("SELECT count(*) FROM rejects"));
  }

  // ---- search ----

  @Test
  void threeCharacterTextIsFoundAnywhere() throws Exception {
    loadAll();
    Set<String> expected = new TreeSet<>();
    for (String line : sampleLines) {
      Article a = Json.mapper().readValue(line, Article.class);
      if (SearchText.body(a).contains("示范区")) {
        expected.add(a.id());
      }
    }
    assertTrue(expected.size() > 3, "the sample mentions 示范区 in many records");
    Search.Result r = search("示范区");
    assertEquals(expected, new TreeSet<>(ids(r)));
    assertEquals(expected.size(), r.total());
    assertTrue(r.hits().get(0).snippet().contains("[示范区]"), r.hits().get(0).snippet());
    // A phrase across a segmentation boundary, from inside a paragraph.
    assertEquals(List.of("d8154703fed8-01"), ids(search("效率高、效果好")));
  }

  @Test
  void twoCharacterWordsAreFoundByTheSegmentedIndex() throws Exception {
    loadAll();
    // 北京 is a word inside 北京市 (HanLP index mode), not in 东北京剧团 (东北 / 京剧团).
    assertEquals(List.of("abababababab-01"), ids(search("北京")));
    assertTrue(ids(search("上海")).contains("d8154703fed8-03"));
    // Two short terms: both must match.
    assertEquals(List.of("abababababab-02"), ids(search("京剧 演出")));
  }

  @Test
  void filtersByPersonOrganisationPlaceAndDate() throws Exception {
    loadAll();
    assertEquals(List.of("abababababab-01"), ids(search(null, "张三丰", null, null, null, null)));
    Set<String> lvPei = new TreeSet<>(ids(search(null, "吕沛", null, null, null, null)));
    assertTrue(lvPei.containsAll(List.of("d8154703fed8-01", "d8154703fed8-03")), lvPei.toString());
    assertEquals(List.of("abababababab-02"), ids(search(null, null, "京剧团", null, null, null)));
    assertEquals(List.of("abababababab-03"), ids(search(null, null, null, "郑州", null, null)));
    // Sorted by date; the sample's yearless dates (--05-17) never fall in a range.
    assertEquals(List.of("abababababab-01", "abababababab-02"),
        ids(search(null, null, null, null, "2021-01-01", "2021-12-31")));
    assertEquals(List.of("abababababab-03"), ids(search(null, null, null, null, "2021-07-01", null)));
    assertEquals(List.of("abababababab-01"), ids(search(null, null, null, null, null, "2021-03-01")));
    // Text and filters combine.
    assertEquals(List.of("abababababab-01"), ids(search("北京", null, null, "北京市", "2021-01-01", null)));
    assertEquals(List.of(), ids(search("北京", "李四", null, null, null, null)));
  }

  @Test
  void badQueriesAreUsageErrors() throws Exception {
    loadAll();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> search(null, null, null, null, "2021-13-01", null));
    assertTrue(e.getMessage().contains("--date-from"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> search("，"));
    // FTS syntax characters are searched as text, not parsed.
    assertEquals(List.of(), ids(search("\"示范区 OR")));
  }

  // ---- helpers ----

  void loadAll() throws Exception {
    load(sampleOut);
    write(madeRecords());
  }

  void load(Path outDir) throws IOException {
    try (ArticleStore store = ArticleStore.open(db, Loader.inputRoots(outDir))) {
      Loader.load(outDir, store);
    }
  }

  void write(List<Article> records) throws IOException {
    try (ArticleStore store = ArticleStore.open(db)) {
      store.put(madePage(records.size()), records);
    }
  }

  Search.Result search(String text) throws IOException {
    return search(text, null, null, null, null, null);
  }

  Search.Result search(String text, String person, String org, String place, String from, String to) throws IOException {
    return Search.run(db, new Search.Query(text, person, org, place, from, to, 100));
  }

  static List<String> ids(Search.Result r) {
    List<String> ids = new ArrayList<>();
    for (Search.Hit h : r.hits()) {
      ids.add(h.id());
    }
    assertEquals(r.total(), ids.size());
    return ids;
  }

  long count(String sql) throws SQLException, StoreException {
    try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  /** Each row's columns joined by a space (SQL NULL as "null"). */
  List<String> rows(String sql) throws SQLException, StoreException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(String.valueOf(rs.getString(i)));
        }
        rows.add(String.join(" ", row));
      }
    }
    return rows;
  }

  String string(String sql) throws SQLException, StoreException {
    try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      String value = rs.getString(1);
      assertFalse(rs.next(), "one row: " + sql);
      return value;
    }
  }
}
