package jianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import jianbao.model.Page;
import org.apache.tika.mime.MediaType;

/**
 * Reads one input file into its pages: raw bytes hashed, media type detected with Tika (magic
 * bytes first, file name second), and the bytes handed to the {@link PageFormat} for that type —
 * plain text, PDF with a text layer, DOCX or HTML.
 *
 * <p>A plain-text, DOCX or HTML file is one page. A PDF gives one page per PDF page: a one-page PDF
 * keeps the file's path and hash; in a longer one page N has the path {@code file.pdf#pN} and its
 * own hash (see {@link PageFile#page(int, String, String, List)}). Stateless: one reader may serve
 * several threads.
 */
public final class PageReader {
  public static final String STAGE = "read";

  /** How to read inputs whose text order is a choice. */
  public record Options(PdfOrder pdfOrder) {
    public Options {
      if (pdfOrder == null) {
        throw new IllegalArgumentException("pdfOrder is required");
      }
    }

    /**
     * Position order: it reads multi-column PDFs the same whatever order the producer drew them in,
     * and gave the better records on the test pages (see PdfFormatTest).
     */
    public static Options defaults() {
      return new Options(PdfOrder.POSITION);
    }
  }

  /** A file's pages in page order, and those of its pages that could not be read. */
  public record Pages(List<Page> pages, List<Reject> rejects) {
    public Pages {
      pages = List.copyOf(pages);
      rejects = List.copyOf(rejects);
    }

    static Pages of(Page page) {
      return new Pages(List.of(page), List.of());
    }
  }

  private final List<PageFormat> formats;

  public PageReader() {
    this(Options.defaults());
  }

  public PageReader(Options options) {
    // Order matters: HTML is text/html, which the text format would also take.
    this.formats =
        List.of(new PdfFormat(options.pdfOrder()), new DocxFormat(), new HtmlFormat(), new TextFormat());
  }

  /**
   * Reads a file that holds one page. A file with several pages (a multi-page PDF) is rejected with
   * a reason saying so; read those with {@link #readPages(Path)}.
   */
  public Page read(Path file) throws RejectedPageException {
    Pages pages = readPages(file);
    if (pages.pages().size() == 1 && pages.rejects().isEmpty()) {
      return pages.pages().get(0);
    }
    if (pages.pages().isEmpty() && pages.rejects().size() == 1) {
      Reject r = pages.rejects().get(0);
      throw new RejectedPageException(r.path(), r.stage(), r.reason());
    }
    int count = pages.pages().size() + pages.rejects().size();
    throw new RejectedPageException(
        file.toString(), STAGE, "file holds " + count + " pages; read it page by page (readPages)");
  }

  /**
   * Reads every page the file holds. Throws when the file as a whole cannot be read; a page of a
   * multi-page file that cannot be read (a scanned page among text pages) comes back among the
   * rejects, under its page path.
   */
  public Pages readPages(Path file) throws RejectedPageException {
    String path = file.toString();
    Path name = file.getFileName();
    return readPages(path, name == null ? null : name.toString(), readBytes(file, path));
  }

  /**
   * Reads the pages of a file whose bytes are already in hand (a distributed runner gets them from
   * its file source); {@code path} names the file in pages and rejects, {@code fileName} (its last
   * part, or null) helps type and encoding detection.
   */
  public Pages readPages(String path, String fileName, byte[] bytes) throws RejectedPageException {
    if (bytes.length == 0) {
      throw new RejectedPageException(path, STAGE, "empty file");
    }
    PageFile input = new PageFile(path, fileName, bytes, PageFile.sha256(bytes), null);
    MediaType type = detectType(input);
    input = new PageFile(input.path(), input.fileName(), bytes, input.sha256(), type);
    for (PageFormat format : formats) {
      if (format.reads(type)) {
        return format.pages(input);
      }
    }
    throw input.reject(
        "unsupported format (" + type.getBaseType() + "); jianbao reads plain text, PDF, DOCX and HTML");
  }

  private static byte[] readBytes(Path file, String path) throws RejectedPageException {
    if (Files.isDirectory(file)) {
      throw new RejectedPageException(path, STAGE, "not a regular file (directory)");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RejectedPageException(path, STAGE, "unreadable: no such file", e);
    } catch (AccessDeniedException e) {
      throw new RejectedPageException(path, STAGE, "unreadable: permission denied", e);
    } catch (IOException | OutOfMemoryError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new RejectedPageException(path, STAGE, "unreadable: " + why, e);
    }
  }

  /**
   * A cheap answer before Tika's magic detection, which costs 1.5–2 ms a file: a {@code .txt}
   * file whose first printed byte is non-ASCII (a CJK character in UTF-8, GB18030 or Big5, after
   * an optional UTF-8 BOM), with no control byte but layout whitespace and no {@code <} anywhere
   * (no HTML or XML), is one Tika would call text/plain by its name too: no magic it knows starts
   * with such a byte, and binary formats carry NUL or control bytes early. Everything else goes to
   * Tika.
   */
  static boolean plainTextPage(PageFile file) {
    String name = file.fileName();
    if (name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
      return false;
    }
    byte[] b = file.bytes();
    int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    int first = -1;
    for (; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == '<' || c == 0x7F || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return false;
      }
      if (first < 0 && c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        first = c;
      }
    }
    // 0xFE/0xFF open UTF-16 byte order marks and JPEG/MP3 frames, never CJK text
    return first >= 0x80 && first < 0xFE;
  }

  private static MediaType detectType(PageFile file) {
    if (plainTextPage(file)) {
      return MediaType.TEXT_PLAIN;
    }
    try {
      return TikaTypes.get().detect(new ByteArrayInputStream(file.bytes()), file.metadata());
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
  }
}
