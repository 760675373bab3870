package jianbao.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.FieldSpan;
import jianbao.model.Named;
import jianbao.model.Person;
import jianbao.model.Source;
import jianbao.model.Spans;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTest {
  @TempDir Path out;

  static final String HEADER =
      "id,kind,source_path,source_sha256,line_start,line_end,section,kicker,headline,subheadline,"
          + "byline_text,reporters,correspondents,photographers,agency,place,dateline_date,date,"
          + "date_year,date_month,date_day,date_text,paragraphs,people,people_titles,organizations,places,"
          + "warnings\r\n";

  @Test
  void headerRowInDocumentedOrderAfterAByteOrderMark() throws IOException {
    new CsvSink(out).close();
    // The BOM is what makes Excel read the file as UTF-8 rather than the system's code page.
    assertEquals("\uFEFF" + HEADER, Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8));
    new CsvSink(out, false).close();
    assertEquals(HEADER, Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void yearUnknownDateIsWrittenAsIsBesideItsParts() throws IOException {
    Article full = Fixtures.full();
    Article yearless = new Article(full.id(), full.kind(), full.source(), full.section(), full.kicker(), full.headline(),
        full.subheadline(), new Byline("新华社北京5月16日电", List.of(), List.of(), List.of(), "新华社", "北京", "--05-16"),
        "--05-17", "5月17日", full.paragraphs(), full.people(), full.organizations(), full.places(), full.warnings(),
        full.spans());
    Map<String, String> row = writeAndParse(yearless).get(0);
    assertEquals("--05-17", row.get("date"));
    assertEquals("--05-16", row.get("dateline_date"));
    assertEquals("", row.get("date_year"));
    assertEquals("5", row.get("date_month"));
    assertEquals("17", row.get("date_day"));
  }

  @Test
  void fullRecordRoundTripsCellForCell() throws IOException {
    Map<String, String> row = writeAndParse(Fixtures.full()).get(0);
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("id", "000_e1de8d0c08a602d2-01");
    expected.put("kind", "article");
    expected.put("source_path", Fixtures.PATH);
    expected.put("source_sha256", Fixtures.SHA);
    expected.put("line_start", "3");
    expected.put("line_end", "9");
    expected.put("section", "一周动态");
    expected.put("kicker", "优化营商环境");
    expected.put("headline", "吕沛调研政务服务工作");
    expected.put("subheadline", "打造全市一流政务服务平台");
    expected.put("byline_text", "本报讯（记者郭树勋）");
    expected.put("reporters", "郭树勋");
    expected.put("correspondents", "");
    expected.put("photographers", "");
    expected.put("agency", "本报");
    expected.put("place", "");
    expected.put("dateline_date", "");
    expected.put("date", "2024-05-17");
    expected.put("date_year", "2024");
    expected.put("date_month", "5");
    expected.put("date_day", "17");
    expected.put("date_text", "5月17日");
    expected.put("paragraphs", "5月17日上午，吕沛到示范区调研。\n区领导侯建华陪同调研。");
    expected.put("people", "吕沛；侯建华");
    expected.put("people_titles", "管委会主任；");
    expected.put("organizations", "示范区行政审批与大数据管理局");
    expected.put("places", "示范区");
    expected.put("warnings", "headline guessed");
    assertEquals(expected, row);
  }

  @Test
  void awkwardTextRoundTripsExactlyAndFormulasAreNeutralised() throws IOException {
    Article awkward =
        new Article(
            "p-1",
            Article.ARTICLE,
            new Source("a,b.txt", Fixtures.SHA, 1, 2),
            "要闻,\"头版\"",
            "=SUM(1)",
            "标题\n第二行",
            "-又一题",
            new Byline("+本报讯", List.of("@张三", "李四"), List.of(), List.of(), null, null, null),
            null,
            null,
            List.of("第一段；含分号，和\"引号\"。", "=HYPERLINK(\"x\")"),
            List.of(new Person("王五", null, 1), new Person("赵六", "局长", 1), new Person("钱七", null, 1)),
            List.of(new Named("甲,乙公司", 1), new Named("丙局", 2)),
            List.of(),
            List.of(),
            new Spans(null, null, null, null, List.of(new FieldSpan("x", 1, 1))));
    Map<String, String> row = writeAndParse(awkward).get(0);
    assertEquals("a,b.txt", row.get("source_path"));
    assertEquals("要闻,\"头版\"", row.get("section"));
    assertEquals("'=SUM(1)", row.get("kicker"));
    assertEquals("标题\n第二行", row.get("headline"));
    assertEquals("'-又一题", row.get("subheadline"));
    assertEquals("'+本报讯", row.get("byline_text"));
    assertEquals("'@张三；李四", row.get("reporters"));
    // Only the cell's first character matters: the second paragraph's "=" is not at the start.
    assertEquals("第一段；含分号，和\"引号\"。\n=HYPERLINK(\"x\")", row.get("paragraphs"));
    assertEquals("王五；赵六；钱七", row.get("people"));
    assertEquals("；局长；", row.get("people_titles"));
    assertEquals("甲,乙公司；丙局", row.get("organizations"));
    assertEquals("", row.get("date"));
  }

  @Test
  void sparseRecordHasEmptyCellsAndOneRowPerArticle() throws IOException {
    List<Map<String, String>> rows = writeAndParse(Fixtures.sparse(), Fixtures.full());
    assertEquals(2, rows.size());
    Map<String, String> sparse = rows.get(0);
    assertEquals("000_e1de8d0c08a602d2-02", sparse.get("id"));
    assertEquals("photo", sparse.get("kind"));
    assertEquals("20", sparse.get("line_start"));
    for (String column : CsvSink.COLUMNS) {
      if (!List.of("id", "kind", "source_path", "source_sha256", "line_start", "line_end")
          .contains(column)) {
        assertEquals("", sparse.get(column), column);
      }
    }
    assertEquals("000_e1de8d0c08a602d2-01", rows.get(1).get("id"));
  }

  @Test
  void fileIsUtf8WithCrlfRecordSeparators() throws IOException {
    try (CsvSink sink = new CsvSink(out)) {
      sink.accept(Fixtures.page(1), List.of(Fixtures.sparse()));
    }
    byte[] bytes = Files.readAllBytes(out.resolve("articles.csv"));
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i'),
        List.of(bytes[0], bytes[1], bytes[2], bytes[3]), "UTF-8 byte order mark, then the header");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(
        text.endsWith(
            "\r\n000_e1de8d0c08a602d2-02,photo,pages/000_e1de8d0c08a602d2.txt," + Fixtures.SHA
                + ",20,20,,,,,,,,,,,,,,,,,,,,,,\r\n"),
        text);
  }

  private List<Map<String, String>> writeAndParse(Article... articles) throws IOException {
    try (CsvSink sink = new CsvSink(out)) {
      sink.accept(Fixtures.page(articles.length), List.of(articles));
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    String text = Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "byte order mark");
    try (CSVParser parser = CSVParser.parse(text.substring(1), format)) {
      assertEquals(CsvSink.COLUMNS, parser.getHeaderNames());
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        assertEquals(CsvSink.COLUMNS.size(), record.size());
        rows.add(record.toMap());
      }
      return rows;
    }
  }
}
