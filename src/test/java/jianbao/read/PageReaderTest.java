package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import jianbao.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageReaderTest {
  // Simplified, from samples/ (~80 characters per line group).
  static final List<String> SIMPLIFIED =
      List.of(
          " 一周动态",
          "",
          "本报讯（记者郭树勋） 5月17日上午，",
          "示范区（高新区）党工委书记、管委会主任",
          "吕沛到示范区行政审批与大数据管理局，就",
          "围绕“服务优、效率高、效果好”目标，打");
  // The same in traditional characters: must come back traditional.
  static final List<String> TRADITIONAL =
      List.of(
          " 一周動態",
          "",
          "本報訊（記者郭樹勛） 5月17日上午，",
          "示範區（高新區）黨工委書記、管委會主任",
          "呂沛到示範區行政審批與大數據管理局，就",
          "圍繞「服務優、效率高、效果好」目標，打");

  @TempDir Path dir;
  final PageReader reader = new PageReader();

  @Test
  void readsUtf8WithExactLinesHashAndFormat() throws Exception {
    Path file = write("p.txt", "第一行\n\n  第三行 \t\n".getBytes(StandardCharsets.UTF_8));
    Page page = reader.read(file);
    assertEquals(file.toString(), page.path());
    assertEquals(sha256Hex(Files.readAllBytes(file)), page.sha256());
    assertEquals("UTF-8", page.encoding());
    assertEquals("text/plain", page.format());
    assertEquals(List.of("第一行", "", "  第三行 \t"), page.lines());
  }

  @Test
  void knownHashOfAsciiFile() throws Exception {
    Page page = reader.read(write("hello.txt", "hello\n".getBytes(StandardCharsets.US_ASCII)));
    // printf 'hello\n' | sha256sum
    assertEquals("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", page.sha256());
    assertEquals("US-ASCII", page.encoding());
    assertEquals(List.of("hello"), page.lines());
  }

  @Test
  void readsTheSamplePage() throws Exception {
    Page page = reader.read(Path.of("samples/000_e1de8d0c08a602d2.txt"));
    assertEquals("samples/000_e1de8d0c08a602d2.txt", page.path());
    assertEquals("d8154703fed80b3dfcd93330f83d8148b57cf607345dab39904d370fbda57fb0", page.sha256());
    assertEquals("UTF-8", page.encoding());
    assertEquals(403, page.lines().size()); // 403 "\n" in the file, the last ending line 403
    assertEquals(SIMPLIFIED.subList(0, 4), page.lines().subList(0, 4));
    assertEquals(List.of("", ""), page.lines().subList(401, 403));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "UTF-16BE"})
  void samplePageReEncodedReadsToTheSameLines(String encoding) throws Exception {
    Path sample = Path.of("samples/000_e1de8d0c08a602d2.txt");
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    byte[] bom = encoding.equals("UTF-16BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[0];
    byte[] body = text.getBytes(encoding);
    byte[] bytes = java.util.Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Page page = reader.read(write("sample", bytes));
    assertEquals(encoding, page.encoding());
    assertEquals(reader.read(sample).lines(), page.lines());
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() throws Exception {
    Page page = read("bom.txt", StandardCharsets.UTF_8, true, SIMPLIFIED);
    assertEquals("UTF-8", page.encoding());
    assertEquals(SIMPLIFIED, page.lines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithByteOrderMark(String encoding) throws Exception {
    Page page = read("u16.txt", Charset.forName(encoding), true, SIMPLIFIED);
    assertEquals(encoding, page.encoding());
    assertEquals(SIMPLIFIED, page.lines());
  }

  @Test
  void utf16LittleEndianWithoutByteOrderMarkIsDetected() throws Exception {
    Page page = read("u16", StandardCharsets.UTF_16LE, false, SIMPLIFIED);
    assertEquals("UTF-16LE", page.encoding());
    assertEquals(SIMPLIFIED, page.lines());
    assertEquals("text/plain", page.format());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "GBK", "GB2312"})
  void chineseNationalEncodingsAreReadAsGb18030(String encoding) throws Exception {
    Page page = read("gb.txt", Charset.forName(encoding), false, SIMPLIFIED);
    assertEquals("GB18030", page.encoding());
    assertEquals(SIMPLIFIED, page.lines());
  }

  @Test
  void shortGb18030FileWithoutExtension() throws Exception {
    // 30 characters; without a .txt name Tika's type detection says octet-stream
    List<String> lines = List.of("新华社北京5月17日电 国务院总理今日会见来访的外国客人。");
    Page page = read("page", Charset.forName("GB18030"), false, lines);
    assertEquals("GB18030", page.encoding());
    assertEquals("text/plain", page.format());
    assertEquals(lines, page.lines());
  }

  @Test
  void gb18030FourByteCharactersSurvive() throws Exception {
    List<String> lines = List.of("𠀀𪚥是扩展区汉字，与“龘”同在", "本报讯");
    Page page = read("ext.txt", Charset.forName("GB18030"), false, lines);
    assertEquals("GB18030", page.encoding());
    assertEquals(lines, page.lines());
  }

  @Test
  void big5StaysTraditional() throws Exception {
    Page page = read("big5.txt", Charset.forName("Big5"), false, TRADITIONAL);
    assertEquals("Big5", page.encoding());
    assertEquals(TRADITIONAL, page.lines());
  }

  @Test
  void shortBig5File() throws Exception {
    List<String> lines = List.of("中央社台北5月17日電 行政院長今日會見來訪的外國客人。");
    Page page = read("short-big5.txt", Charset.forName("Big5"), false, lines);
    assertEquals("Big5", page.encoding());
    assertEquals(lines, page.lines());
  }

  @Test
  void traditionalTextInUtf8StaysTraditional() throws Exception {
    Page page = read("trad.txt", StandardCharsets.UTF_8, false, TRADITIONAL);
    assertEquals(TRADITIONAL, page.lines());
  }

  @Test
  void allLineBreakStylesSplitAndTrailingBreakAddsNoLine() throws Exception {
    assertEquals(List.of("a", "b", "c", "", "d"), lines("a\r\nb\rc\n\nd\n"));
    assertEquals(List.of("a", "b"), lines("a\r\nb\r\n"));
    assertEquals(List.of("a", ""), lines("a\n\n"));
    assertEquals(List.of("", "a"), lines("\na"));
    assertEquals(List.of("a", "", "b"), lines("a\r\rb"));
    assertEquals(List.of("a", "", "b"), lines("a\r\n\r\nb"));
    assertEquals(List.of("no break"), lines("no break"));
    // form feed (pdftotext page break), tabs and full-width spaces are text, not line breaks
    assertEquals(List.of("一\f二", "\t三　"), lines("一\f二\n\t三　"));
  }

  @Test
  void emptyFileIsRejected() throws Exception {
    assertRejected(write("empty.txt", new byte[0]), "empty file");
    assertRejected(write("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        "empty file");
  }

  @Test
  void whitespaceOnlyFileIsRejected() throws Exception {
    assertRejected(
        write("blank.txt", " \n\t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8)),
        "whitespace-only file");
  }

  @Test
  void binaryContentIsRejected() throws Exception {
    byte[] withNul = "本报讯\0\0\0\1\2".getBytes(StandardCharsets.UTF_8);
    assertRejected(write("nul.txt", withNul), "binary content, not text");
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    assertRejected(write("noise.txt", noise), "binary content, not text");
    byte[] controls = new byte[200];
    java.util.Arrays.fill(controls, (byte) 0x01);
    assertRejected(write("controls.txt", controls), "binary content, not text");
  }

  @Test
  void undecodableBytesRejectTheFileNamingWhere() throws Exception {
    // A page's worth of text: on two short lines the detectors guess a single-byte charset instead.
    byte[] good = java.util.Arrays.copyOf(Files.readAllBytes(Path.of("samples/000_e1de8d0c08a602d2.txt")), 3000);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
    System.arraycopy(good, 999, bad, 1000, good.length - 999);
    bad[999] = (byte) 0xFF; // one stray byte: replacing it would alter the text without a word
    assertRejected(write("stray.txt", bad),
        "undecodable bytes: no encoding reads every byte (UTF-8, GB18030, Big5 tried); as UTF-8 the first bad byte is at offset 998");
    byte[] utf16 = ("\uFEFF" + "本报讯（记者郭树勋）5月17日上午，示范区党工委书记吕沛到示范区调研。\n")
        .getBytes(StandardCharsets.UTF_16LE);
    assertRejected(write("odd.txt", java.util.Arrays.copyOf(utf16, utf16.length + 1)), // an odd byte count
        "undecodable bytes: not valid UTF-16LE (as its byte order mark says), first bad byte at offset " + utf16.length);
  }

  @Test
  void knownBinaryFormatIsRejectedByItsMagicBytesWhateverItsName() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertRejected(write("page.txt", png),
        "unsupported format (image/png); jianbao reads plain text, PDF, DOCX and HTML");
  }

  @Test
  void fiftyMegabyteTextFileIsRead() throws Exception {
    String line = "示范区（高新区）党工委书记、管委会主任吕沛到示范区调研。\n"; // 30 chars, 88 bytes
    byte[] one = line.getBytes(StandardCharsets.UTF_8);
    int count = 50_000_000 / one.length + 1;
    Path file = dir.resolve("huge.txt");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (int i = 0; i < count; i++) {
        out.write(one);
      }
    }
    Page page = reader.read(file);
    assertEquals(count, page.lines().size());
    assertEquals("UTF-8", page.encoding());
    assertEquals(line.strip(), page.lines().get(count - 1));
  }

  @Test
  void unreadableInputsAreRejected() throws Exception {
    assertRejected(dir.resolve("missing.txt"), "unreadable: no such file");
    assertRejected(dir, "not a regular file (directory)");
  }

  @Test
  void fileWithoutReadPermissionIsRejected() throws Exception {
    Path file = write("locked.txt", "本报讯".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: permissions are not enforced");
    assertRejected(file, "unreadable: permission denied");
  }

  @Test
  void rejectionNamesFileStageAndReason() throws Exception {
    Path file = write("empty.txt", new byte[0]);
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(file));
    assertEquals(file + ": empty file", e.getMessage());
    assertEquals("read", e.stage());
    assertEquals(new Reject(file.toString(), "read", "empty file"), e.toReject());
  }

  private List<String> lines(String text) throws Exception {
    return reader.read(write("lines.txt", text.getBytes(StandardCharsets.UTF_8))).lines();
  }

  private Page read(String name, Charset charset, boolean bom, List<String> lines) throws Exception {
    String text = (bom ? "\uFEFF" : "") + String.join("\n", lines) + "\n";
    return reader.read(write(name, text.getBytes(charset)));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private void assertRejected(Path file, String reason) {
    RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(file));
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(file.toString(), e.path());
  }

  private static String sha256Hex(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
