package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jianbao.model.Article;
import jianbao.model.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX and HTML pages: one line per paragraph, headings set apart, records as from text. */
class MarkupFormatTest {
  static final String KICKER = "吕沛在示范区行政审批与大数据管理局调研时强调";
  static final String HEADLINE = "示范区召开乡村振兴工作推进会";
  static final List<String> PARAGRAPHS = List.of(
      "本报讯（记者付明凯）5月11日上午，示范区组织召开乡村振兴工作推进会。区领导冯利民、许海玲出席会议。",
      "会议要求，要推进产业升级，引进城市资源进农村，促进三大产业融合发展；要大力营造良好发展环境，吸引优秀人才，培养产业带头人。",
      "会议通报了该区人居环境整治及亮点村建设情况；各乡镇（街道）负责人分别汇报了人居环境整治、乡村振兴、亮点村建设等情况。");

  @TempDir Path dir;
  final PageReader reader = new PageReader();

  @Test
  void docxParagraphsBecomeLinesAndHeadingsStandApart() throws Exception {
    Path file = dir.resolve("page.docx");
    try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText(HEADLINE);
      for (String p : PARAGRAPHS) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    Page page = reader.read(file);
    assertEquals(DocxFormat.FORMAT, page.format());
    assertEquals("UTF-8", page.encoding());
    assertEquals(lines(HEADLINE, "", PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2)), page.lines());
    assertSameRecordsAsText(page);
  }

  @Test
  void docxTextInSeveralRunsJoinsAndEmptyParagraphIsABlankLine() throws Exception {
    Path file = dir.resolve("runs.docx");
    try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("本报讯");
      p.createRun().setText("（记者付明凯）");
      doc.createParagraph();
      doc.createParagraph();
      doc.createParagraph().createRun().setText("下一段。");
      doc.write(out);
    }
    assertEquals(List.of("本报讯（记者付明凯）", "", "下一段。"), reader.read(file).lines());
  }

  @Test
  void docxWhoseTextPartUnpacksBeyondTheCapIsRejected() throws Exception {
    // 64 MB of zeros compress to about 64 KB: far past any ratio a real document shows.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 65; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    Path file = Files.write(dir.resolve("bomb.docx"), bytes.toByteArray());
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(file));
    assertEquals("DOCX text part unpacks beyond its limit (zip bomb?)", e.reason());
  }

  @Test
  void htmlBlocksBecomeLinesWithTheDeclaredCharset() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gb2312\">"
        + "<title>一周动态</title><style>p{margin:0}</style></head><body><h2>" + KICKER + "</h2><h1>" + HEADLINE + "</h1>");
    for (String p : PARAGRAPHS) {
      // Source line breaks inside Chinese text print as nothing.
      html.append("<p>").append(p, 0, 8).append("\n    ").append(p.substring(8)).append("</p>\n");
    }
    html.append("<script>var x = '不是正文';</script></body></html>");
    Path file = Files.write(dir.resolve("page.html"), html.toString().getBytes(Charset.forName("GB18030")));
    Page page = reader.read(file);
    assertEquals("text/html", page.format());
    assertEquals("GB18030", page.encoding());
    assertEquals(lines(KICKER, "", HEADLINE, "", PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2)), page.lines());
    assertSameRecordsAsText(page);
  }

  @Test
  void htmlWithoutTextIsRejected() throws Exception {
    Path file = Files.write(dir.resolve("empty.html"),
        "<html><body><img src=\"a.png\"></body></html>".getBytes(StandardCharsets.UTF_8));
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(file));
    assertEquals("HTML page with no text", e.reason());
  }

  @Test
  void unsupportedFormatIsNamedInTheRejection() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path file = Files.write(dir.resolve("photo.png"), png);
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(file));
    assertTrue(e.reason().startsWith("unsupported format (image/png)"), e.reason());
  }

  private static List<String> lines(String... lines) {
    return List.of(lines);
  }

  /** The page's records equal those of the same lines read as a UTF-8 text file. */
  private void assertSameRecordsAsText(Page page) throws Exception {
    Path text = Files.write(dir.resolve("same.txt"), page.lines(), StandardCharsets.UTF_8);
    List<Article> want = NewspaperPdf.cut(reader.read(text));
    List<Article> got = NewspaperPdf.cut(page);
    assertEquals(want.size(), got.size());
    assertTrue(!got.isEmpty());
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).headline(), got.get(i).headline());
      assertEquals(want.get(i).paragraphs(), got.get(i).paragraphs());
      assertEquals(want.get(i).byline().reporters(), got.get(i).byline().reporters());
    }
  }
}
