package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jianbao.harness.PageFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs through the whole command: each bad file gets exactly one line in rejects.jsonl and
 * one on stderr, naming the file and the reason, and every other file is processed.
 */
class ExtractBadInputTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");

  @TempDir Path dir;

  @Test
  void eachBadFileIsRejectedOnceAndTheOthersAreProcessed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] sample = Files.readAllBytes(SAMPLE);
    Files.write(in.resolve("a_good.txt"), sample);
    Files.write(in.resolve("b_empty.txt"), new byte[0]);
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Files.write(in.resolve("c_junk.txt"), junk);
    byte[] pdf = pdf(false);
    Files.write(in.resolve("d_truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    Files.write(in.resolve("e_encrypted.pdf"), pdf(true));
    int middle = new String(sample, StandardCharsets.UTF_8).indexOf("\n", sample.length / 3) + 1;
    byte[] undecodable = new byte[sample.length + 1];
    System.arraycopy(sample, 0, undecodable, 0, middle);
    undecodable[middle] = (byte) 0xFF; // never valid in UTF-8, GB18030 or Big5
    System.arraycopy(sample, middle, undecodable, middle + 1, sample.length - middle);
    Files.write(in.resolve("f_undecodable.txt"), undecodable);
    Path loop = Files.createDirectories(in.resolve("g_loop"));
    Files.createSymbolicLink(loop.resolve("self"), loop);
    Files.createSymbolicLink(in.resolve("h_link1.txt"), in.resolve("h_link2.txt"));
    Files.createSymbolicLink(in.resolve("h_link2.txt"), in.resolve("h_link1.txt"));
    Files.write(in.resolve("z_good.txt"), page(1));

    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities");

    Map<String, String> want = new LinkedHashMap<>();
    want.put("b_empty.txt", "read: empty file");
    want.put("c_junk.txt", "read: binary content, not text");
    want.put("d_truncated.pdf", "read: corrupt PDF: truncated (no %%EOF end marker)");
    want.put("e_encrypted.pdf", "read: encrypted PDF, password required");
    want.put("f_undecodable.txt", "read: undecodable bytes: no encoding reads every byte (UTF-8, GB18030, Big5 tried);"
        + " as UTF-8 the first bad byte is at offset " + middle);
    want.put("g_loop/self", "read: symbolic link loop, not followed");
    want.put("h_link1.txt", "read: symbolic link loop, not followed");
    want.put("h_link2.txt", "read: symbolic link loop, not followed");
    assertEquals(new TreeMap<>(want), rejects(out, in), run.err());
    assertEquals(3, run.code(), run.err());

    // One stderr line per reject naming file and reason, then the summary.
    List<String> err = run.errLines();
    assertEquals(want.size() + 1, err.size(), run.err());
    for (Map.Entry<String, String> w : want.entrySet()) {
      String reason = w.getValue().substring("read: ".length());
      assertEquals(1, err.stream().filter(l -> l.equals("jianbao: " + in.resolve(w.getKey()) + ": " + reason)).count(),
          w.getKey() + " in\n" + run.err());
    }
    assertTrue(err.get(err.size() - 1).startsWith("jianbao: 2 pages (0 resumed), "), run.err());

    List<JsonNode> pages = Cli.jsonLines(out.resolve("pages.jsonl"));
    assertEquals(List.of(in.resolve("a_good.txt").toString(), in.resolve("z_good.txt").toString()),
        pages.stream().map(p -> p.get("path").asText()).toList());
    assertTrue(Files.readAllLines(out.resolve("articles.jsonl")).size() >= 14);
  }

  @Test
  void fiftyMegabyteTextFileIsRefusedAsNoPageAndTheRunGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String text = "示范区（高新区）党工委书记、管委会主任吕沛到示范区调研。\n";
    byte[] line = text.getBytes(StandardCharsets.UTF_8);
    Path big = in.resolve("big.txt");
    int count = 50_000_000 / line.length + 1;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      for (int i = 0; i < count; i++) {
        o.write(line);
      }
    }
    Files.copy(SAMPLE, in.resolve("good.txt"));
    Path out = dir.resolve("out");
    long started = System.nanoTime();
    Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "-q");
    double seconds = (System.nanoTime() - started) / 1e9;

    assertEquals(3, run.code(), run.err());
    assertEquals(Map.of("big.txt", "read: page too large: " + String.format(java.util.Locale.ROOT, "%,d", (text.length() - 1) * (long) count)
        + " characters of text (limit 1,000,000; a newspaper page holds about 20,000) — split the file into pages"),
        rejects(out, in));
    assertEquals(1, Files.readAllLines(out.resolve("pages.jsonl")).size());
    assertTrue(seconds < 60, "50 MB file refused in " + seconds + " s");
  }

  @Test
  void fileWithoutReadPermissionIsRejected() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("a.txt"));
    Path locked = Files.write(in.resolve("locked.txt"), "本报讯".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked),
        "running as root, which reads any file: permission denial is covered by BatchRunTest's reader stand-in");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "-q");
    assertEquals(3, run.code());
    assertEquals(Map.of("locked.txt", "read: unreadable: permission denied"), rejects(out, in));
  }

  @Test
  void folderOfTenThousandSmallFilesIsReadWhole() throws Exception {
    Path in = dir.resolve("in");
    int files = 10_000;
    for (int i = 0; i < files; i++) {
      Path folder = Files.createDirectories(in.resolve(String.format("%02d", i / 100)));
      Files.writeString(folder.resolve(String.format("%05d.txt", i)),
          "第" + i + "号通知\n\n本报讯（记者王立新）第" + i + "条消息：会议于5月17日召开。\n");
    }
    Path out = dir.resolve("out");
    long started = System.nanoTime();
    Cli.Run run = Cli.run("extract", in.toString(), "-o", out.toString(), "--no-entities", "-q");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    List<String> pages = Files.readAllLines(out.resolve("pages.jsonl"));
    assertEquals(files, pages.size());
    assertTrue(pages.get(files - 1).startsWith("{\"path\":\"" + in.resolve("99/09999.txt") + "\""), pages.get(files - 1));
    assertEquals(files, Files.readAllLines(out.resolve("articles.jsonl")).size());
    assertEquals("", Files.readString(out.resolve("rejects.jsonl")));
    assertTrue(seconds < 90, files + " files in " + seconds + " s");
  }

  /** rejects.jsonl as file name (relative to {@code in}) → "stage: reason". */
  static Map<String, String> rejects(Path out, Path in) {
    Map<String, String> got = new TreeMap<>();
    for (JsonNode r : Cli.jsonLines(out.resolve("rejects.jsonl"))) {
      String path = in.relativize(Path.of(r.get("path").asText())).toString();
      String previous = got.put(path, r.get("stage").asText() + ": " + r.get("reason").asText());
      assertEquals(null, previous, "two reject lines for " + path);
    }
    return got;
  }

  static byte[] page(long seed) {
    return (String.join("\n", new PageFactory().page(seed, PageFactory.Knobs.RANDOM).lines()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A small Latin page in a standard font, or the same with a user password. */
  static byte[] pdf(boolean encrypted) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Weekly news: the county fair opens on Monday.");
        content.endText();
      }
      if (encrypted) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
        policy.setEncryptionKeyLength(256);
        doc.protect(policy);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
