package jianbao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * How many pages a process cuts before the JIT settles: the process's CPU time is read every
 * {@code batch} pages, and the run has settled at the first batch after which no later batch costs
 * more than 5% less per page. Before that, every page pays for compiling as well as for cutting.
 */
final class JitSettling {
  static final double TOLERANCE = 0.05;

  private final int batch;
  private final DoubleSupplier cpuSeconds;
  private final List<Double> perPage = new ArrayList<>();
  private int pagesBefore; // pages of the runs already finished
  private int lastPages; // pages of the current run at the last reading
  private double lastCpu;
  private int batchStart;

  JitSettling(int batch, DoubleSupplier cpuSeconds) {
    this.batch = batch;
    this.cpuSeconds = cpuSeconds;
    this.lastCpu = cpuSeconds.getAsDouble();
  }

  /** A new run starts: its page count starts at 0 again, the series goes on. */
  void newRun() {
    pagesBefore += lastPages;
    lastPages = 0;
    // A part batch left from the run before is dropped: the CPU spent between runs is not cutting.
    batchStart = pagesBefore;
    lastCpu = cpuSeconds.getAsDouble();
  }

  /** {@code pages}: pages cut so far in the current run. */
  void cut(int pages) {
    lastPages = pages;
    int total = pagesBefore + pages;
    if (total - batchStart >= batch) {
      double cpu = cpuSeconds.getAsDouble();
      perPage.add((cpu - lastCpu) / (total - batchStart));
      lastCpu = cpu;
      batchStart = total;
    }
  }

  /** CPU seconds per page of each batch so far. */
  List<Double> perPage() {
    return List.copyOf(perPage);
  }

  /** Pages cut before the settled batch, or -1 when the last batch is still more than 5% above the cheapest. */
  int settledAfter() {
    int at = settledBatch(perPage, TOLERANCE);
    return at < 0 ? -1 : at * batch;
  }

  /** The first batch that no later batch undercuts by more than {@code tolerance}; -1 for none yet. */
  static int settledBatch(List<Double> perPage, double tolerance) {
    // Scanned from the end: the running minimum of the batches after each one.
    int settled = -1;
    double min = Double.POSITIVE_INFINITY;
    for (int i = perPage.size() - 1; i >= 0; i--) {
      min = Math.min(min, perPage.get(i));
      if (perPage.get(i) <= min * (1 + tolerance)) {
        settled = i;
      } else {
        break;
      }
    }
    // The last batch alone proves nothing: it has no later batch to be undercut by.
    return settled == perPage.size() - 1 ? -1 : settled;
  }

  /** The series, for the report: "12.3 9.1 7.0 …" milliseconds per page. */
  String series() {
    StringBuilder s = new StringBuilder();
    for (double v : perPage) {
      s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", v * 1e3));
    }
    return s.toString();
  }
}
