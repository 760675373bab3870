package jianbao;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test, or class of tests, with its reason on the console as it happens.
 * Surefire keeps a skip's reason in its report files only, so a green run hid which checks did
 * not run (no ../shared beside the clone, no PostgreSQL, no CJK font). Registered for every test
 * run through META-INF/services.
 */
public final class SkippedTestsReport implements TestExecutionListener {

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    System.out.println("SKIPPED " + name(test) + ": " + reason);
  }

  /** ScorerTest.agreesWithTheIndependentScorer, or PostgresStoreTest for a whole class. */
  static String name(TestIdentifier test) {
    TestSource source = test.getSource().orElse(null);
    if (source instanceof MethodSource m) {
      return simple(m.getClassName()) + "." + m.getMethodName();
    }
    if (source instanceof ClassSource c) {
      return simple(c.getClassName());
    }
    return test.getDisplayName();
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
