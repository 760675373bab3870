package jianbao.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.tika.mime.MediaType;

/**
 * Word (DOCX) pages: the body's paragraphs, one line each, read straight from the package's
 * word/document.xml with the JDK's StAX parser. Tika's DOCX parser sits in its Microsoft module
 * (36 MB with POI, XMLBeans and BouncyCastle); all a page needs is the paragraph text.
 *
 * <p>Headings (Title, Heading N styles, or an outline level) stand between blank lines; an empty
 * paragraph, which Word users type as a spacer, is a blank line.
 */
final class DocxFormat implements PageFormat {
  static final String FORMAT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final String MAIN_PART = "word/document.xml";
  /** A page's document.xml is well under a megabyte; this leaves room for embedded markup. */
  static final long MAX_UNPACKED = 64L << 20;
  /** Zip bomb guard, as Tika's SecureContentHandler: XML compresses well, but not a thousandfold. */
  private static final long MAX_RATIO = 200;
  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?i)(heading|title|subtitle|标题|標題).*");
  private static final Set<String> LINE_BREAKS = Set.of("br", "cr");

  @Override
  public boolean reads(MediaType type) {
    return type.getBaseType().toString().equals(FORMAT);
  }

  @Override
  public PageReader.Pages pages(PageFile file) throws RejectedPageException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals(MAIN_PART)) {
          long cap = Math.min(MAX_UNPACKED, Math.max(1L << 20, file.bytes().length * MAX_RATIO));
          Result r = paragraphs(new Capped(zip, cap), file);
          if (r.lines.isEmpty()) {
            throw file.reject("DOCX with no text");
          }
          return PageReader.Pages.of(file.page(r.encoding, FORMAT, r.lines));
        }
      }
      throw file.reject("corrupt DOCX: no " + MAIN_PART);
    } catch (IOException e) {
      throw file.reject("corrupt DOCX: " + e.getMessage(), e);
    }
  }

  private record Result(java.util.List<String> lines, String encoding) {}

  private static Result paragraphs(InputStream xml, PageFile file) throws RejectedPageException, IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    TextLines out = new TextLines(Integer.MAX_VALUE);
    try {
      XMLStreamReader r = factory.createXMLStreamReader(xml);
      String encoding = r.getCharacterEncodingScheme() != null ? r.getCharacterEncodingScheme() : "UTF-8";
      boolean inText = false;
      boolean heading = false;
      boolean empty = true;
      int fallbackDepth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (fallbackDepth > 0 || name.equals("Fallback")) {
            fallbackDepth++; // mc:Fallback repeats the text box content for old readers
          } else if (name.equals("p")) {
            out.endLine();
            heading = false;
            empty = true;
          } else if (name.equals("t")) {
            inText = true;
          } else if (name.equals("tab")) {
            out.append(new char[] {'\t'}, 0, 1, false);
          } else if (LINE_BREAKS.contains(name)) {
            out.endLine();
          } else if ((name.equals("pStyle") || name.equals("outlineLvl")) && !heading) {
            String val = attribute(r, "val");
            heading = name.equals("outlineLvl") || (val != null && HEADING_STYLE.matcher(val).matches());
            if (heading) {
              out.blankLine(); // paragraph properties come before the text: nothing printed yet
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (fallbackDepth > 0) {
            fallbackDepth--;
          } else if (name.equals("t")) {
            inText = false;
          } else if (name.equals("p")) {
            if (heading || empty) {
              out.blankLine();
            } else {
              out.endLine();
            }
          }
        } else if (inText && fallbackDepth == 0
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          char[] text = r.getTextCharacters();
          empty &= r.getTextLength() == 0;
          out.append(text, r.getTextStart(), r.getTextLength(), false);
        }
      }
      return new Result(out.finish(), encoding);
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof TooLarge || e.getCause() instanceof TooLarge) {
        throw file.reject("DOCX text part unpacks beyond its limit (zip bomb?)", e);
      }
      throw file.reject("corrupt DOCX: " + e.getMessage(), e);
    }
  }

  private static String attribute(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("unpacked size limit reached");
    }
  }

  /** Stops reading a zip entry past a byte cap. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private long read;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > cap) {
        throw new TooLarge();
      }
    }

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }
  }
}
