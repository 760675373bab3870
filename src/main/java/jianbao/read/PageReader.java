package jianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jianbao.model.Page;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Reads one page file into a {@link Page}: raw bytes hashed, encoding detected with Tika, text
 * decoded here and split into lines exactly as printed.
 *
 * <p>Tika only <em>detects</em>; the bytes are decoded by this class rather than through a Tika
 * parser, because the parsers rewrite whitespace and drop blank lines, which mark column and
 * paragraph breaks downstream. Stateless: one reader may serve several threads.
 */
public final class PageReader {
  public static final String STAGE = "read";

  /** Share of control or undecodable characters above which a file is taken for binary. */
  private static final double MAX_JUNK_SHARE = 0.05;

  private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();

  public Page read(Path file) throws RejectedPageException {
    String path = file.toString();
    byte[] bytes = readBytes(file, path);
    if (bytes.length == 0) {
      throw reject(path, "empty file");
    }
    MediaType type = detectType(bytes, file);
    if (!isText(type) && !MediaType.OCTET_STREAM.equals(type)) {
      throw reject(path, "not a text file (" + type.getBaseType() + ")");
    }

    Charset charset = bomCharset(bytes);
    if (charset == null) {
      charset = detectCharset(bytes, file);
    }
    String text = decode(bytes, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      throw reject(path, "empty file");
    }
    if (looksBinary(text)) {
      throw reject(path, "binary content, not text");
    }
    if (text.isBlank()) {
      throw reject(path, "whitespace-only file");
    }
    // Tika's magic cannot name text in GB18030/Big5 without a .txt name (it says octet-stream);
    // once the content has passed the checks above it is plain text.
    String format = isText(type) ? type.getBaseType().toString() : MediaType.TEXT_PLAIN.toString();
    return new Page(path, sha256(bytes), encodingName(charset, bytes), format, splitLines(text));
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

  private static byte[] readBytes(Path file, String path) throws RejectedPageException {
    if (Files.isDirectory(file)) {
      throw reject(path, "not a regular file (directory)");
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

  private static MediaType detectType(byte[] bytes, Path file) {
    try {
      return MIME_TYPES.detect(new ByteArrayInputStream(bytes), metadata(file));
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
  }

  /** text/* or a type Tika registers as a kind of text/plain (e.g. CSV). */
  private static boolean isText(MediaType type) {
    return "text".equals(type.getType())
        || MIME_TYPES.getMediaTypeRegistry().isSpecializationOf(type, MediaType.TEXT_PLAIN);
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
  private static Charset detectCharset(byte[] bytes, Path file) {
    Set<Charset> candidates = new LinkedHashSet<>();
    // Universal (juniversalchardet) first: it is the better judge of the Chinese multi-byte
    // encodings; ICU's detector next, it alone recognises UTF-16 without a byte order mark.
    // Fresh detectors per file keep the reader safe to share between threads.
    for (EncodingDetector detector :
        List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector())) {
      try {
        Charset guess = detector.detect(new ByteArrayInputStream(bytes), metadata(file));
        if (guess != null) {
          candidates.add(widen(guess));
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
  private static boolean looksBinary(String text) {
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

  // Without the resource name Tika's detectors misjudge GB18030/Big5 text; always pass it.
  private static Metadata metadata(Path file) {
    Metadata metadata = new Metadata();
    Path name = file.getFileName();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.toString());
    }
    return metadata;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static RejectedPageException reject(String path, String reason) {
    return new RejectedPageException(path, STAGE, reason);
  }
}
