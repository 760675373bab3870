package jianbao.spark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jianbao.harness.PageFactory;
import jianbao.model.Page;
import jianbao.read.EpaperPdfs;

/**
 * A folder of page files for the Spark tests, laid out to catch what a distributed run could get
 * wrong: generated pages (the layout harness's factory) in UTF-8 and GB18030, LF and CRLF, under
 * folders whose names carry issue dates; the sample page; repeated pages, one of them where plain
 * string order of paths and extract's folder-by-folder order disagree; bad files of each kind; an
 * e-paper PDF of several pages and a scanned one; an HTML page; a file past the size limit (sparse,
 * never read); a name with a space and CJK characters; a hidden file.
 */
final class TestPages {
  static final Path SAMPLE = Launch.HOME.resolve("samples/000_e1de8d0c08a602d2.txt");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String[] FOLDERS = {"2021-05-18", "2021-05-19", "20210520", "misc"};

  private TestPages() {}

  /** Writes the folder {@code dir}; {@code generated} pages from the page factory, seeds from 1. */
  static Path write(Path dir, int generated) throws IOException {
    Files.createDirectories(dir);
    Files.copy(SAMPLE, dir.resolve(SAMPLE.getFileName()));
    PageFactory factory = new PageFactory();
    List<Page> forPdf = new ArrayList<>();
    for (int n = 1; n <= generated; n++) {
      List<String> lines = factory.page(n, PageFactory.Knobs.RANDOM).lines();
      java.util.SplittableRandom rnd = new java.util.SplittableRandom(n); // Random(n)'s first draws barely vary with n
      Charset charset = rnd.nextInt(4) == 0 ? GB18030 : StandardCharsets.UTF_8;
      String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
      Path file = dir.resolve(FOLDERS[n % FOLDERS.length]).resolve(String.format("gen-%04d.txt", n));
      write(file, (String.join(eol, lines) + eol).getBytes(charset));
      if (forPdf.size() < 2 && n % 7 == 0) {
        forPdf.add(new Page(file.toString(), "0".repeat(64), "UTF-8", "text/plain", lines));
      }
    }
    // Repeats: a later copy of a generated page, and a copy that string order would put first
    // ("a-b.txt" < "a/z.txt") but extract reads second (folder "a" sorts before "a-b.txt").
    write(dir.resolve("zz-later/copy-of-gen-0001.txt"), Files.readAllBytes(dir.resolve(FOLDERS[1] + "/gen-0001.txt")));
    byte[] twin = String.join("\n", factory.page(9003, PageFactory.Knobs.RANDOM).lines()).getBytes(StandardCharsets.UTF_8);
    write(dir.resolve("a/z.txt"), twin);
    write(dir.resolve("a-b.txt"), twin);
    // Bad inputs: each a reject line, none stops the run.
    write(dir.resolve("bad/empty.txt"), new byte[0]);
    write(dir.resolve("bad/blank.txt"), "  \n\n\t\n".getBytes(StandardCharsets.UTF_8));
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    write(dir.resolve("bad/junk.txt"), junk);
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("bad/huge.txt").toFile(), "rw")) {
      huge.setLength((512L << 20) + 1); // sparse: refused by size, never read (it would take 512 MB)
    }
    write(dir.resolve("pdf/scan.pdf"), EpaperPdfs.scan());
    String noFont = EpaperPdfs.missingFont();
    if (noFont == null) {
      write(dir.resolve("pdf/epaper.pdf"), EpaperPdfs.pages(forPdf));
    } else {
      System.out.println("TestPages: no e-paper PDF among the test pages: missing font " + noFont);
    }
    List<String> html = factory.page(9001, PageFactory.Knobs.RANDOM).lines();
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>版面</title></head><body>\n");
    for (String line : html) {
      h.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    write(dir.resolve("html/page.html"), h.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8));
    write(dir.resolve("misc/版面 二.txt"), String.join("\n", factory.page(9002, PageFactory.Knobs.RANDOM).lines())
        .getBytes(StandardCharsets.UTF_8));
    write(dir.resolve("misc/.hidden.txt"), Files.readAllBytes(SAMPLE)); // skipped by both
    return dir;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
