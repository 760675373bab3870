package jianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Plain-text pages: encoding detected with Tika, text decoded here and split into lines exactly as
 * printed.
 *
 * <p>Tika only <em>detects</em>; the bytes are decoded by this class rather than through a Tika
 * parser, because the parsers rewrite whitespace and drop blank lines, which mark column and
 * paragraph breaks downstream.
 */
final class TextFormat implements PageFormat {

  /** Share of control or undecodable characters above which a file is taken for binary. */
  private static final double MAX_JUNK_SHARE = 0.05;

  TextFormat() {}

  /**
   * text/* or a type Tika registers as a kind of text/plain (e.g. CSV), and octet-stream: Tika's
   * magic cannot name text in GB18030/Big5 without a .txt name, so unknown bytes get a chance to
   * prove they are text.
   */
  @Override
  public boolean reads(MediaType type) {
    return isText(type) || MediaType.OCTET_STREAM.equals(type);
  }

  private boolean isText(MediaType type) {
    return "text".equals(type.getType())
        || TikaTypes.get().getMediaTypeRegistry().isSpecializationOf(type, MediaType.TEXT_PLAIN);
  }

  @Override
  public PageReader.Pages pages(PageFile file) throws RejectedPageException {
    byte[] bytes = file.bytes();
    Charset charset = bomCharset(bytes);
    boolean fromBom = charset != null;
    if (charset == null) {
      charset = detectCharset(file);
    }
    String text = decode(bytes, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      throw file.reject("empty file");
    }
    if (looksBinary(text)) {
      throw file.reject("binary content, not text");
    }
    if (text.isBlank()) {
      throw file.reject("whitespace-only file");
    }
    // Replacement characters would stand in for text nobody can recover, silently: refuse the file
    // and say where, so it can be repaired and the run resumed.
    long bad = firstMalformed(bytes, charset);
    if (bad >= 0) {
      throw file.reject(fromBom
          ? "undecodable bytes: not valid " + charset.name() + " (as its byte order mark says), first bad byte at offset " + bad
          : "undecodable bytes: no encoding reads every byte (UTF-8, GB18030, Big5 tried); as " + charset.name()
              + " the first bad byte is at offset " + bad);
    }
    // Once the content has passed the checks above it is plain text, whatever magic said.
    String format = isText(file.type()) ? file.type().getBaseType().toString() : MediaType.TEXT_PLAIN.toString();
    return PageReader.Pages.of(file.page(encodingName(charset, bytes), format, splitLines(text)));
  }

  /**
   * Splits on \n, \r\n and \r. A final line break ends the last line rather than starting an empty
   * one; blank lines inside the text are kept.
   */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** A byte order mark settles the encoding; detectors are only asked when there is none. */
  private static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first detector's answer that decodes the whole file without error wins. Detectors look at
   * a prefix only, so a guess can fail further in; UTF-8, GB18030 and Big5 are then tried in that
   * order (strict UTF-8 practically never accepts other encodings by accident). If nothing decodes
   * cleanly the first guess is used and the junk check decides.
   */
  private static Charset detectCharset(PageFile file) {
    byte[] bytes = file.bytes();
    if (plainUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Set<Charset> candidates = new LinkedHashSet<>();
    // Universal (juniversalchardet) first: it is the better judge of the Chinese multi-byte
    // encodings; ICU's detector next, it alone recognises UTF-16 without a byte order mark.
    // Fresh detectors per file keep the reader safe to share between threads. ICU is asked only
    // when Universal's answer does not decode the file: the first clean candidate wins anyway,
    // and ICU (every single-byte recogniser over the file) costs more than cutting the page.
    for (EncodingDetector detector :
        List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector())) {
      try {
        Charset guess = detector.detect(new ByteArrayInputStream(bytes), file.metadata());
        if (guess != null) {
          Charset widened = widen(guess);
          if (candidates.isEmpty() && decodesCleanly(bytes, widened)) {
            return widened;
          }
          candidates.add(widened);
        }
      } catch (IOException e) {
        throw new IllegalStateException("in-memory stream failed", e);
      }
    }
    candidates.add(StandardCharsets.UTF_8);
    candidates.add(Charset.forName("GB18030"));
    candidates.add(Charset.forName("Big5"));
    for (Charset candidate : candidates) {
      if (decodesCleanly(bytes, candidate)) {
        return candidate;
      }
    }
    return candidates.iterator().next();
  }

  /**
   * Fast path before the detectors, which cost about 10 ms a page (ICU runs every single-byte
   * recogniser over the whole file), a third of a page's cut: bytes that hold multi-byte
   * sequences, no NUL (UTF-16 without a BOM), and decode as strict UTF-8 are UTF-8 — the
   * detectors say so too, and the candidates below would end at UTF-8 anyway. Pure ASCII still goes
   * to the detectors, whose single-byte answer is reported as US-ASCII.
   */
  static boolean plainUtf8(byte[] bytes) {
    boolean multiByte = false;
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
      if (b < 0) {
        multiByte = true;
      }
    }
    return multiByte && decodesCleanly(bytes, StandardCharsets.UTF_8);
  }

  /** GB2312 and GBK are subsets of GB18030: decode with the superset so no character is lost. */
  private static Charset widen(Charset detected) {
    String name = detected.name();
    if (name.equals("GB2312") || name.equals("GBK") || name.equals("x-EUC-CN")) {
      return Charset.forName("GB18030");
    }
    return detected;
  }

  private static boolean decodesCleanly(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Byte offset of the first sequence {@code charset} cannot decode, or -1. */
  static long firstMalformed(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (!result.isOverflow()) {
        break; // underflow with endOfInput: every byte consumed
      }
      out.clear();
    }
    return -1;
  }

  private static String decode(byte[] bytes, Charset charset) {
    CharBuffer chars;
    try {
      chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoder reported an error", e);
    }
    return chars.toString();
  }

  /**
   * NUL never occurs in page text. Other junk is tolerated up to a small share, since OCR dumps
   * carry some: control characters, replacement characters (undecodable bytes), and private-use
   * or unassigned code points, which is what random bytes look like once "decoded" as UTF-16.
   */
  static boolean looksBinary(String text) {
    int junk = 0;
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      count++;
      if (c == 0) {
        return true;
      }
      if (isJunk(c)) {
        junk++;
      }
    }
    return junk > count * MAX_JUNK_SHARE;
  }

  private static boolean isJunk(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
        return !(c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B');
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SURROGATE: // unpaired
        return true;
      default:
        return c == '\uFFFD';
    }
  }

  /** Pure 7-bit files are reported as US-ASCII whatever single-byte charset a detector guessed. */
  private static String encodingName(Charset charset, byte[] bytes) {
    if (!charset.name().startsWith("UTF")) {
      boolean ascii = true;
      for (byte b : bytes) {
        if (b < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        return StandardCharsets.US_ASCII.name();
      }
    }
    return charset.name();
  }

}
