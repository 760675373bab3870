package jianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident set size, from Linux's /proc (VmHWM), and its reset. */
final class PeakRss {
  private PeakRss() {}

  /** Peak RSS in kB so far (since the last reset), or -1 where /proc does not tell. */
  static long kilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  /** Resets the peak to the current RSS ("5" to clear_refs, Linux 4.0+); false when refused. */
  static boolean reset() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
