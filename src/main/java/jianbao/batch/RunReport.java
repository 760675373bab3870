package jianbao.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import jianbao.store.ArticleStore;
import jianbao.store.Database;
import jianbao.write.Json;

/**
 * {@code OUTDIR/run.json}: what a run did (the summary's figures), with which options and which
 * jianbao version. A report, not an output: it differs between runs that write identical outputs.
 */
public final class RunReport {
  public static final String FILE = "run.json";

  private RunReport() {}

  public static ObjectNode json(BatchRun.Settings settings, BatchRun.Summary s, Instant started, Instant finished) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("jianbao_version", settings.version());
    root.put("started", started.toString());
    root.put("finished", finished.toString());

    ObjectNode options = root.putObject("options");
    ArrayNode inputs = options.putArray("inputs");
    settings.inputs().forEach(p -> inputs.add(p.toString()));
    options.put("out", settings.out().toString());
    ArrayNode formats = options.putArray("formats");
    settings.formats().stream().sorted().forEach(formats::add);
    options.put("csv_bom", settings.csvBom());
    options.put("threads", settings.threads());
    options.put("issue_date", settings.pipeline().issueDate() == null ? null : settings.pipeline().issueDate().toString());
    options.put("headline_position", settings.pipeline().headlinePosition().name().toLowerCase(Locale.ROOT));
    options.put("pdf_order", settings.reader().pdfOrder().name().toLowerCase(Locale.ROOT));
    options.put("entities", settings.pipeline().entities());
    options.put("resume", settings.resume());
    // Database.toString() drops the URL's query string, so a password never lands in the report.
    options.put("db", settings.db() == null ? null : Database.parse(settings.db()).toString());

    root.put("files", s.files());
    root.put("pages", s.pages());
    root.put("pages_resumed", s.resumed());
    root.put("records", s.records());
    root.put("rejected", s.rejected());
    root.put("duplicates", s.duplicates());
    root.put("chars", s.chars());
    root.put("elapsed_seconds", round(s.seconds()));
    root.put("pages_per_second", round(s.pagesPerSecond()));
    root.put("chars_per_second", Math.round(s.chars() / Math.max(s.seconds(), 1e-9)));
    ArticleStore.Counts db = s.db();
    if (db == null) {
      root.putNull("db");
    } else {
      ObjectNode d = root.putObject("db");
      d.put("records", db.articles());
      d.put("pages", db.pages());
      d.put("rejects", db.rejects());
      d.put("seconds", round(db.seconds()));
      d.put("segment_seconds", round(db.segmentSeconds()));
      d.put("records_per_second", round(db.articlesPerSecond()));
    }
    return root;
  }

  /** Written under a temporary name and renamed, like the outputs: never a half-written report. */
  public static void write(Path outDir, ObjectNode report) throws IOException {
    Path target = outDir.resolve(FILE);
    // The ".name.<uuid>.tmp" shape: a killed run's leftover is removed by the next run.
    Path temp = outDir.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
    try {
      byte[] bytes = (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
