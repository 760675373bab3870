package jianbao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import jianbao.model.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * E-paper PDFs for the Spark module's tests, set by the CLI's {@link NewspaperPdf} (package-private
 * in the CLI's test classes, hence this bridge in its package).
 */
public final class EpaperPdfs {
  private EpaperPdfs() {}

  /** Null when the CJK font the PDFs need is missing (see NewspaperPdf.FONT_PACKAGE). */
  public static String missingFont() {
    return NewspaperPdf.fontAvailable() ? null : NewspaperPdf.FONT + " (Debian package " + NewspaperPdf.FONT_PACKAGE + ")";
  }

  /** The stories cut from each text page, one PDF page per text page (three columns, bodies drawn first). */
  public static byte[] pages(List<Page> textPages) throws IOException {
    PDFMergerUtility merger = new PDFMergerUtility();
    try (PDDocument out = new PDDocument()) {
      for (Page page : textPages) {
        byte[] one = NewspaperPdf.compose(NewspaperPdf.storiesOf(NewspaperPdf.cut(page)),
            new NewspaperPdf.Layout(3, false, true)).pdf();
        try (PDDocument doc = Loader.loadPDF(one)) {
          merger.appendDocument(out, doc);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A PDF page with no text layer, as a scan without OCR gives. */
  public static byte[] scan() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
