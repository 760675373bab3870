package jianbao.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jianbao.write.Json;

/**
 * An extract output folder read for review: its pages one at a time, and for each page its records.
 *
 * <p>Memory stays flat with the number of pages: {@code articles.jsonl} is indexed once by page
 * (the byte range of each record line), and a page's records are read back by offset when the
 * page is reviewed. That needs no particular order between the two files, so an output whose
 * records were written in another order than its pages still reviews.
 */
final class ExtractOutput implements AutoCloseable {
  private final Path dir;
  private final Path articles;
  private final Path pages;
  private final ObjectMapper json = Json.mapper();
  /** Page sha256 → byte offset and length of each of its record lines, in file order. */
  private final Map<String, List<long[]>> recordLines = new HashMap<>();
  private final RandomAccessFile articlesFile;
  private final String pdfOrder;

  private ExtractOutput(Path dir) throws IOException {
    this.dir = dir;
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
          + " (give the OUTDIR of jianbao extract)");
    }
    articles = dir.resolve("articles.jsonl");
    pages = dir.resolve("pages.jsonl");
    for (Path p : List.of(articles, pages)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": missing; review needs an output of jianbao extract with --format jsonl"
            + " (articles.jsonl and pages.jsonl)");
      }
    }
    indexRecords();
    articlesFile = new RandomAccessFile(articles.toFile(), "r");
    pdfOrder = readPdfOrder(dir.resolve("run.json"));
  }

  static ExtractOutput open(Path dir) throws IOException {
    return new ExtractOutput(dir);
  }

  Path dir() {
    return dir;
  }

  /** The PDF text order the run read its pages with (run.json), so lines are numbered as extract numbered them. */
  String pdfOrder() {
    return pdfOrder;
  }

  /** Calls {@code each} with every line of pages.jsonl, in file order. */
  void forEachPage(Consumer<JsonNode> each) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(pages, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          JsonNode page = parse(line, pages, n);
          if (!page.path("sha256").isTextual()) {
            throw new IOException(pages + ":" + n + ": no sha256; not a page line of jianbao extract");
          }
          each.accept(page);
        }
      }
    }
  }

  /** The page's records, in the order articles.jsonl gives them. */
  List<JsonNode> records(String sha256) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (long[] at : recordLines.getOrDefault(sha256, List.of())) {
      byte[] bytes = new byte[(int) at[1]];
      articlesFile.seek(at[0]);
      articlesFile.readFully(bytes);
      out.add(parse(new String(bytes, StandardCharsets.UTF_8), articles, -1));
    }
    return out;
  }

  /** Records whose page is not in pages.jsonl: an output folder assembled from different runs. */
  int recordsOfUnknownPages(java.util.Set<String> pageShas) {
    int n = 0;
    for (Map.Entry<String, List<long[]>> e : recordLines.entrySet()) {
      if (!pageShas.contains(e.getKey())) {
        n += e.getValue().size();
      }
    }
    return n;
  }

  private void indexRecords() throws IOException {
    // Split on '\n' bytes by hand: a Reader cannot say where in the file a line starts.
    try (InputStream in = Files.newInputStream(articles)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
      byte[] buf = new byte[1 << 16];
      long offset = 0;
      long start = 0;
      int n = 0;
      int read;
      while ((read = in.read(buf)) >= 0) {
        int from = 0;
        for (int i = 0; i < read; i++) {
          if (buf[i] == '\n') {
            line.write(buf, from, i - from);
            n = indexLine(line, start, n);
            start = offset + i + 1;
            from = i + 1;
          }
        }
        line.write(buf, from, read - from);
        offset += read;
      }
      indexLine(line, start, n);
    }
  }

  /** Indexes one record line (held in {@code line}, which is then emptied); returns the line count. */
  private int indexLine(ByteArrayOutputStream line, long start, int n) throws IOException {
    n++;
    String text = line.toString(StandardCharsets.UTF_8);
    if (!text.isBlank()) {
      String sha = parse(text, articles, n).path("source").path("sha256").asText(null);
      if (sha == null) {
        throw new IOException(articles + ":" + n + ": no source.sha256; not a record of jianbao extract");
      }
      recordLines.computeIfAbsent(sha, k -> new ArrayList<>()).add(new long[] {start, line.size()});
    }
    line.reset();
    return n;
  }

  private JsonNode parse(String line, Path file, int lineNumber) throws IOException {
    try {
      return json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IOException(file + (lineNumber > 0 ? ":" + lineNumber : "") + ": not JSON ("
          + e.getOriginalMessage() + ")", e);
    }
  }

  private String readPdfOrder(Path runJson) {
    if (!Files.isRegularFile(runJson)) {
      return "position";
    }
    try {
      return json.readTree(runJson.toFile()).path("options").path("pdf_order").asText("position");
    } catch (IOException e) {
      return "position"; // a report, not an output: review does without it
    }
  }

  @Override
  public void close() throws IOException {
    articlesFile.close();
  }
}
