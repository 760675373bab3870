package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI, which builds the DOCX pages of the reader's tests, logs through the Log4j API. Without a
 * provider that API prints "Log4j API could not find a logging provider" into every test run; it
 * is routed to SLF4J, the project's logging, like every other library's.
 */
class TestLoggingTest {
  @Test
  void log4jApiLogsThroughSlf4j() {
    assertEquals("org.apache.logging.slf4j.SLF4JLoggerContextFactory", LogManager.getFactory().getClass().getName());
  }
}
