package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says when it is used wrong, and its help. */
class UsageTest {
  @TempDir Path dir;

  @Test
  void aUsageErrorIsTheMessageTheUsageLineAndWhereHelpIs() {
    String out = dir.resolve("out").toString();
    Cli.Run zero = Cli.run("extract", "samples", "-o", out, "--threads", "0");
    assertEquals(2, zero.code());
    assertEquals("""
        jianbao: --threads must be 1 or more, got 0
        Usage: jianbao extract [OPTIONS] INPUT...
        Try 'jianbao extract --help' for more information.
        """, zero.err());

    Cli.Run bogus = Cli.run("extract", "samples", "-o", out, "--bogus");
    assertEquals(2, bogus.code());
    assertEquals("""
        jianbao: Unknown option: '--bogus'
        Usage: jianbao extract [OPTIONS] INPUT...
        Try 'jianbao extract --help' for more information.
        """, bogus.err());

    Cli.Run load = Cli.run("load");
    assertEquals(2, load.code());
    assertEquals("""
        jianbao: Missing required parameter: 'OUTDIR'
        Usage: jianbao load [OPTIONS] OUTDIR
        Try 'jianbao load --help' for more information.
        """, load.err());

    Cli.Run none = Cli.run();
    assertEquals(2, none.code());
    assertEquals("""
        jianbao: a command is required
        Usage: jianbao [OPTIONS] [COMMAND]
        Try 'jianbao --help' for more information.
        """, none.err());
  }

  @Test
  void aMistypedInputIsAUsageErrorAndNothingIsWritten() {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", "samples", dir.resolve("nope").toString(), "-o", out.toString());
    assertEquals(2, run.code(), run.err());
    assertEquals("jianbao: no such file or folder: " + dir.resolve("nope") + "\n", run.errLines().get(0) + "\n");
    assertEquals("Try 'jianbao extract --help' for more information.", run.errLines().get(2));
    assertFalse(Files.exists(out), "an output folder was created");
  }

  @Test
  void theCommandListGivesEachCommandOneWholeSentence() {
    String help = Main.commandLine().getUsageMessage();
    List<String> lines = help.lines().toList();
    List<String> commands = lines.subList(lines.indexOf("Commands:") + 1, lines.size()).stream()
        .takeWhile(line -> line.startsWith("  ")).toList();
    assertEquals(Main.commandLine().getSubcommands().size(), commands.size(), help);
    for (String line : commands) {
      assertTrue(line.endsWith("."), "a summary cut short: " + line);
    }
  }

  @Test
  void helpTextIsWrappedAsParagraphsNotBrokenWhereTheSourceBrokeIt() {
    CommandLine main = Main.commandLine();
    int width = main.getUsageHelpWidth();
    for (CommandLine command : main.getSubcommands().values()) {
      List<String> lines = command.getUsageMessage().lines().toList();
      // From the end of the synopsis, which picocli wraps on its own rules.
      int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("Usage: ")).findFirst().orElseThrow()) + 1;
      while (lines.get(start).startsWith(" ")) {
        start++;
      }
      for (int i = start; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        boolean continues = !next.isBlank() && !next.stripLeading().startsWith("-")
            && !line.matches(".*[.:)]$") && !line.isBlank()
            && !(line.strip().startsWith("-") && !line.strip().contains("  ")); // an option too long for its column
        if (continues) {
          String word = next.strip().split(" ")[0];
          // Wrapped text fills its line: the next line's first word would not have fitted (picocli
          // keeps the last column free).
          assertTrue(columns(line.stripTrailing()) + 1 + columns(word) >= width,
              command.getCommandName() + " --help breaks a line early:\n" + line + "\n" + next);
        }
      }
    }
  }

  /** Terminal columns: CJK characters take two, as picocli counts them. */
  private static int columns(String s) {
    return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }
}
