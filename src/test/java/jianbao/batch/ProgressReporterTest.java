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

  /** Files of 1,000 bytes each, no resumed pages. */
  static Progress.Counters at(int files, int total, int pages, int records, int rejects, int duplicates, long nanos) {
    return new Progress.Counters(files, total, files * 1000L, total * 1000L, pages, 0, records, rejects, duplicates,
        nanos);
  }

  @Test
  void plainLinesOnTheirIntervalWithRateEtaAndRejects() {
    StringWriter buffer = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.LINES, 10 * S, clock::get);
    clock.set(S);
    p.cutting(at(1, 1000, 1, 4, 0, 0, S)); // the first file: the baseline for the ETA; before the interval
    clock.set(4 * S);
    p.cutting(at(100, 1000, 100, 450, 0, 0, 4 * S)); // before the interval: nothing
    clock.set(10 * S);
    p.cutting(at(250, 1000, 248, 1100, 2, 0, 10 * S));
    p.message("jianbao: x.txt: empty file");
    clock.set(21 * S);
    p.cutting(new Progress.Counters(500, 1000, 500_000, 1_000_000, 485, 10, 2200, 3, 2, 20 * S));
    p.finished();
    assertEquals(String.join("\n",
        "jianbao: 250/1,000 files, 248 pages, 24.8 pages/s, ETA 27s, 2 rejected",
        "jianbao: x.txt: empty file",
        "jianbao: 500/1,000 files, 485 pages (+10 resumed), 24.3 pages/s, ETA 19s, 3 rejected, 2 duplicates",
        ""), buffer.toString());
  }

  @Test
  void theEtaWaitsForAFewFilesAfterTheFirstAndLeavesTheStartOut() {
    // The first file carries the dictionaries' loading (3 s), the next ones take 0.1 s each: a
    // rate taken from the start would say 2m52s for this 33-second run.
    StringWriter buffer = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.BAR, 10 * S, clock::get);
    for (int files = 1; files <= 6; files++) {
      long nanos = 3 * S + (files - 1) * S / 10;
      clock.set(nanos + (files - 1) * S); // every call is due for a redraw
      p.cutting(at(files, 300, files, files, 0, 0, nanos));
    }
    String[] bars = buffer.toString().split("\r");
    assertTrue(bars[1].contains(" 1/300 files, 1 page, 0.3 pages/s, ETA ?, "), bars[1]);
    assertTrue(bars[5].contains(" 5/300 files, 5 pages, 1.5 pages/s, ETA ?, "), bars[5]);
    assertTrue(bars[6].contains(" 6/300 files, 6 pages, 1.7 pages/s, ETA 29s, "), bars[6]);
  }

  @Test
  void barIsRedrawnInPlaceAndMessagesGoAboveIt() {
    StringWriter buffer = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.BAR, 10 * S, clock::get);
    clock.set(S);
    p.cutting(at(1, 4, 1, 5, 0, 0, S));
    p.message("jianbao: b.txt: empty file");
    clock.set(2 * S);
    p.cutting(at(4, 4, 3, 15, 1, 0, 2 * S));
    p.finished();
    String out = buffer.toString();
    String first = "\r[######..................] 1/4 files, 1 page, 1.0 pages/s, ETA ?, 0 rejected\033[K";
    assertTrue(out.startsWith(first + "\r\033[Kjianbao: b.txt: empty file\n" + first), out);
    assertTrue(out.endsWith("\r[########################] 4/4 files, 3 pages, 1.5 pages/s, ETA 0s, 1 rejected\033[K\r\033[K"), out);
  }

  @Test
  void quietShowsOnlyMessages() {
    StringWriter buffer = new StringWriter();
    ProgressReporter p = new ProgressReporter(new PrintWriter(buffer), ProgressReporter.Mode.QUIET);
    p.cutting(at(1, 1, 1, 1, 0, 0, S));
    p.message("jianbao: c.txt: empty file");
    p.finished();
    assertEquals("jianbao: c.txt: empty file\n", buffer.toString());
  }

  @Test
  void oneOfAThingIsSingular() {
    assertEquals("1 page", ProgressReporter.count(1, "page"));
    assertEquals("0 pages", ProgressReporter.count(0, "page"));
    assertEquals("1,250 records", ProgressReporter.count(1250, "record"));
  }

  @Test
  void durations() {
    assertEquals("59s", ProgressReporter.duration(59.4));
    assertEquals("1m05s", ProgressReporter.duration(65));
    assertEquals("2h03m", ProgressReporter.duration(2 * 3600 + 3 * 60 + 7));
  }
}
