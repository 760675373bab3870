package jianbao.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import jianbao.batch.BatchRun;
import jianbao.batch.Progress;
import jianbao.entity.EntityEngine;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;

/**
 * The throughput benchmark: N pages of articles composed from the samples' sentences, cut end to end by {@link BatchRun}
 * (read, cut, entities, journal, outputs) and, in the same process and on the same text, segmented
 * by raw HanLP (Viterbi with name, place and organisation recognition on), at each thread count.
 * Both are timed on warm code (a warm-up pass runs first), alternating, so a change in machine load
 * hits both alike; the ratio is the figure to read.
 */
public final class Bench {

  public record Options(int pages, List<Integer> threads, Path dir, Path samples, boolean keep) {}

  /**
   * One thread count's figures. The raw floor is HanLP with all three recognisers on; {@code
   * ownCpuSeconds} is HanLP as jianbao's entity stage sets it up (name recognition only, offsets
   * on). {@code jitSeconds}: the JIT compilers' time during the end-to-end run.
   */
  public record Row(int threads, int pages, long chars, double seconds, long peakRssKb, double rawSeconds,
      double cpuSeconds, double rawCpuSeconds, double ownCpuSeconds, double jitSeconds) {
    double pagesPerSecond() {
      return pages / seconds;
    }

    double charsPerSecond() {
      return chars / seconds;
    }

    double rawCharsPerSecond() {
      return chars / rawSeconds;
    }

    double ratio() {
      return rawSeconds / seconds;
    }

    /** The same ratio on CPU time: what other jobs on the machine take does not count. */
    double cpuRatio() {
      return rawCpuSeconds / cpuSeconds;
    }

    /** The CPU-time ratio against HanLP set up as jianbao's entity stage sets it up. */
    double ownCpuRatio() {
      return ownCpuSeconds / cpuSeconds;
    }
  }

  // Enough for C2 to compile the hot paths of both (60 pages left the first timed run 2x slower).
  private static final int WARM_UP_PAGES = 300;
  /** Pages per reading of the JIT settling series: enough that one slow page does not swing it. */
  private static final int SETTLING_BATCH = 50;

  private final Options options;
  private final PrintWriter out;

  public Bench(Options options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  public List<Row> run() throws IOException, BatchRun.Failure, InterruptedException {
    Path root = options.dir() != null ? Files.createDirectories(options.dir()) : Files.createTempDirectory("jianbao-bench");
    try {
      return run(root);
    } finally {
      if (!options.keep()) {
        deleteTree(root);
      }
    }
  }

  private List<Row> run(Path root) throws IOException, BatchRun.Failure, InterruptedException {
    Path pagesDir = root.resolve("pages");
    deleteTree(pagesDir);
    long t0 = System.nanoTime();
    List<BenchPages.Built> pages = BenchPages.fromFolder(options.samples()).write(pagesDir, options.pages());
    long bytes = 0;
    for (BenchPages.Built b : pages) {
      bytes += Files.size(b.file());
    }
    say("built %,d pages (%,.1f MB) of articles composed from the sentences of %s in %.1f s under %s", pages.size(),
        bytes / 1e6, options.samples(),
        (System.nanoTime() - t0) / 1e9, pagesDir);
    say("machine: %d cores, load average %s", Runtime.getRuntime().availableProcessors(), loadAverage());

    // Warm-up: HanLP's dictionaries and the JIT, for both paths.
    t0 = System.nanoTime();
    EntityEngine.shared();
    List<Path> warm = pages.subList(0, Math.min(WARM_UP_PAGES, pages.size())).stream().map(BenchPages.Built::file).toList();
    int most = options.threads().stream().max(Integer::compare).orElse(1);
    // The warm-up and the first timed run at the same thread count: the series that shows when the
    // JIT has settled (per-page CPU no longer falling).
    JitSettling settling = new JitSettling(SETTLING_BATCH, Bench::cpuSeconds);
    extract(warm, root.resolve("out-warm-up"), options.threads().get(0), settling);
    raw(pages.subList(0, warm.size()), most, ALL);
    raw(pages.subList(0, warm.size()), most, OWN);
    say("warm-up (HanLP loaded, %d pages both ways) in %.1f s", warm.size(), (System.nanoTime() - t0) / 1e9);

    List<Row> rows = new ArrayList<>();
    for (int threads : options.threads()) {
      boolean reset = PeakRss.reset();
      double jit0 = jitSeconds();
      double cpu0 = cpuSeconds();
      boolean first = rows.isEmpty();
      if (first) {
        settling.newRun();
      }
      BatchRun.Summary s = extract(List.of(pagesDir), root.resolve("out-" + threads), threads, first ? settling : null);
      double cpu1 = cpuSeconds();
      double jit = jitSeconds() - jit0;
      long rss = PeakRss.kilobytes();
      double rawSeconds = raw(pages, threads, ALL);
      double cpu2 = cpuSeconds();
      raw(pages, threads, OWN);
      double cpu3 = cpuSeconds();
      Row row = new Row(threads, s.pages(), s.chars(), s.seconds(), reset ? rss : -1, rawSeconds, cpu1 - cpu0,
          cpu2 - cpu1, cpu3 - cpu2, jit);
      rows.add(row);
      say("%d thread%s: end to end %,d pages, %,d records in %.1f s = %.1f pages/s, %,.0f chars/s (peak RSS %s);"
              + " raw HanLP %,.0f chars/s; end to end / raw HanLP = %.2f (on CPU time: %.1f s vs %.1f s = %.2f)",
          threads, threads == 1 ? "" : "s", s.pages(), s.records(), s.seconds(), row.pagesPerSecond(),
          row.charsPerSecond(), reset ? String.format(Locale.ROOT, "%,d MB", rss / 1024) : "n/a", row.rawCharsPerSecond(),
          row.ratio(), row.cpuSeconds(), row.rawCpuSeconds(), row.cpuRatio());
      say("  CPU-time ratio raw HanLP / end to end: %.2f with all three recognisers, %.2f with jianbao's own set"
              + " (name recognition only: %.1f s); JIT compilers %.1f s during the run%s",
          row.cpuRatio(), row.ownCpuRatio(), row.ownCpuSeconds(), row.jitSeconds(),
          row.jitSeconds() > 0.2 * row.cpuSeconds() ? " (still compiling: more pages give the settled figure)" : "");
      if (first) {
        int settled = settling.settledAfter();
        say("  JIT: CPU ms per page, batches of %d pages from the process start (%d-thread warm-up, then this run): %s;"
                + " %s", SETTLING_BATCH, threads, settling.series(), settled >= 0
                ? String.format(Locale.ROOT, "settled after about %,d pages (no later batch more than 5%% cheaper)", settled)
                : String.format(Locale.ROOT, "not settled within %,d pages", warm.size() + s.pages()));
      }
      if (s.pages() != pages.size()) {
        say("  note: %d of %d pages in the outputs (%d rejected, %d duplicates)", s.pages(), pages.size(), s.rejected(),
            s.duplicates());
      }
      deleteTree(root.resolve("out-" + threads));
    }
    // Each multi-thread row against the 1-thread row run just before it (closest in machine load).
    Row one = null;
    for (Row r : rows) {
      if (r.threads() == 1) {
        one = r;
      } else if (one != null) {
        say("scaling %d threads / 1 thread: end to end %.2fx, raw HanLP %.2fx", r.threads(),
            one.seconds() / r.seconds(), one.rawSeconds() / r.rawSeconds());
      }
    }
    say("peak RSS of the whole bench process: %,d MB; load average now %s", PeakRss.kilobytes() / 1024, loadAverage());
    return rows;
  }

  /** {@code settling}: told the pages cut as the run goes, or null. */
  private static BatchRun.Summary extract(List<Path> inputs, Path outDir, int threads, JitSettling settling)
      throws BatchRun.Failure {
    BatchRun.Settings settings = new BatchRun.Settings(inputs, outDir, Set.of("jsonl", "csv"), true,
        PagePipeline.Options.defaults(), PageReader.Options.defaults(), false, "bench", threads, null);
    Progress progress = new Progress() {
      @Override
      public void message(String line) {}

      @Override
      public void cutting(Counters now) {
        if (settling != null) {
          settling.cut(now.pagesCut());
        }
      }
    };
    return new BatchRun(settings, progress).run();
  }

  /** HanLP with name, place and organisation recognition on: the floor the issue measures against. */
  private static final ThreadLocal<Segment> ALL = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true));
  /** HanLP as the entity stage sets it up ({@code EntityEngine}): name recognition only, offsets on. */
  private static final ThreadLocal<Segment> OWN = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableNameRecognize(true).enablePlaceRecognize(false).enableOrganizationRecognize(false).enableOffset(true));

  /**
   * Raw HanLP over the same pages' text (the lines joined, as many characters as the pipeline
   * counts), one page per call, on {@code threads} threads; wall seconds, reading included (the
   * files are in the page cache and known UTF-8 or GB18030, so reading costs microseconds).
   */
  static double raw(List<BenchPages.Built> pages, int threads, ThreadLocal<Segment> segment)
      throws InterruptedException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<Integer>> futures = new ArrayList<>();
      for (BenchPages.Built b : pages) {
        futures.add(pool.submit(() -> {
          String text = String.join("", Files.readString(b.file(), b.charset()).split("\r?\n"));
          return segment.get().seg(text).size();
        }));
      }
      for (Future<Integer> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException("raw HanLP failed: " + e.getCause(), e.getCause());
        }
      }
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Seconds the JIT compilers have spent so far (NaN where the JVM does not tell). */
  static double jitSeconds() {
    java.lang.management.CompilationMXBean c = java.lang.management.ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1e3 : Double.NaN;
  }

  /** CPU seconds this process has used, all threads (GC and JIT included). */
  static double cpuSeconds() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  private void say(String format, Object... args) {
    out.println("bench: " + String.format(Locale.ROOT, format, args));
    out.flush();
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
