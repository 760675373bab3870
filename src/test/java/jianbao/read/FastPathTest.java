package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that skip Tika for plain CJK text pages give Tika's own answers where they
 * apply, and step aside for everything else.
 */
class FastPathTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");

  private static PageFile file(String name, byte[] bytes) {
    return new PageFile("/in/" + name, name, bytes, PageFile.sha256(bytes), null);
  }

  @Test
  void samplePageSkipsTikaWithTikasAnswers() throws Exception {
    byte[] utf8 = Files.readAllBytes(SAMPLE);
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5")}) {
      byte[] bytes = new String(utf8, StandardCharsets.UTF_8).getBytes(cs);
      PageFile f = file("page.txt", bytes);
      assertTrue(PageReader.plainTextPage(f), cs.name());
      // what Tika's magic + name detection says for the same file
      assertEquals(MediaType.TEXT_PLAIN, MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(bytes), f.metadata()));
    }
    // UTF-8 fast path: both detectors agree
    assertTrue(TextFormat.plainUtf8(utf8));
    PageFile f = file("page.txt", utf8);
    assertEquals(StandardCharsets.UTF_8, new UniversalEncodingDetector().detect(new ByteArrayInputStream(utf8), f.metadata()));
    assertEquals(StandardCharsets.UTF_8, new Icu4jEncodingDetector().detect(new ByteArrayInputStream(utf8), f.metadata()));
    assertFalse(TextFormat.plainUtf8(new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"))));
  }

  @Test
  void everythingElseGoesToTika() throws Exception {
    byte[] cjk = "本报讯（记者郭树勋）5月17日上午，示范区调研。\n".getBytes(StandardCharsets.UTF_8);
    assertFalse(PageReader.plainTextPage(file("page.html", cjk)), "not named .txt");
    assertFalse(PageReader.plainTextPage(file("page.txt", "2021年5月17日\n".getBytes(StandardCharsets.UTF_8))), "ASCII first");
    assertFalse(PageReader.plainTextPage(file("page.txt", ("本报<html><body>" + "x").getBytes(StandardCharsets.UTF_8))), "markup");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertFalse(PageReader.plainTextPage(file("junk.txt", png)), "binary");
    byte[] utf16 = "\uFEFF本报讯".getBytes(StandardCharsets.UTF_16LE);
    assertFalse(PageReader.plainTextPage(file("page.txt", utf16)), "UTF-16 byte order mark");
    assertFalse(TextFormat.plainUtf8("plain ASCII".getBytes(StandardCharsets.US_ASCII)), "ASCII: the detectors decide");
    assertFalse(TextFormat.plainUtf8("本报\u0000".getBytes(StandardCharsets.UTF_8)), "NUL");
  }
}
