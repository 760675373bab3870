package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** articles.csv as a spreadsheet opens it: the BOM, and dates as jianbao wrote them. */
class ExtractCsvTest {
  @TempDir Path dir;

  @Test
  void csvStartsWithAByteOrderMarkUnlessToldNotAndKeepsYearlessDates() throws Exception {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", ExtractBadInputTest.SAMPLE.toString(), "-o", out.toString(), "--format", "csv",
        "--no-entities", "-q");
    assertEquals(0, run.code(), run.err());
    String csv = Cli.read(out.resolve("articles.csv"));
    assertEquals('\uFEFF', csv.charAt(0));
    Map<String, String> first = rows(csv.substring(1)).get(0);
    // No issue date is known for the sample: the date has no year, and is written as it is.
    assertEquals("--05-17", first.get("date"));
    assertEquals(List.of("", "5", "17"), List.of(first.get("date_year"), first.get("date_month"), first.get("date_day")));

    run = Cli.run("extract", ExtractBadInputTest.SAMPLE.toString(), "-o", out.toString(), "--format", "csv",
        "--no-entities", "-q", "--no-csv-bom");
    assertEquals(0, run.code(), run.err());
    csv = Cli.read(out.resolve("articles.csv"));
    assertEquals("id,kind,", csv.substring(0, 8));
    assertEquals(first, rows(csv).get(0));
  }

  static List<Map<String, String>> rows(String csv) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      return parser.stream().map(CSVRecord::toMap).toList();
    }
  }
}
