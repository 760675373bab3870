package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jianbao.write.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jianbao-spark --master local[2,2]} against {@code ./jianbao extract --threads 2} on the
 * same few hundred pages (see {@link TestPages}): the same records, pages and rejects, byte for byte,
 * with one articles task failed once by the test hook and retried (local[2,2]: two threads, two
 * attempts per task); then a second run into the same output, refused, and replaced.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalModeIT {
  static final int GENERATED = 300;

  @TempDir static Path dir;
  static Path pages;
  static Path extractOut;
  static Path sparkOut;
  static Path marker;
  static Launch.Result extract;
  static Launch.Result spark;

  @BeforeAll
  static void runBoth() throws Exception {
    pages = TestPages.write(dir.resolve("pages"), GENERATED);
    extractOut = dir.resolve("extract");
    sparkOut = dir.resolve("spark");
    marker = dir.resolve("failed-once");
    extract = Launch.extract(extractOut, List.of(pages));
    spark = Launch.spark(List.of("--master", "local[2,2]", "--conf", FailOnce.MARKER + "=" + marker),
        List.of(pages), sparkOut);
  }

  @Test
  @Order(1)
  void sameRecordsPagesAndRejectsAsExtract() {
    assertEquals(3, extract.code(), "extract: some inputs are rejected");
    assertEquals(3, spark.code(), "spark: same exit code as extract");
    Launch.assertSameOutputs(extractOut, sparkOut);
  }

  @Test
  @Order(2)
  void theInputsCoverWhatTheyShould() throws Exception {
    List<String> rejects = Launch.partLines(sparkOut.resolve("rejects"));
    // extract reads folder "a" before file "a-b.txt"; plain string order of paths would not
    assertTrue(rejects.contains("{\"path\":\"" + pages.resolve("a-b.txt") + "\",\"stage\":\"dedupe\",\"reason\":\"same content as "
            + pages.resolve("a/z.txt") + " (sha256 " + sha(pages.resolve("a/z.txt")) + ")\"}"), String.join("\n", rejects));
    assertTrue(rejects.stream().anyMatch(r -> r.contains("huge.txt") && r.contains("file too large")), "size limit");
    assertTrue(rejects.stream().anyMatch(r -> r.contains("scan.pdf") && r.contains("no text layer")), "scanned PDF");
    List<String> pageLines = Launch.partLines(sparkOut.resolve("pages"));
    assertTrue(pageLines.stream().anyMatch(p -> p.contains("GB18030")), "GB18030 pages");
    assertTrue(pageLines.stream().anyMatch(p -> p.contains("版面 二.txt")), "a CJK name with a space");
    assertTrue(pageLines.stream().anyMatch(p -> p.contains("page.html")), "an HTML page");
    if (Files.exists(pages.resolve("pdf/epaper.pdf"))) {
      assertTrue(pageLines.stream().anyMatch(p -> p.contains("epaper.pdf#p2")), "a PDF's second page");
    }
    assertTrue(Launch.partLines(sparkOut.resolve("articles")).stream().anyMatch(a -> a.contains("\"date\":\"2021-05-")),
        "issue dates read from folder names");
  }

  @Test
  @Order(3)
  void aTaskFailedOnceIsRetriedWithoutDuplicates() {
    assertTrue(Files.exists(marker), "the test hook failed a task");
    assertTrue(spark.err().contains("jianbao test hook"), "Spark reported the failed task:\n" + spark.err());
    List<String> ids = Launch.partLines(sparkOut.resolve("articles")).stream().map(l -> l.substring(0, 30)).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), "no record written twice");
  }

  @Test
  @Order(4)
  void parquetHoldsTheSameRecords() throws Exception {
    Map<String, JsonNode> expected = Launch.lines(extractOut.resolve("articles.jsonl")).stream()
        .map(LocalModeIT::tree).collect(Collectors.toMap(r -> r.get("id").asText(), Function.identity()));
    List<JsonNode> actual = ParquetRecords.read(sparkOut.resolve("articles.parquet"));
    assertEquals(expected.size(), actual.size(), "records in articles.parquet");
    for (JsonNode record : actual) {
      assertEquals(expected.get(record.get("id").asText()), record, "parquet record " + record.get("id"));
    }
    assertEquals("LIST", ParquetRecords.schema(sparkOut.resolve("articles.parquet")).getType("paragraphs")
        .getLogicalTypeAnnotation().toString(), "lists are Parquet lists");
  }

  @Test
  @Order(5)
  void runReportAgreesWithExtract() throws Exception {
    JsonNode e = Json.mapper().readTree(extractOut.resolve("run.json").toFile());
    JsonNode s = Json.mapper().readTree(sparkOut.resolve("run.json").toFile());
    for (String figure : List.of("pages", "records", "rejected", "duplicates")) {
      assertEquals(e.get(figure).asLong(), s.get(figure).asLong(), figure);
    }
    assertEquals("local[2,2]", s.get("master").asText());
    assertTrue(spark.err().contains("jianbao-spark: " + s.get("pages").asLong() + " pages"), "summary line");
  }

  @Test
  @Order(6)
  void aSecondRunIsRefusedOrReplacesTheOutputWhole() throws Exception {
    byte[] report = Files.readAllBytes(sparkOut.resolve("run.json"));
    Launch.Result again = Launch.spark(List.of("--master", "local[2]"), List.of(pages), sparkOut);
    assertEquals(2, again.code());
    assertTrue(again.err().contains(sparkOut + " already exists"), again.err());
    assertTrue(again.err().contains("--overwrite"), again.err());
    assertEquals(new String(report), Files.readString(sparkOut.resolve("run.json")), "the output is untouched");

    Launch.Result notOurs = Launch.spark(List.of("--master", "local[2]"), List.of(pages), extractOut, "--overwrite");
    assertEquals(2, notOurs.code());
    assertTrue(notOurs.err().contains("is not a jianbao-spark output"), notOurs.err());
    assertTrue(Files.exists(extractOut.resolve("articles.jsonl")), "extract's output is untouched");

    Path sample = pages.resolve(TestPages.SAMPLE.getFileName());
    Launch.Result replaced = Launch.spark(List.of("--master", "local[2]"), List.of(sample), sparkOut, "--overwrite");
    assertEquals(0, replaced.code(), replaced.err());
    String prefix = "{\"id\":\"" + sha(sample).substring(0, 12) + "-";
    Launch.assertSameLines(Launch.lines(extractOut.resolve("articles.jsonl")).stream().filter(l -> l.startsWith(prefix))
        .toList(), Launch.partLines(sparkOut.resolve("articles")), "articles after --overwrite");
    assertEquals(List.of(), Launch.partLines(sparkOut.resolve("rejects")), "nothing of the first run is left");
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".jianbao-spark-")).toList(),
          "no staging folder left");
    }
  }

  static JsonNode tree(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
