package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianbao.model.Article;
import jianbao.model.Page;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF pages: the sample page's stories set as multi-column e-paper PDFs must cut into the same
 * records as the same page set as a text dump, in either drawing order; scanned, encrypted and
 * truncated PDFs are rejected with a reason.
 */
class PdfFormatTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");

  /** Layouts the sample is set in: columns, headline below the body, body drawn before headline. */
  static final List<NewspaperPdf.Layout> LAYOUTS = List.of(
      new NewspaperPdf.Layout(3, false, true),
      new NewspaperPdf.Layout(3, false, false),
      new NewspaperPdf.Layout(2, false, true),
      new NewspaperPdf.Layout(2, true, false),
      new NewspaperPdf.Layout(3, true, true));

  static List<NewspaperPdf.Story> stories;
  @TempDir Path dir;

  @BeforeAll
  static void sampleStories() throws Exception {
    stories = NewspaperPdf.storiesOf(NewspaperPdf.cut(new PageReader().read(SAMPLE)));
  }

  @Test
  void positionOrderGivesTheTextDumpsRecordsInEveryLayout() throws Exception {
    assumeFont();
    for (NewspaperPdf.Layout layout : LAYOUTS) {
      Score s = score(layout, PdfOrder.POSITION);
      assertEquals(s.expected, s.matched, layout + ": " + s.misses);
    }
  }

  /**
   * The evidence for the default: records equal to the text dump's, per layout and order. Stream
   * order reads a headline drawn after its body as if printed below it, and a page whose articles
   * print headline-first but draw body-first then pairs headlines with the wrong bodies.
   */
  @Test
  void positionOrderIsTheBetterDefault() throws Exception {
    assumeFont();
    int position = 0;
    int stream = 0;
    int expected = 0;
    StringBuilder table = new StringBuilder();
    for (NewspaperPdf.Layout layout : LAYOUTS) {
      Score p = score(layout, PdfOrder.POSITION);
      Score s = score(layout, PdfOrder.STREAM);
      position += p.matched;
      stream += s.matched;
      expected += p.expected;
      table.append(String.format("%s position %d/%d stream %d/%d%n", layout, p.matched, p.expected, s.matched, s.expected));
    }
    System.out.print(table);
    assertEquals(PdfOrder.POSITION, PageReader.Options.defaults().pdfOrder());
    assertTrue(position >= stream, table.toString());
    assertEquals(expected, position, table.toString());
  }

  @Test
  void multiPagePdfGivesOnePagePerPdfPage() throws Exception {
    assumeFont();
    NewspaperPdf.Composed c = NewspaperPdf.compose(stories, LAYOUTS.get(0));
    Path file = Files.write(dir.resolve("paper.pdf"), c.pdf());
    PageReader.Pages pages = new PageReader().readPages(file);
    assertEquals(c.textPages().size(), pages.pages().size());
    assertTrue(pages.pages().size() > 1, "the sample fills more than one A3 page");
    assertTrue(pages.rejects().isEmpty());
    for (int i = 0; i < pages.pages().size(); i++) {
      Page p = pages.pages().get(i);
      assertEquals(file + "#p" + (i + 1), p.path());
      assertEquals("application/pdf", p.format());
      assertNull(p.encoding());
    }
    assertEquals(pages.pages().size(), pages.pages().stream().map(Page::sha256).distinct().count());
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> new PageReader().read(file));
    assertTrue(e.reason().contains("readPages"), e.reason());
  }

  @Test
  void onePagePdfKeepsTheFilesPathAndHash() throws Exception {
    assumeFont();
    NewspaperPdf.Composed c = NewspaperPdf.compose(stories.subList(0, 3), LAYOUTS.get(0));
    assertEquals(1, c.textPages().size());
    Path file = Files.write(dir.resolve("one.pdf"), c.pdf());
    Page page = new PageReader().read(file);
    assertEquals(file.toString(), page.path());
    assertEquals(PageFile.sha256(c.pdf()), page.sha256());
  }

  @Test
  void scannedPdfIsRejected() throws Exception {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(200, 300, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(image, 50, 50, 400, 600);
      }
      doc.save(file.toFile());
    }
    assertRejected(file, "no text layer — OCR it first");
  }

  @Test
  void pdfWithUserPasswordIsRejected() throws Exception {
    Path file = dir.resolve("locked.pdf");
    Files.write(file, encrypted("secret", "owner"));
    assertRejected(file, "encrypted PDF, password required");
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
    Path file = dir.resolve("restricted.pdf");
    Files.write(file, encrypted("", "owner"));
    Page page = new PageReader().read(file);
    assertEquals(List.of("Weekly news", "", "Page two lead story"), page.lines());
  }

  @Test
  void aPdfPageHasAFormatAndNoTextEncoding() throws Exception {
    // Its text comes through the fonts' maps to Unicode: there is no charset to report.
    Path file = Files.write(dir.resolve("page.pdf"), encrypted(null, null));
    Page page = new PageReader().read(file);
    assertEquals("application/pdf", page.format());
    assertNull(page.encoding());
  }

  @Test
  void truncatedPdfIsRejected() throws Exception {
    byte[] whole = encrypted(null, null);
    Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 2 / 3));
    assertRejected(file, "corrupt PDF: truncated (no %%EOF end marker)");
  }

  @Test
  void garbledPdfIsRejectedAsCorrupt() throws Exception {
    byte[] junk = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("page.txt"), junk); // named .txt: the magic bytes decide
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> new PageReader().read(file));
    assertTrue(e.reason().startsWith("corrupt PDF: "), e.reason());
  }

  // ---- helpers ----

  private record Score(int matched, int expected, List<String> misses) {}

  /** How many of the text dump's records the PDF's records reproduce exactly. */
  private Score score(NewspaperPdf.Layout layout, PdfOrder order) throws Exception {
    String key = layout + " " + order;
    if (!SCORES.containsKey(key)) {
      SCORES.put(key, measure(layout, order));
    }
    return SCORES.get(key);
  }

  /** Scores are computed once per layout and order for the whole class. */
  private static final Map<String, Score> SCORES = new HashMap<>();

  private Score measure(NewspaperPdf.Layout layout, PdfOrder order) throws Exception {
    NewspaperPdf.Composed c = NewspaperPdf.compose(stories, layout);
    Path file = Files.write(dir.resolve("page-" + order + ".pdf"), c.pdf());
    PageReader.Pages pages = new PageReader(new PageReader.Options(order)).readPages(file);
    assertEquals(c.textPages().size(), pages.pages().size());
    int matched = 0;
    int expected = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < c.textPages().size(); i++) {
      Page text = new Page("dump.txt", "0".repeat(64), "UTF-8", "text/plain", c.textPages().get(i));
      List<String> want = summaries(NewspaperPdf.cut(text));
      List<String> got = summaries(NewspaperPdf.cut(pages.pages().get(i)));
      Map<String, Integer> left = new HashMap<>();
      got.forEach(g -> left.merge(g, 1, Integer::sum));
      for (String w : want) {
        expected++;
        if (left.getOrDefault(w, 0) > 0) {
          left.merge(w, -1, Integer::sum);
          matched++;
        } else {
          misses.add(w);
        }
      }
    }
    return new Score(matched, expected, misses);
  }

  /** What must agree: kind, headline roles, byline names, paragraphs (white space aside). */
  private static List<String> summaries(List<Article> articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(String.join(" | ", a.kind(), String.valueOf(a.kicker()), String.valueOf(a.headline()),
          String.valueOf(a.subheadline()), a.byline().reporters().toString(), a.byline().correspondents().toString(),
          a.byline().photographers().toString(), String.join("¶", a.paragraphs())).replaceAll("\\s+", ""));
    }
    return out;
  }

  /** A small Latin page (standard font), encrypted with the given passwords, or plain if null. */
  private static byte[] encrypted(String user, String owner) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        out.newLineAtOffset(72, 700);
        out.showText("Weekly news");
        out.endText();
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        out.newLineAtOffset(72, 670);
        out.showText("Page two lead story");
        out.endText();
      }
      if (owner != null) {
        AccessPermission restricted = new AccessPermission();
        restricted.setCanExtractContent(false);
        restricted.setCanPrint(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, restricted);
        policy.setEncryptionKeyLength(256);
        doc.protect(policy);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void assertRejected(Path file, String reason) {
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> new PageReader().read(file));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(file.toString(), e.path());
    assertFalse(e.getMessage().isEmpty());
  }

  private static void assumeFont() {
    assumeTrue(NewspaperPdf.fontAvailable(),
        "CJK font " + NewspaperPdf.FONT + " missing: install Debian package " + NewspaperPdf.FONT_PACKAGE);
  }
}
