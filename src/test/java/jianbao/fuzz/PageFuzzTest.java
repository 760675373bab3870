package jianbao.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jianbao.harness.PageFactory;
import jianbao.harness.PageRenderer;
import jianbao.model.Article;
import jianbao.model.FieldSpan;
import jianbao.model.Page;
import jianbao.model.TextSpan;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.RejectedPageException;
import jianbao.segment.HeadlinePosition;
import jianbao.write.Json;
import jianbao.write.ProgressJournal;
import jianbao.write.SchemaAssert;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property tests over random and mutated pages through the whole pipeline (entities on for one
 * case in eight): no exception escapes, nothing is lost (every printed character of the page is in
 * exactly one record field or in unassigned, counted independently of the pipeline's ledger), and
 * every record and page line validates against the schemas.
 *
 * <p>Tries per property come from {@code jqwik.tries.default}: small in {@code mvn test}, 10,000 in
 * {@code mvn test -Pfuzz} (see the pom). A failure prints the seed; jqwik shrinks the case.
 */
class PageFuzzTest {
  private static final List<String> SAMPLE = sample();
  private static final PageFactory FACTORY = new PageFactory();
  private static final PagePipeline PLAIN =
      new PagePipeline(new PagePipeline.Options(null, HeadlinePosition.AUTO, false));
  private static final PagePipeline FULL =
      new PagePipeline(new PagePipeline.Options(LocalDate.of(2021, 5, 18), HeadlinePosition.AUTO, true));
  private static final PageReader READER = new PageReader();
  private static final String PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…·-=+@#*~!?.,;:()[]{}<>|/\\'\"";
  private static final Charset[] ENCODINGS = {
      StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
      Charset.forName("GB18030"), Charset.forName("GBK"), Charset.forName("Big5")};

  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger REJECTED = new AtomicInteger();
  private static final long STARTED = System.nanoTime();
  private static Path scratch;

  /** One mutation of a page's lines, applied with the case's random source. */
  enum Mutation {
    BREAK_LINES, JOIN_LINES, DELETE_LINES, DUPLICATE_LINES, SHUFFLE, RANDOM_TEXT_LINE, VERY_LONG_LINE,
    PUNCTUATION_LINES, SPACE_NOISE, BLANK_LINES, CUT_PAGE
  }

  record Case(long seed, int base, List<Mutation> mutations) {}

  record ByteCase(Case text, int encoding, boolean bom, int byteDamage, boolean pureNoise, String extension) {}

  @Provide
  Arbitrary<Case> pages() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(Mutation.class).list().ofMinSize(0).ofMaxSize(6))
        .as(Case::new);
  }

  @Provide
  Arbitrary<ByteCase> files() {
    return Combinators.combine(
            pages(),
            Arbitraries.integers().between(0, ENCODINGS.length - 1),
            Arbitraries.of(true, false),
            // Most files undamaged, so most reach the pipeline; any damage is usually refused.
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 8))),
            Arbitraries.integers().between(0, 15).map(i -> i == 0),
            Arbitraries.of(".txt", "", ".TXT", ".html", ".csv", ".dat"))
        .as(ByteCase::new);
  }

  @Property
  void mutatedPagesAreCutWithoutLoss(@ForAll("pages") Case c) {
    List<String> lines = mutate(c);
    Page page = new Page("fuzz/page-" + c.seed() + ".txt", sha(c), "UTF-8", "text/plain", lines);
    assertCutWithoutLoss(page, c.seed() % 8 == 0 ? FULL : PLAIN);
  }

  @Property
  void randomBytesInRandomEncodingsAreReadOrRejected(@ForAll("files") ByteCase c) throws IOException {
    byte[] bytes = bytes(c);
    Path file = Files.write(scratch().resolve("f" + CASES.get() + c.extension()), bytes);
    PageReader.Pages pages;
    try {
      pages = READER.readPages(file);
    } catch (RejectedPageException e) {
      // A refusal is an allowed answer; it must say why, on one line, naming the file.
      REJECTED.incrementAndGet();
      CASES.incrementAndGet();
      assertFalse(e.reason().isBlank());
      assertEquals(file.toString(), e.path());
      assertEquals("read", e.stage());
      return;
    } finally {
      Files.deleteIfExists(file);
    }
    for (Page page : pages.pages()) {
      assertCutWithoutLoss(page, c.text().seed() % 8 == 0 ? FULL : PLAIN);
    }
  }

  /** Found by the fuzzer: a caption's pointer alone on its line became an empty paragraph. */
  @Example
  void pointerAloneOnItsLine() {
    assertCutWithoutLoss(new Page("arrow.txt", "1".repeat(64), "UTF-8", "text/plain",
        List.of("⬅", "5月15日，", "限公司的工人在安", "装输送机驱动轴承。")), PLAIN);
  }

  @AfterContainer
  static void report() {
    System.out.printf("fuzz: %d cases (%d byte files refused by the reader) in %.1f s%n",
        CASES.get(), REJECTED.get(), (System.nanoTime() - STARTED) / 1e9);
  }

  // ---- the invariants ----

  static void assertCutWithoutLoss(Page page, PagePipeline pipeline) {
    CASES.incrementAndGet();
    PagePipeline.Result r = pipeline.process(page);
    TreeMap<Integer, Integer> want = new TreeMap<>();
    page.lines().forEach(l -> count(want, l));
    TreeMap<Integer, Integer> got = new TreeMap<>();
    if (r.page().section() != null) {
      count(got, r.page().section());
    }
    Set<String> ids = new HashSet<>();
    for (Article a : r.articles()) {
      fields(a).forEach(s -> count(got, s.raw()));
      assertTrue(ids.add(a.id()), "duplicate id " + a.id());
      assertTrue(a.source().lineStart() >= 1 && a.source().lineEnd() <= page.lines().size(), a.id());
      SchemaAssert.assertValidArticle(Json.mapper().valueToTree(a));
    }
    for (TextSpan t : r.page().unassigned()) {
      count(got, t.text());
    }
    assertEquals(want, got, "characters lost or doubled");
    assertEquals(0, r.doubleClaims(), "fragments claimed twice");
    assertEquals(r.articles().size(), r.page().recordCount());
    SchemaAssert.assertValidPage(Json.mapper().valueToTree(r.page()));
    try {
      ProgressJournal.render(r.page(), r.articles()); // what the batch writes must serialise
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<FieldSpan> fields(Article a) {
    List<FieldSpan> out = new ArrayList<>();
    Stream.of(a.spans().kicker(), a.spans().headline(), a.spans().subheadline(), a.spans().byline())
        .filter(s -> s != null).forEach(out::add);
    out.addAll(a.spans().paragraphs());
    return out;
  }

  private static void count(TreeMap<Integer, Integer> m, String s) {
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFEFF)
        .forEach(c -> m.merge(c, 1, Integer::sum));
  }

  // ---- case construction ----

  static List<String> mutate(Case c) {
    Random rnd = new Random(c.seed());
    List<String> lines = new ArrayList<>(c.base() == 0 ? SAMPLE
        : FACTORY.page(c.base() * 7919L, PageFactory.Knobs.RANDOM).lines());
    for (Mutation m : c.mutations()) {
      apply(m, lines, rnd);
    }
    return lines;
  }

  private static void apply(Mutation m, List<String> lines, Random rnd) {
    int n = lines.size();
    switch (m) {
      case BREAK_LINES -> {
        for (int k = 0; k < 1 + rnd.nextInt(20) && !lines.isEmpty(); k++) {
          int i = rnd.nextInt(lines.size());
          String l = lines.get(i);
          int at = l.isEmpty() ? 0 : rnd.nextInt(l.length() + 1);
          lines.set(i, l.substring(0, at));
          lines.add(i + 1, l.substring(at));
        }
      }
      case JOIN_LINES -> {
        for (int k = 0; k < 1 + rnd.nextInt(20) && lines.size() > 1; k++) {
          int i = rnd.nextInt(lines.size() - 1);
          lines.set(i, lines.get(i) + (rnd.nextBoolean() ? "" : "  ") + lines.remove(i + 1));
        }
      }
      case DELETE_LINES -> lines.removeIf(l -> rnd.nextInt(5) == 0);
      case DUPLICATE_LINES -> {
        for (int k = 0; k < 1 + rnd.nextInt(10) && n > 0; k++) {
          int i = rnd.nextInt(lines.size());
          lines.add(i, lines.get(i));
        }
      }
      case SHUFFLE -> Collections.shuffle(lines, rnd);
      case RANDOM_TEXT_LINE -> lines.add(n == 0 ? 0 : rnd.nextInt(n + 1), randomText(rnd, 1 + rnd.nextInt(60)));
      case VERY_LONG_LINE -> {
        String base = n == 0 ? "本报讯" : String.join("", lines.subList(0, Math.min(n, 40)));
        StringBuilder b = new StringBuilder();
        int target = 2_000 + rnd.nextInt(60_000);
        while (b.length() < target && !base.isEmpty()) {
          b.append(base);
        }
        lines.add(n == 0 ? 0 : rnd.nextInt(n + 1), b.toString());
      }
      case PUNCTUATION_LINES -> {
        for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
          StringBuilder b = new StringBuilder();
          for (int j = 0; j < 1 + rnd.nextInt(30); j++) {
            b.append(PUNCTUATION.charAt(rnd.nextInt(PUNCTUATION.length())));
          }
          lines.add(lines.isEmpty() ? 0 : rnd.nextInt(lines.size() + 1), b.toString());
        }
      }
      case SPACE_NOISE -> lines.replaceAll(l -> rnd.nextInt(3) == 0 ? PageRenderer.spaceNoise(l, rnd) : l);
      case BLANK_LINES -> {
        for (int k = 0; k < 1 + rnd.nextInt(10); k++) {
          lines.add(lines.isEmpty() ? 0 : rnd.nextInt(lines.size() + 1), rnd.nextBoolean() ? "" : " \t　");
        }
      }
      case CUT_PAGE -> {
        if (n > 1) {
          int from = rnd.nextInt(n);
          List<String> kept = new ArrayList<>(lines.subList(from, Math.min(n, from + 1 + rnd.nextInt(60))));
          lines.clear();
          lines.addAll(kept);
        }
      }
    }
  }

  /** Any code points: CJK, Latin, digits, punctuation, symbols, controls, surrogate pairs. */
  private static String randomText(Random rnd, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = rnd.nextInt(8);
      int cp = switch (kind) {
        case 0, 1, 2 -> 0x4E00 + rnd.nextInt(0x9FFF - 0x4E00);
        case 3 -> 0x20 + rnd.nextInt(0x5F);
        case 4 -> PUNCTUATION.charAt(rnd.nextInt(PUNCTUATION.length()));
        case 5 -> 0x3000 + rnd.nextInt(0x40);
        case 6 -> 0x1F300 + rnd.nextInt(0x200);
        default -> rnd.nextInt(0x30000);
      };
      if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != '\n' && cp != '\r') {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  static byte[] bytes(ByteCase c) {
    Random rnd = new Random(c.text().seed() ^ 0x5DEECE66DL);
    if (c.pureNoise()) {
      byte[] noise = new byte[1 + rnd.nextInt(20_000)];
      rnd.nextBytes(noise);
      return noise;
    }
    Charset charset = ENCODINGS[c.encoding()];
    String text = String.join(rnd.nextBoolean() ? "\n" : "\r\n", mutate(c.text())) + "\n";
    byte[] body = text.getBytes(charset);
    byte[] bom = !c.bom() ? new byte[0]
        : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : charset.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF}
        : new byte[0];
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    for (int k = 0; k < c.byteDamage() && bytes.length > 0; k++) {
      switch (rnd.nextInt(3)) {
        case 0 -> bytes[rnd.nextInt(bytes.length)] = (byte) rnd.nextInt(256);
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, bytes.length - 1 - rnd.nextInt(3)));
        default -> {
          int at = rnd.nextInt(bytes.length);
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = (byte) rnd.nextInt(256);
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }

  private static String sha(Case c) {
    return String.format("%064x", c.hashCode() & 0xFFFFFFFFL);
  }

  private static synchronized Path scratch() throws IOException {
    if (scratch == null) {
      scratch = Files.createTempDirectory("jianbao-fuzz");
      scratch.toFile().deleteOnExit();
    }
    return scratch;
  }

  private static List<String> sample() {
    try {
      return new PageReader().read(Path.of("samples/000_e1de8d0c08a602d2.txt")).lines();
    } catch (RejectedPageException e) {
      throw new IllegalStateException(e);
    }
  }
}
