package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README stays a user's page, and the docs follow the command line. */
class DocsTest {
  static final Path README = Path.of("README.md");
  static final Path DOCS = Path.of("docs");

  @Test
  void theReadmeIsShortAndEveryLinkLeadsToAFile() throws IOException {
    int lines = Files.readAllLines(README).size();
    assertTrue(lines <= 220, "README.md has " + lines + " lines: reference material goes to docs/");
    List<String> broken = new ArrayList<>();
    Pattern link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");
    for (Path page : pages()) {
      Matcher m = link.matcher(Files.readString(page));
      while (m.find()) {
        if (!Files.exists(page.resolveSibling(m.group(1)).normalize())) {
          broken.add(page + " -> " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void everyCommandAndExtractOptionIsDocumented() throws IOException {
    CommandLine main = Main.commandLine();
    String readme = Files.readString(README);
    String reference = Files.readString(DOCS.resolve("command-line.md"));
    List<String> missing = new ArrayList<>();
    for (String command : main.getSubcommands().keySet()) {
      if (!command.equals("help") && !readme.contains("`jianbao " + command)) {
        missing.add("README: jianbao " + command);
      }
    }
    for (OptionSpec option : main.getSubcommands().get("extract").getCommandSpec().options()) {
      String name = option.longestName();
      if (!option.usageHelp() && !option.versionHelp()) {
        if (!readme.contains("`" + name)) {
          missing.add("README: " + name);
        }
        if (!reference.contains("`" + name)) {
          missing.add("docs/command-line.md: " + name);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theDocsDescribeTheProductNotItsHistory() throws IOException {
    Pattern history = Pattern.compile("(?i)tried and dropped|\\bround \\d|\\bissue \\d+ (asks|asked)");
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = history.matcher(Files.readString(page));
      while (m.find()) {
        found.add(page + ": " + m.group());
      }
    }
    assertEquals(List.of(), found, "development history belongs in commit messages");
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }
}
