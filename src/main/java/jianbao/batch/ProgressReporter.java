package jianbao.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal, a plain line every
 * {@code interval} otherwise (logs and CI keep readable lines), nothing but reject lines when
 * quiet.
 */
public final class ProgressReporter implements Progress {

  public enum Mode { BAR, LINES, QUIET }

  private static final long BAR_REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;
  /**
   * Files taken after the first before an ETA is given. The first file carries the start (HanLP's
   * dictionaries, a cold JIT): a rate that counts it says minutes for a run of seconds.
   */
  private static final int ETA_AFTER_FILES = 5;

  private final PrintWriter err;
  private final Mode mode;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long lastShown;
  private boolean barShown;
  private String bar = "";
  /** The first file taken: where the rate behind the ETA is measured from. */
  private Counters first;

  /**
   * @param intervalNanos between two plain lines (mode LINES)
   * @param clock nanoTime, or a stand-in in tests
   */
  public ProgressReporter(PrintWriter err, Mode mode, long intervalNanos, LongSupplier clock) {
    this.err = err;
    this.mode = mode;
    this.intervalNanos = intervalNanos;
    this.clock = clock;
    this.lastShown = clock.getAsLong();
  }

  public ProgressReporter(PrintWriter err, Mode mode) {
    this(err, mode, 10_000_000_000L, System::nanoTime);
  }

  /**
   * BAR when stderr is a terminal. Java cannot ask that of stderr itself, so the {@code jianbao}
   * launcher tells it (-Djianbao.stderr.tty=1 after {@code [ -t 2 ]}); without the launcher a
   * console counts.
   */
  public static Mode modeFor(boolean quiet) {
    if (quiet) {
      return Mode.QUIET;
    }
    String tty = System.getProperty("jianbao.stderr.tty");
    boolean terminal = tty != null ? tty.equals("1") : System.console() != null;
    return terminal ? Mode.BAR : Mode.LINES;
  }

  @Override
  public void message(String line) {
    clearBar();
    err.println(line);
    if (barShown) {
      err.print(bar);
    }
    err.flush();
  }

  @Override
  public void cutting(Counters c) {
    if (first == null) {
      first = c;
    }
    if (mode == Mode.QUIET || !due(c.files() == c.totalFiles())) {
      return;
    }
    double rate = c.pagesCut() / Math.max(c.nanos() / 1e9, 1e-9);
    String resumed = c.pagesResumed() > 0 ? String.format(Locale.ROOT, " (+%,d resumed)", c.pagesResumed()) : "";
    String duplicates = c.duplicates() > 0 ? ", " + count(c.duplicates(), "duplicate") : "";
    String figures = String.format(Locale.ROOT, "%,d/%s, %s%s, %.1f pages/s, ETA %s, %,d rejected%s",
        c.files(), count(c.totalFiles(), "file"), count(c.pagesCut(), "page"), resumed, rate, eta(c), c.rejects(),
        duplicates);
    show(c.files(), c.totalFiles(), figures);
  }

  /**
   * Time left at the rate since the first file, in bytes read (files differ in size; the total is
   * known in files and bytes, not pages, as a PDF holds several), once a few files have passed.
   */
  private String eta(Counters c) {
    if (c.files() >= c.totalFiles()) {
      return duration(0);
    }
    if (c.files() - first.files() < ETA_AFTER_FILES) {
      return "?";
    }
    double done = fraction(c);
    double since = fraction(first);
    double perSecond = (done - since) / Math.max((c.nanos() - first.nanos()) / 1e9, 1e-9);
    return perSecond <= 0 ? "?" : duration((1 - done) / perSecond);
  }

  private static double fraction(Counters c) {
    return c.totalBytes() > 0 ? c.bytes() / (double) c.totalBytes() : c.files() / (double) Math.max(c.totalFiles(), 1);
  }

  /** "1 page", "2 pages", "1,250 records": for counts in messages. */
  public static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  @Override
  public void finished() {
    clearBar();
    barShown = false;
    err.flush();
  }

  private boolean due(boolean last) {
    long now = clock.getAsLong();
    long gap = mode == Mode.BAR ? BAR_REDRAW_NANOS : intervalNanos;
    // The last file of the bar is always drawn; plain lines stay on their interval.
    if (now - lastShown >= gap || (last && mode == Mode.BAR)) {
      lastShown = now;
      return true;
    }
    return false;
  }

  private void show(int done, int total, String figures) {
    if (mode == Mode.LINES) {
      err.println("jianbao: " + figures);
    } else {
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
      bar = "\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + figures + "\033[K";
      err.print(bar);
      barShown = true;
    }
    err.flush();
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\033[K");
    }
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
