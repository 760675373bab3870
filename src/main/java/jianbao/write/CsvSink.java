package jianbao.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.DateParts;
import jianbao.model.Named;
import jianbao.model.PageRecord;
import jianbao.model.Person;
import jianbao.model.Source;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code articles.csv}: one row per {@link Article}, RFC 4180, UTF-8 with a byte order mark (without
 * it, Excel reads the file in the system's code page and shows Chinese as mojibake), header row
 * first. Lists are joined with "；" (full-width semicolon, which never needs CSV quoting);
 * paragraphs with "\n" since their text itself contains "；". Null is an empty cell. Pages and
 * rejects are not written here: they go to pages.jsonl and rejects.jsonl.
 */
public final class CsvSink implements RecordSink {
  public static final String ARTICLES = "articles.csv";

  public static final List<String> COLUMNS =
      List.of(
          "id", "kind", "source_path", "source_sha256", "line_start", "line_end", "section",
          "kicker", "headline", "subheadline", "byline_text", "reporters", "correspondents",
          "photographers", "agency", "place", "dateline_date", "date", "date_year", "date_month",
          "date_day", "date_text", "paragraphs",
          "people", "people_titles", "organizations", "places", "warnings");

  static final String LIST_SEPARATOR = "；";

  private final AtomicFile file;
  private final CSVPrinter printer;
  private boolean closed;

  public CsvSink(Path outDir) throws IOException {
    this(outDir, true);
  }

  /** @param bom false leaves the byte order mark out, for tools that read it as part of the first column's name */
  public CsvSink(Path outDir, boolean bom) throws IOException {
    Files.createDirectories(outDir);
    file = new AtomicFile(outDir.resolve(ARTICLES));
    try {
      if (bom) {
        file.writer().write('\uFEFF');
      }
      printer =
          new CSVPrinter(
              file.writer(),
              CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
    } catch (IOException | RuntimeException e) {
      file.abort();
      throw e;
    }
  }

  @Override
  public void accept(PageRecord page, List<Article> records) throws IOException {
    if (closed) {
      throw new IllegalStateException("CSV sink already closed");
    }
    for (Article article : records) {
      printer.printRecord(row(article));
    }
  }

  /** Rejects are accounted for in rejects.jsonl; the CSV holds articles only. */
  @Override
  public void reject(String path, String stage, String reason) {}

  static List<String> row(Article a) {
    Source source = a.source();
    Byline byline = a.byline() == null ? Byline.NONE : a.byline();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(text(a.id()));
    row.add(text(a.kind()));
    row.add(source == null ? null : text(source.path()));
    row.add(source == null ? null : source.sha256());
    row.add(source == null ? null : Integer.toString(source.lineStart()));
    row.add(source == null ? null : Integer.toString(source.lineEnd()));
    row.add(text(a.section()));
    row.add(text(a.kicker()));
    row.add(text(a.headline()));
    row.add(text(a.subheadline()));
    row.add(text(byline.text()));
    row.add(text(join(byline.reporters())));
    row.add(text(join(byline.correspondents())));
    row.add(text(join(byline.photographers())));
    row.add(text(byline.agency()));
    row.add(text(byline.place()));
    // Dates are jianbao's own values (YYYY-MM-DD or --MM-DD), never page text: no formula can hide
    // in them, and an apostrophe would make '--05-17 of a year-less date.
    row.add(byline.datelineDate());
    row.add(a.date());
    DateParts date = DateParts.of(a.date());
    row.add(date == null ? null : number(date.year()));
    row.add(date == null ? null : number(date.month()));
    row.add(date == null ? null : number(date.day()));
    row.add(text(a.dateText()));
    row.add(text(String.join("\n", a.paragraphs())));
    row.add(text(join(a.people(), Person::name)));
    // Aligned with "people": the n-th title belongs to the n-th person, "" when untitled.
    row.add(text(join(a.people(), p -> p.title() == null ? "" : p.title())));
    row.add(text(join(a.organizations(), Named::name)));
    row.add(text(join(a.places(), Named::name)));
    row.add(text(join(a.warnings())));
    return row;
  }

  private static String number(Integer n) {
    return n == null ? null : n.toString();
  }

  private static String join(List<String> values) {
    return String.join(LIST_SEPARATOR, values);
  }

  private static <T> String join(List<T> values, Function<T, String> name) {
    return values.stream().map(name).collect(Collectors.joining(LIST_SEPARATOR));
  }

  /**
   * Page text (or a file name) in a cell: spreadsheets run a cell starting with =, +, -, @, a tab
   * or a carriage return as a formula (CSV injection; a page can print "=SUM(1)", a paragraph can
   * start with "-"). A leading apostrophe makes them show it as text. Consumers parsing the CSV
   * programmatically must strip that one apostrophe from such cells; the JSON outputs carry the
   * exact text.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + value : value;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Closer closer = new Closer();
    closer.run(printer::flush);
    closer.run(file::commit);
    closer.rethrow();
  }

  @Override
  public void abort() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    file.abort();
  }
}
