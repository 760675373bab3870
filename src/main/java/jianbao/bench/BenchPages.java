package jianbao.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import jianbao.read.PageReader;
import jianbao.read.RejectedPageException;

/**
 * Builds a folder of N distinct pages of new articles ({@link ArticleComposer}: the sample pages'
 * sentences recombined under new headlines and bylines, in varied lengths and column widths), so
 * that the benchmark reads a realistic mix and deduplication (by sha256) skips none of them: each
 * page also gets a line of its own (an editor's note with its number), and at random CRLF line
 * ends, GB18030 instead of UTF-8, trailing layout spaces, doubled blank lines (column breaks) and a
 * full-width space indent on some lines.
 */
public final class BenchPages {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final String[] EDITORS = {"王立新", "陈晓", "李华", "张明远", "刘洋", "赵一鸣", "孙丽", "周建国"};

  /** A generated page: its file and how its text is encoded. */
  public record Built(Path file, Charset charset) {}

  private final ArticleComposer composer;

  public BenchPages(List<List<String>> samples) throws IOException {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample pages");
    }
    this.composer = new ArticleComposer(samples);
  }

  /** Every readable page under {@code folder} (sorted by name), as lines. */
  public static BenchPages fromFolder(Path folder) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    PageReader reader = new PageReader();
    List<Path> files;
    try (Stream<Path> all = Files.walk(folder)) {
      files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    for (Path f : files) {
      try {
        pages.add(reader.read(f).lines());
      } catch (RejectedPageException e) {
        // not a page (a README, a gold file): skipped
      }
    }
    if (pages.isEmpty()) {
      throw new IOException("no readable page under " + folder);
    }
    return new BenchPages(pages);
  }

  /** Page {@code n}'s lines: a page composed and varied with a seed of n. */
  public List<String> lines(int n) {
    Random rnd = random(n);
    List<String> in = composer.page(rnd);
    List<String> out = new ArrayList<>(in.size() + 8);
    boolean trailing = rnd.nextInt(3) == 0;
    boolean doubleBlanks = rnd.nextInt(4) == 0;
    boolean indents = rnd.nextInt(4) == 0;
    for (String line : in) {
      String l = line;
      if (trailing && !l.isBlank() && rnd.nextInt(8) == 0) {
        l = l + " ".repeat(1 + rnd.nextInt(3));
      }
      if (indents && !l.isBlank() && rnd.nextInt(20) == 0 && !l.startsWith(" ")) {
        l = "\u3000" + l; // reads as layout space
      }
      out.add(l);
      if (doubleBlanks && l.isBlank() && rnd.nextInt(3) == 0) {
        out.add("");
      }
    }
    out.add("");
    out.add(String.format("（本版编辑：%s 第%d号）", EDITORS[rnd.nextInt(EDITORS.length)], n + 1));
    return out;
  }

  /** Consecutive seeds give java.util.Random correlated first draws: scrambled. */
  private static Random random(long seed) {
    return new Random(new java.util.SplittableRandom(seed).nextLong());
  }

  /** Writes pages 0..count-1 under {@code folder}, 1,000 to a subfolder; returns them in order. */
  public List<Built> write(Path folder, int count) throws IOException {
    List<Built> built = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      Random rnd = random(-1 - n);
      Charset charset = rnd.nextInt(4) == 0 ? GB18030 : StandardCharsets.UTF_8;
      String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
      Path dir = folder.resolve(String.format("%03d", n / 1000));
      Files.createDirectories(dir);
      Path file = dir.resolve(String.format("page-%06d.txt", n));
      Files.write(file, (String.join(eol, lines(n)) + eol).getBytes(charset));
      built.add(new Built(file, charset));
    }
    return built;
  }
}
