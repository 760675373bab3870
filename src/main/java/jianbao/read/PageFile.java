package jianbao.read;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jianbao.model.Page;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** One input file's raw bytes, hash and detected media type, as handed to a {@link PageFormat}. */
record PageFile(String path, String fileName, byte[] bytes, String sha256, MediaType type) {

  /** The file's one page. */
  Page page(String encoding, String format, List<String> lines) {
    return page(encoding, format, lines, List.of());
  }

  Page page(String encoding, String format, List<String> lines, List<Double> typeSizes) {
    return new Page(path, sha256, encoding, format, lines, typeSizes);
  }

  /**
   * Page {@code number} (1-based) of a file that holds several. The path gets "#pN" and the hash
   * covers the raw bytes followed by that suffix, so each page has its own identity (record ids and
   * resume are keyed on it) while staying reproducible from the file alone.
   */
  Page page(int number, String encoding, String format, List<String> lines) {
    return page(number, encoding, format, lines, List.of());
  }

  Page page(int number, String encoding, String format, List<String> lines, List<Double> typeSizes) {
    String suffix = pageSuffix(number);
    byte[] tagged = new byte[bytes.length + suffix.length()];
    System.arraycopy(bytes, 0, tagged, 0, bytes.length);
    for (int i = 0; i < suffix.length(); i++) {
      tagged[bytes.length + i] = (byte) suffix.charAt(i);
    }
    return new Page(path + suffix, sha256(tagged), encoding, format, lines, typeSizes);
  }

  static String pageSuffix(int number) {
    return "#p" + number;
  }

  RejectedPageException reject(String reason) {
    return new RejectedPageException(path, PageReader.STAGE, reason);
  }

  RejectedPageException reject(String reason, Throwable cause) {
    return new RejectedPageException(path, PageReader.STAGE, reason, cause);
  }

  // Without the resource name Tika's detectors misjudge GB18030/Big5 text; always pass it.
  Metadata metadata() {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    return metadata;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
