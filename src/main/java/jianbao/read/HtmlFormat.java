package jianbao.read;

import java.io.IOException;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * HTML pages through Tika's HTML parser, which finds the charset (BOM, meta tag, then the
 * detectors) and cleans the markup into XHTML. Each block element becomes a line, headings set
 * off by blank lines, as a text dump of a page that prints one paragraph per line shows it.
 */
final class HtmlFormat implements PageFormat {
  static final String FORMAT = "text/html";

  /** A page's text runs to tens of thousands of characters; past this it is no page. */
  static final int MAX_CHARS = 20_000_000;
  /** Nesting deeper than any real page's markup; deeper is a parser attack. */
  private static final int MAX_DEPTH = 500;

  private static final Set<MediaType> TYPES =
      Set.of(MediaType.TEXT_HTML, MediaType.application("xhtml+xml"), MediaType.application("vnd.wap.xhtml+xml"));

  @Override
  public boolean reads(MediaType type) {
    return TYPES.contains(type.getBaseType());
  }

  @Override
  public PageReader.Pages pages(PageFile file) throws RejectedPageException {
    Metadata metadata = file.metadata();
    LineCollector lines = new LineCollector(MAX_CHARS);
    try (TikaInputStream in = TikaInputStream.get(file.bytes())) {
      SecureContentHandler secure = new SecureContentHandler(lines, in);
      secure.setMaximumDepth(MAX_DEPTH);
      try {
        // No Parser in the context: embedded documents (data: URIs, objects) are not parsed.
        new JSoupParser().parse(in, secure, metadata, new ParseContext());
      } catch (SAXException e) {
        if (lines.overLimit()) {
          throw file.reject("HTML text beyond " + MAX_CHARS + " characters: not a page", e);
        }
        secure.throwIfCauseOf(e);
        throw file.reject("unreadable HTML: " + e.getMessage(), e);
      }
    } catch (TikaException e) {
      throw file.reject("unreadable HTML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw file.reject("unreadable HTML: " + e.getMessage(), e);
    }
    if (lines.lines().stream().allMatch(String::isBlank)) {
      throw file.reject("HTML page with no text");
    }
    String encoding = metadata.get(Metadata.CONTENT_ENCODING);
    return PageReader.Pages.of(file.page(encoding == null ? "UTF-8" : encoding, FORMAT, lines.lines()));
  }

  /** Tika's XHTML events to lines: block elements end lines, headings stand between blank lines. */
  private static final class LineCollector extends DefaultHandler {
    private static final Set<String> BLOCKS =
        Set.of("p", "div", "li", "dt", "dd", "tr", "td", "th", "blockquote", "pre", "address",
            "table", "ul", "ol", "dl", "section", "article", "header", "footer", "figure", "figcaption", "hr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final TextLines out;
    private int skipDepth;

    LineCollector(int maxChars) {
      this.out = new TextLines(maxChars);
    }

    java.util.List<String> lines() {
      return out.finish();
    }

    boolean overLimit() {
      return out.overLimit();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = localName.toLowerCase(java.util.Locale.ROOT);
      if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")) {
        skipDepth++;
        return;
      }
      if (HEADINGS.contains(name)) {
        out.blankLine();
      } else if (BLOCKS.contains(name) || name.equals("br")) {
        out.endLine();
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      String name = localName.toLowerCase(java.util.Locale.ROOT);
      if (HEADINGS.contains(name)) {
        out.blankLine();
      } else if (BLOCKS.contains(name)) {
        out.endLine();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (skipDepth == 0 && !out.append(ch, start, length, true)) {
        throw new SAXException("text beyond " + MAX_CHARS + " characters");
      }
    }
  }
}
