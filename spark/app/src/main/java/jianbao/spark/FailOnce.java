package jianbao.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Test hook, off unless {@code spark.jianbao.test.failOnce} names a marker file: the first task
 * writing articles that creates the marker fails after handing its first line to the writer — by
 * an exception ({@code spark.jianbao.test.failOnceBy=task}, the default) or by ending its executor
 * JVM ({@code executor}, cluster only: in local mode that JVM is the driver's). Spark retries the
 * task; the tests check that no record is lost or written twice. The marker lives on a file
 * system the executors share with the test (one machine).
 */
final class FailOnce implements MapPartitionsFunction<String, String> {
  private static final long serialVersionUID = 1L;

  static final String MARKER = "spark.jianbao.test.failOnce";
  static final String HOW = "spark.jianbao.test.failOnceBy";

  private final String marker;
  private final boolean killExecutor;

  FailOnce(String marker, String how) {
    if (!how.equals("task") && !how.equals("executor")) {
      throw new IllegalArgumentException(HOW + " must be task or executor, got " + how);
    }
    this.marker = marker;
    this.killExecutor = how.equals("executor");
  }

  @Override
  public Iterator<String> call(Iterator<String> lines) {
    return new Iterator<>() {
      private int handed;
      private boolean tried;

      @Override
      public boolean hasNext() {
        if (handed == 1 && !tried) {
          tried = true;
          if (claim()) {
            if (killExecutor) {
              Runtime.getRuntime().halt(57);
            }
            throw new IllegalStateException("jianbao test hook: this task fails once (" + MARKER + ")");
          }
        }
        return lines.hasNext();
      }

      @Override
      public String next() {
        handed++;
        return lines.next();
      }
    };
  }

  /** True for the one task that creates the marker. */
  private boolean claim() {
    try {
      Files.createFile(Path.of(marker));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
