package jianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the progress reporter prints, on a hand-driven clock. */
class ProgressReporterTest {
  static final long S = 1_000_000_000L;

  @Test
  void plainLinesOnTheirIntervalWithRateEtaAndRejects() {
    StringWriter buffer = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.LINES, 10 * S, clock::get);
    clock.set(4 * S);
    p.cutting(new Progress.Counters(100, 1000, 100, 0, 450, 0, 4 * S)); // before the interval: nothing
    clock.set(10 * S);
    p.cutting(new Progress.Counters(250, 1000, 250, 0, 1100, 2, 10 * S));
    p.message("jianbao: x.txt: empty file");
    clock.set(21 * S);
    p.cutting(new Progress.Counters(500, 1000, 490, 10, 2200, 3, 20 * S));
    p.writing(490, 500);
    p.finished();
    assertEquals(String.join("\n",
        "jianbao: 250/1,000 files, 250 pages, 25.0 pages/s, ETA 30s, 2 rejected",
        "jianbao: x.txt: empty file",
        "jianbao: 500/1,000 files, 490 pages (+10 resumed), 24.5 pages/s, ETA 20s, 3 rejected",
        ""), buffer.toString());
  }

  @Test
  void barIsRedrawnInPlaceAndMessagesGoAboveIt() {
    StringWriter buffer = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.BAR, 10 * S, clock::get);
    clock.set(S);
    p.cutting(new Progress.Counters(1, 4, 1, 0, 5, 0, S));
    p.message("jianbao: b.txt: empty file");
    clock.set(2 * S);
    p.cutting(new Progress.Counters(4, 4, 3, 0, 15, 1, 2 * S));
    p.finished();
    String out = buffer.toString();
    String first = "\r[######..................] 1/4 files, 1 pages, 1.0 pages/s, ETA 3s, 0 rejected\033[K";
    assertTrue(out.startsWith(first + "\r\033[Kjianbao: b.txt: empty file\n" + first), out);
    assertTrue(out.endsWith("\r[########################] 4/4 files, 3 pages, 1.5 pages/s, ETA 0s, 1 rejected\033[K\r\033[K"), out);
  }

  @Test
  void quietShowsOnlyMessages() {
    StringWriter buffer = new StringWriter();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.QUIET);
    p.cutting(new Progress.Counters(1, 1, 1, 0, 1, 0, S));
    p.message("jianbao: c.txt: empty file");
    p.writing(1, 1);
    p.finished();
    assertEquals("jianbao: c.txt: empty file\n", buffer.toString());
  }

  @Test
  void durations() {
    assertEquals("59s", ProgressReporter.duration(59.4));
    assertEquals("1m05s", ProgressReporter.duration(65));
    assertEquals("2h03m", ProgressReporter.duration(2 * 3600 + 3 * 60 + 7));
  }
}
