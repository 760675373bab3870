package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check, as typed: {@code ./jianbao-spark --master local[2] ../shared/dev/text/pages -o OUT}
 * writes the records {@code ./jianbao extract} writes for the same pages (real national-daily page
 * dumps, read in place, never copied into the repository).
 */
class DevPagesIT {
  static final Path DEV = Path.of("../shared/dev/text/pages");

  @TempDir Path dir;

  @Test
  void devPagesGiveExtractsRecords() {
    boolean present = Files.isDirectory(Launch.HOME.resolve(DEV));
    if (!present) {
      System.out.println("DevPagesIT skipped: " + Launch.HOME.resolve(DEV).normalize() + " is missing");
    }
    assumeTrue(present, "../shared/dev/text/pages is missing");
    Launch.Result extract = Launch.extract(dir.resolve("extract"), List.of(DEV));
    Launch.Result spark = Launch.spark(List.of("--master", "local[2]"), List.of(DEV), dir.resolve("spark"));
    assertEquals(extract.code(), spark.code(), "exit code");
    Launch.assertSameOutputs(dir.resolve("extract"), dir.resolve("spark"));
  }
}
