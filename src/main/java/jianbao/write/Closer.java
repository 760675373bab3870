package jianbao.write;

import java.io.IOException;

/**
 * Runs every close step even when an earlier one fails, then reports the first failure with the
 * later ones attached as suppressed: one broken output must not keep the others from their names.
 */
final class Closer {
  interface Step {
    void run() throws IOException;
  }

  private IOException failure;

  void run(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      add(e);
    } catch (RuntimeException e) {
      add(new IOException(e.getMessage(), e));
    }
  }

  private void add(IOException e) {
    if (failure == null) {
      failure = e;
    } else {
      failure.addSuppressed(e);
    }
  }

  void rethrow() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }
}
