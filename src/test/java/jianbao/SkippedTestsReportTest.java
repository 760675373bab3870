package jianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsReportTest {

  /** Run only through the launcher below (surefire does not pick nested classes). */
  static class Skipping {
    @Test
    void needsSharedMaterial() {
      Assumptions.assumeTrue(false, "../shared/ner missing");
    }

    @Test
    @Disabled("not today")
    void disabled() {}

    @Test
    void runs() {}
  }

  static class SkippingWhole {
    @BeforeAll
    static void server() {
      Assumptions.assumeTrue(false, "no PostgreSQL server");
    }

    @Test
    void query() {}
  }

  @Test
  void eachSkippedTestOrClassIsPrintedWithItsReason() {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .addTestExecutionListeners(new SkippedTestsReport())
        .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      launcher.execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(Skipping.class), selectClass(SkippingWhole.class)).build());
    } finally {
      System.setOut(console);
    }
    assertEquals("""
        SKIPPED SkippedTestsReportTest$Skipping.disabled: not today
        SKIPPED SkippedTestsReportTest$Skipping.needsSharedMaterial: Assumption failed: ../shared/ner missing
        SKIPPED SkippedTestsReportTest$SkippingWhole: Assumption failed: no PostgreSQL server
        """, out.toString(StandardCharsets.UTF_8).lines().sorted().map(l -> l + "\n").reduce("", String::concat));
  }
}
