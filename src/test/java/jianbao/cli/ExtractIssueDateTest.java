package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue date read from a page's file name gives lead dates their year; --issue-date wins. */
class ExtractIssueDateTest {
  @TempDir Path dir;

  @Test
  void aChineseDateInTheFileNameIsTheIssueDateUnlessOneIsGiven() throws Exception {
    Path page = Files.copy(ExtractBadInputTest.SAMPLE, dir.resolve("人民日报 2021年5月18日 第1版.txt"));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", page.toString(), "-o", out.toString(), "--no-entities", "--format", "jsonl", "-q");
    assertEquals(0, run.code(), run.err());
    // The sample's first lead says 5月17日上午: the day before the issue.
    assertEquals("2021-05-17", Cli.jsonLines(out.resolve("articles.jsonl")).get(0).get("date").asText());

    run = Cli.run("extract", page.toString(), "-o", out.toString(), "--no-entities", "--format", "jsonl", "-q",
        "--issue-date", "2019-05-20");
    assertEquals(0, run.code(), run.err());
    assertEquals("2019-05-17", Cli.jsonLines(out.resolve("articles.jsonl")).get(0).get("date").asText());
  }
}
