package jianbao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.read.InputWalker;
import jianbao.read.Reject;

/**
 * A run's inputs as walked: the files in input order with their sizes, and the inputs the walk
 * refused (a link that leads nowhere). Refused inputs count as files taken and rejected, so a run's
 * figures add up: files = pages + rejected + duplicates.
 */
record Intake(List<Path> files, long[] sizes, long totalBytes, List<Reject> refused) {

  static Intake walk(List<Path> inputs) throws IOException {
    InputWalker.Inputs found = InputWalker.walk(inputs);
    List<Path> files = found.files();
    long[] sizes = new long[files.size()];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      sizes[i] = size(files.get(i));
      total += sizes[i];
    }
    return new Intake(files, sizes, total, found.rejects());
  }

  /** Files and refused inputs together: the figure progress counts up to. */
  int taken() {
    return refused.size() + files.size();
  }

  /** For progress only: a file that cannot be sized counts 0 bytes (the reader says why it fails). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
