package jianbao.cli;

import static jianbao.batch.ProgressReporter.count;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import jianbao.batch.BatchRun;
import jianbao.batch.ProgressReporter;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.PdfOrder;
import jianbao.segment.HeadlinePosition;
import jianbao.segment.Weights;
import jianbao.store.ArticleStore;
import jianbao.store.Database;
import jianbao.write.Sinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao extract INPUT... -o OUTDIR}: the batch job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Cut newspaper pages into articles and write one record per article.",
    description = {
        "Reads newspaper pages (text in any common encoding, PDF with a text layer, DOCX, HTML), given as files or"
            + " as folders searched recursively, and writes one record per article to OUTDIR: articles.jsonl,"
            + " articles.csv and pages.jsonl by default.",
        "",
        "A page whose content repeats one already read is listed in OUTDIR/rejects.jsonl (stage dedupe). The outputs"
            + " appear whole when the run ends; an interrupted run is finished with --resume.",
        "",
        "Exit codes: 0 every input processed (duplicates included), 3 some inputs rejected (see"
            + " OUTDIR/rejects.jsonl), 2 usage error, 1 fatal error.",
        ""})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files or folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUTDIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD",
      description = "The pages' issue date. Default: a date in the file or folder name (2021-05-18, 20210518,"
          + " 2021年5月18日), else unknown.")
  String issueDate;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "jsonl,csv",
      description = "Any of jsonl, csv, json (one pretty file per record under OUTDIR/json/). Default: ${DEFAULT-VALUE}.")
  List<String> formats;

  @Option(names = "--no-csv-bom",
      description = "Write articles.csv without the UTF-8 byte order mark (Excel needs it; some tools read it as text).")
  boolean noCsvBom;

  @Option(names = "--headline-position", paramLabel = "POS", defaultValue = "auto",
      description = "Where headlines stand relative to their bodies: before, after, auto (decided per page). Default: ${DEFAULT-VALUE}.")
  String headlinePosition;

  @Option(names = "--layout-weights", paramLabel = "FILE",
      description = "Weights for the page-level layout decision, as written by train-layout (default: the shipped ones).")
  Path layoutWeights;

  @Option(names = "--pdf-order", paramLabel = "ORDER", defaultValue = "position",
      description = "Text order for PDF pages: position (columns left to right, each top to bottom) or stream (as drawn). Default: ${DEFAULT-VALUE}.")
  String pdfOrder;

  @Option(names = "--no-entities", description = "Skip people, organisation and place recognition (faster).")
  boolean noEntities;

  @Option(names = "--resume",
      description = "Continue an interrupted run into the same OUTDIR: pages already finished there (same sha256 and"
          + " path) are not cut again. Without it, OUTDIR's outputs are replaced.")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N",
      description = "Pages cut in parallel by N threads (the outputs are the same whatever N). Default: all cores.")
  Integer threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--db", paramLabel = "URL",
      description = "Also load the records into a database: sqlite:PATH, jdbc:sqlite:PATH or"
          + " jdbc:postgresql://HOST[:PORT]/DB?user=U&password=P (see jianbao load).")
  String db;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary (rejects are still listed).")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PagePipeline.Options options = new PagePipeline.Options(parseIssueDate(), parsePosition(), !noEntities, parseWeights());
    PageReader.Options readerOptions = new PageReader.Options(parsePdfOrder());
    Set<String> wanted = new LinkedHashSet<>();
    for (String f : formats) {
      String name = f.trim().toLowerCase(Locale.ROOT);
      if (!Sinks.FORMATS.contains(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown --format \"" + f + "\" (known: jsonl, csv, json)");
      }
      wanted.add(name);
    }
    if (threads == null || threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, got " + threads);
    }
    // A mistyped input is the command line's mistake, not a bad page: say so before anything is
    // written (a link that leads nowhere exists, and is rejected with its reason as it is walked).
    List<String> missing = inputs.stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS))
        .map(Path::toString).toList();
    if (!missing.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no such file or folder: " + String.join(", ", missing));
    }
    if (db != null) {
      try {
        Database.parse(db);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
      }
    }
    BatchRun.Settings settings = new BatchRun.Settings(
        inputs, out, wanted, !noCsvBom, options, readerOptions, resume, Version.current(), threads, db);
    ProgressReporter progress = new ProgressReporter(err, ProgressReporter.modeFor(quiet));
    BatchRun.Summary s;
    try {
      s = new BatchRun(settings, progress).run();
    } catch (BatchRun.Failure e) {
      err.println("jianbao: " + e.getMessage());
      err.flush();
      return e.usage() ? Main.USAGE : Main.FATAL;
    }
    if (!quiet) {
      err.printf(Locale.ROOT, "jianbao: %s (%,d resumed), %s, %,d rejected, %s in %.1f s (%.1f pages/s, %s) -> %s%n",
          count(s.pages(), "page"), s.resumed(), count(s.records(), "record"), s.rejected(),
          count(s.duplicates(), "duplicate"), s.seconds(), s.pagesPerSecond(), count(threads, "thread"), out);
      if (s.db() != null) {
        ArticleStore.Counts d = s.db();
        err.printf(Locale.ROOT, "jianbao: database %s: %s, %s, %s loaded in %.1f s (%.0f records/s; %.1f s segmenting)%n",
            Database.parse(db), count(d.articles(), "record"), count(d.pages(), "page"), count(d.rejects(), "reject"),
            d.seconds(), d.articlesPerSecond(), d.segmentSeconds());
      }
    }
    err.flush();
    return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  private LocalDate parseIssueDate() {
    if (issueDate == null) {
      return null;
    }
    try {
      return LocalDate.parse(issueDate);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--issue-date must be YYYY-MM-DD, got \"" + issueDate + "\"");
    }
  }

  private PdfOrder parsePdfOrder() {
    try {
      return PdfOrder.valueOf(pdfOrder.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--pdf-order must be position or stream, got \"" + pdfOrder + "\"");
    }
  }

  private Weights parseWeights() {
    if (layoutWeights == null) {
      return Weights.defaults();
    }
    try {
      return Weights.read(layoutWeights);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--layout-weights: " + e.getMessage());
    }
  }

  private HeadlinePosition parsePosition() {
    try {
      return HeadlinePosition.valueOf(headlinePosition.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--headline-position must be before, after or auto, got \"" + headlinePosition + "\"");
    }
  }
}
