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
import org.apache.tika.mime.MimeTypes;

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

  private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();

  private final List<PageFormat> formats;

  public PageReader() {
    this(Options.defaults());
  }

  public PageReader(Options options) {
    // Order matters: HTML is text/html, which the text format would also take.
    this.formats =
        List.of(new PdfFormat(options.pdfOrder()), new DocxFormat(), new HtmlFormat(), new TextFormat(MIME_TYPES));
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
    byte[] bytes = readBytes(file, path);
    if (bytes.length == 0) {
      throw new RejectedPageException(path, STAGE, "empty file");
    }
    Path name = file.getFileName();
    PageFile input =
        new PageFile(path, name == null ? null : name.toString(), bytes, PageFile.sha256(bytes), null);
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

  private static MediaType detectType(PageFile file) {
    try {
      return MIME_TYPES.detect(new ByteArrayInputStream(file.bytes()), file.metadata());
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
  }
}
