package jianbao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.harness.PageRenderer;
import jianbao.model.Article;
import jianbao.pipeline.PagePipeline;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets stories as an e-paper PDF page: each story a band across the page, its headline (kicker,
 * headline, "——" subheadline) above or below a body in two or three balanced columns, a byline
 * line or a lead-in byline, photos as grey boxes with the caption and credit in a column below.
 * Alongside, the same page as a clean text dump: headline lines, then each column, blank lines
 * between blocks, in reading order.
 *
 * <p>Needs a CJK TrueType font: Debian's fonts-wqy-microhei.
 */
final class NewspaperPdf {
  static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
  static final String FONT_PACKAGE = "fonts-wqy-microhei";

  /** One story; a photo has no headline, its caption is {@code paragraphs}, its credit last. */
  record Story(String kicker, String headline, String subheadline, String lead, String bylineLine,
               List<String> paragraphs, String credit, boolean photo) {}

  /**
   * How to set the page. {@code bodyDrawnFirst}: the body goes into the content stream before its
   * headline, as many e-paper producers do, whatever the printed position.
   */
  record Layout(int columns, boolean headlineBelow, boolean bodyDrawnFirst) {}

  /** The PDF and, per PDF page, the same page as a text dump. */
  record Composed(byte[] pdf, List<List<String>> textPages) {}

  static final PDRectangle A3 = PDRectangle.A3;
  static final float MARGIN = 42;
  static final float BODY = 9.5f;
  static final float BODY_PITCH = 14f;
  static final float GUTTER = 14f;
  static final float HEADLINE = 22f;
  static final float KICKER = 12f;
  static final float SUBHEAD = 14f;

  static boolean fontAvailable() {
    return Files.isReadable(FONT);
  }

  /** Stories as the pipeline cut them from a text page: the material for a realistic PDF. */
  static List<Story> storiesOf(List<Article> articles) {
    List<Story> stories = new ArrayList<>();
    for (Article a : articles) {
      boolean photo = a.kind().equals(Article.PHOTO);
      String byline = a.byline() == null ? null : a.byline().text();
      String lead = null;
      String bylineLine = null;
      String credit = null;
      if (byline != null && photo) {
        credit = byline;
      } else if (byline != null) {
        boolean inline = a.spans().byline() != null && !a.spans().paragraphs().isEmpty()
            && a.spans().byline().lineEnd() >= a.spans().paragraphs().get(0).lineStart();
        if (inline) {
          lead = byline;
        } else {
          bylineLine = byline;
        }
      }
      stories.add(new Story(a.kicker(), a.headline(), a.subheadline(), lead, bylineLine,
          a.paragraphs(), credit, photo));
    }
    return stories;
  }

  static List<Article> cut(jianbao.model.Page page) {
    return new PagePipeline(new PagePipeline.Options(null, jianbao.segment.HeadlinePosition.AUTO, false))
        .process(page).articles();
  }

  private final Layout layout;
  private final PDDocument doc = new PDDocument();
  private final PDType0Font font;
  private final List<List<String>> textPages = new ArrayList<>();
  private PDPage page;
  private PDPageContentStream out;
  private List<String> text;
  private float cursor; // distance from the page top to the next free line

  private NewspaperPdf(Layout layout) throws IOException {
    this.layout = layout;
    TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile());
    this.font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
  }

  static Composed compose(List<Story> stories, Layout layout) throws IOException {
    NewspaperPdf p = new NewspaperPdf(layout);
    try {
      p.newPage();
      for (Story s : stories) {
        p.story(s);
      }
      p.out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      p.doc.save(bytes);
      return new Composed(bytes.toByteArray(), p.textPages);
    } finally {
      p.doc.close();
    }
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    page = new PDPage(A3);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    text = new ArrayList<>();
    textPages.add(text);
    cursor = MARGIN;
  }

  private float width() {
    return A3.getWidth() - 2 * MARGIN;
  }

  private void story(Story s) throws IOException {
    int columns = s.photo() ? 1 : layout.columns();
    float colWidth = s.photo() ? width() / 3 : (width() - (columns - 1) * GUTTER) / columns;
    List<String> body = new ArrayList<>();
    if (s.bylineLine() != null) {
      body.add(s.bylineLine());
    }
    for (int i = 0; i < s.paragraphs().size(); i++) {
      String para = (i == 0 && s.lead() != null ? s.lead() + " " : "") + s.paragraphs().get(i);
      // One em short of the measure: digits and Latin set a little wider than half an em.
      body.addAll(PageRenderer.wrap(para, Math.floor(colWidth / BODY) - 1));
    }
    if (s.credit() != null) {
      body.add(s.credit());
    }
    List<Line> head = headline(s);
    float headHeight = 0;
    for (Line l : head) {
      headHeight += l.size * 1.35f;
    }
    float photoHeight = s.photo() ? 120 : 0;
    int perColumn = (body.size() + columns - 1) / columns;
    float bodyHeight = perColumn * BODY_PITCH;
    float needed = headHeight + (head.isEmpty() ? 0 : BODY_PITCH) + photoHeight + bodyHeight;
    if (cursor + needed > A3.getHeight() - MARGIN && cursor > MARGIN) {
      newPage();
    }
    float headTop = layout.headlineBelow() ? cursor + photoHeight + bodyHeight + BODY_PITCH : cursor;
    float bodyTop = layout.headlineBelow() || head.isEmpty() ? cursor : cursor + headHeight + BODY_PITCH;

    List<List<String>> cols = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      cols.add(body.subList(Math.min(body.size(), c * perColumn), Math.min(body.size(), (c + 1) * perColumn)));
    }
    if (!layout.bodyDrawnFirst()) {
      drawHead(head, headTop);
    }
    if (s.photo()) {
      out.setNonStrokingColor(0.7f);
      out.addRect(MARGIN, A3.getHeight() - bodyTop - photoHeight + 4, colWidth, photoHeight - 8);
      out.fill();
      out.setNonStrokingColor(0f);
    }
    for (int c = 0; c < columns; c++) {
      float x = MARGIN + c * (colWidth + GUTTER);
      float top = bodyTop + photoHeight;
      for (String line : cols.get(c)) {
        top += BODY_PITCH;
        draw(line, BODY, x, top - 3);
      }
    }
    if (layout.bodyDrawnFirst()) {
      drawHead(head, headTop);
    }
    cursor = (layout.headlineBelow() ? headTop + headHeight : bodyTop + photoHeight + bodyHeight) + 2 * BODY_PITCH;

    // The text dump, in reading order.
    List<String> dump = new ArrayList<>();
    if (!layout.headlineBelow()) {
      headText(head, dump);
    }
    for (List<String> col : cols) {
      if (!col.isEmpty()) {
        dump.addAll(col);
        dump.add("");
      }
    }
    if (layout.headlineBelow()) {
      headText(head, dump);
    }
    text.addAll(dump);
  }

  private record Line(String text, float size) {}

  private List<Line> headline(Story s) {
    List<Line> lines = new ArrayList<>();
    if (s.kicker() != null) {
      lines.add(new Line(s.kicker(), KICKER));
    }
    if (s.headline() != null) {
      for (String l : PageRenderer.wrap(s.headline(), Math.floor(width() / HEADLINE))) {
        lines.add(new Line(l, HEADLINE));
      }
    }
    if (s.subheadline() != null) {
      lines.add(new Line("——" + s.subheadline(), SUBHEAD));
    }
    return lines;
  }

  /** A kicker stands apart from the headline under it, as in text dumps of real pages. */
  private static void headText(List<Line> head, List<String> dump) {
    for (Line l : head) {
      dump.add(l.text);
      if (l.size == KICKER) {
        dump.add("");
      }
    }
    if (!head.isEmpty()) {
      dump.add("");
    }
  }

  /** Headlines are centred over the band, as on most front pages. */
  private void drawHead(List<Line> head, float top) throws IOException {
    for (Line l : head) {
      top += l.size * 1.35f;
      float w = font.getStringWidth(l.text) / 1000 * l.size;
      draw(l.text, l.size, MARGIN + (width() - w) / 2, top - l.size * 0.3f);
    }
  }

  private void draw(String line, float size, float x, float baselineFromTop) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, A3.getHeight() - baselineFromTop);
    out.showText(line);
    out.endText();
  }
}
