package jianbao.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jianbao.model.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.mime.MediaType;

/**
 * PDF pages with a text layer, read with PDFBox (the library Tika's PDF module wraps). PDFBox is
 * used directly because the column layout needs each glyph's position, which Tika's PDF text
 * output no longer carries; {@link PdfLayout} turns the glyphs into lines.
 *
 * <p>Encryption: a PDF with only an owner password (copy or print restrictions) opens with the
 * empty user password, and is read, as an archive's own files should be. Standard password
 * encryption (RC4, AES) is decrypted with the JDK's ciphers; certificate encryption would need
 * BouncyCastle, which jianbao does not bundle, and is rejected saying so.
 */
final class PdfFormat implements PageFormat {
  static final String FORMAT = "application/pdf";
  /**
   * None: PDF text comes through each font's map to Unicode, not through a charset the file was
   * written in (UTF-16BE is only how PDF stores its own strings). The format says it is a PDF.
   */
  static final String ENCODING = null;
  static final String NO_TEXT_LAYER = "no text layer — OCR it first";

  /** Parsed objects beyond this are cached in temp files, so a huge PDF cannot exhaust the heap. */
  private static final long MAX_MAIN_MEMORY = 64L << 20;
  /** A complete PDF ends with %%EOF, allowing for trailing junk a few producers append. */
  private static final int EOF_MARKER_WINDOW = 1024;

  private final PdfOrder order;

  PdfFormat(PdfOrder order) {
    this.order = order;
  }

  @Override
  public boolean reads(MediaType type) {
    return type.getBaseType().toString().equals(FORMAT);
  }

  @Override
  public PageReader.Pages pages(PageFile file) throws RejectedPageException {
    // PDFBox repairs truncated files silently and would return part of the page; losing the rest
    // without a word is worse than asking for the whole file.
    if (!endsWithEofMarker(file.bytes())) {
      throw file.reject("corrupt PDF: truncated (no %%EOF end marker)");
    }
    try (PDDocument doc = open(file)) {
      int count = doc.getNumberOfPages();
      if (count == 0) {
        throw file.reject("corrupt PDF: no pages");
      }
      GlyphCollector collector = new GlyphCollector();
      List<Page> pages = new ArrayList<>();
      List<Reject> rejects = new ArrayList<>();
      for (int n = 1; n <= count; n++) {
        PdfLayout.Text text = PdfLayout.text(collector.glyphs(doc, n), order);
        List<String> lines = text.lines();
        String problem = problem(lines);
        String pagePath = count == 1 ? file.path() : file.path() + PageFile.pageSuffix(n);
        if (problem != null) {
          rejects.add(new Reject(pagePath, PageReader.STAGE, problem));
        } else {
          pages.add(count == 1 ? file.page(ENCODING, FORMAT, lines, text.typeSizes())
              : file.page(n, ENCODING, FORMAT, lines, text.typeSizes()));
        }
      }
      if (pages.isEmpty()) {
        String reason = rejects.get(0).reason();
        boolean same = rejects.stream().allMatch(r -> r.reason().equals(reason));
        throw file.reject(same ? reason : "no page readable: " + reason);
      }
      return new PageReader.Pages(pages, rejects);
    } catch (IOException | RuntimeException e) {
      throw file.reject("corrupt PDF: " + message(e), e);
    }
  }

  private static PDDocument open(PageFile file) throws RejectedPageException, IOException {
    try {
      return Loader.loadPDF(file.bytes(), "", null, null, MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache);
    } catch (InvalidPasswordException e) {
      throw file.reject("encrypted PDF, password required", e);
    } catch (LinkageError e) {
      if (String.valueOf(e.getMessage()).contains("bouncycastle")) {
        throw file.reject("encrypted PDF with certificate security: cannot decrypt"
            + " (jianbao is built without BouncyCastle)", e);
      }
      throw e;
    }
  }

  /** Why a page's extracted lines are no page text, or null if they are. */
  private static String problem(List<String> lines) {
    String text = String.join("\n", lines);
    if (text.isBlank()) {
      return NO_TEXT_LAYER;
    }
    // Fonts without a Unicode map give glyph ids that decode to private-use or control junk.
    if (TextFormat.looksBinary(text)) {
      return "text layer without Unicode mapping — OCR it first";
    }
    return null;
  }

  private static boolean endsWithEofMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - EOF_MARKER_WINDOW);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * Collects a page's glyphs in content-stream order, after PDFBox has dropped the duplicates
   * that fake bold (the same glyph drawn twice, slightly offset) leaves.
   */
  private static final class GlyphCollector extends PDFTextStripper {
    private final List<PdfLayout.Glyph> glyphs = new ArrayList<>();

    GlyphCollector() {
      setSortByPosition(false);
    }

    List<PdfLayout.Glyph> glyphs(PDDocument doc, int pageNumber) throws IOException {
      glyphs.clear();
      setStartPage(pageNumber);
      setEndPage(pageNumber);
      getText(doc);
      return List.copyOf(glyphs);
    }

    @Override
    protected void writePage() {
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition t : article) {
          String text = t.getUnicode();
          if (text == null || text.isEmpty()) {
            continue;
          }
          double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
          glyphs.add(new PdfLayout.Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
        }
      }
    }
  }
}
