package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.write.SchemaAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What pages.jsonl says of a PDF page. */
class ExtractPdfTest {
  @TempDir Path dir;

  @Test
  void aPdfPageIsListedWithItsFormatAndNoEncoding() throws Exception {
    Path pdf = Files.write(dir.resolve("page.pdf"), ExtractBadInputTest.pdf(false));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", pdf.toString(), "-o", out.toString(), "--no-entities", "-q");
    assertEquals(0, run.code(), run.err());
    List<JsonNode> pages = Cli.jsonLines(out.resolve("pages.jsonl"));
    assertEquals(1, pages.size());
    JsonNode page = pages.get(0);
    assertTrue(page.has("encoding") && page.get("encoding").isNull(), page.toString());
    assertEquals("application/pdf", page.get("format").asText());
    SchemaAssert.assertValidPage(page);
  }
}
