package jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jianbao.model.Page;
import jianbao.pipeline.PagePipeline;
import jianbao.read.InputWalker;
import jianbao.read.PageReader;
import jianbao.read.PdfOrder;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import jianbao.segment.HeadlinePosition;
import jianbao.write.RecordSink;
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
    description = {
        "Reads newspaper pages (text in any common encoding, PDF with a text layer, DOCX, HTML; files or",
        "folders, recursively) and writes one record per article.",
        "A page whose content repeats one already read is listed in OUTDIR/rejects.jsonl (stage dedupe).",
        "Exit codes: 0 all pages processed (duplicates included), 3 some inputs rejected",
        "(see OUTDIR/rejects.jsonl), 2 usage error, 1 fatal error."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files or folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUTDIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD",
      description = "The pages' issue date. Default: a date in the file or folder name (2021-05-18, 20210518), else unknown.")
  String issueDate;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "jsonl,csv",
      description = "Any of jsonl, csv, json (one pretty file per record under OUTDIR/json/). Default: ${DEFAULT-VALUE}.")
  List<String> formats;

  @Option(names = "--headline-position", paramLabel = "POS", defaultValue = "auto",
      description = "Where headlines stand relative to their bodies: before, after, auto (decided per page). Default: ${DEFAULT-VALUE}.")
  String headlinePosition;

  @Option(names = "--pdf-order", paramLabel = "ORDER", defaultValue = "position",
      description = "Text order for PDF pages: position (columns left to right, each top to bottom) or stream (as drawn). Default: ${DEFAULT-VALUE}.")
  String pdfOrder;

  @Option(names = "--no-entities", description = "Skip people, organisation and place recognition (faster).")
  boolean noEntities;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PagePipeline.Options options = new PagePipeline.Options(parseIssueDate(), parsePosition(), !noEntities);
    Set<String> wanted = new LinkedHashSet<>(formats);
    for (String f : wanted) {
      if (!Sinks.FORMATS.contains(f.trim().toLowerCase(Locale.ROOT))) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown --format \"" + f + "\" (known: jsonl, csv, json)");
      }
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      err.println("jianbao: cannot create output folder " + out + ": " + e.getMessage());
      return Main.FATAL;
    }
    if (!Files.isWritable(out)) {
      err.println("jianbao: output folder " + out + " is not writable");
      return Main.FATAL;
    }

    long started = System.nanoTime();
    InputWalker.Inputs found = InputWalker.walk(inputs);
    PageReader reader = new PageReader(new PageReader.Options(parsePdfOrder()));
    PagePipeline pipeline = new PagePipeline(options);
    int pages = 0;
    int records = 0;
    int rejected = 0;
    int duplicates = 0;
    // Record ids derive from the page's content, so a second copy of a page is reported, not
    // written again: an archive never holds the same record twice.
    Map<String, String> seen = new HashMap<>();
    try (RecordSink sink = Sinks.open(out, wanted)) {
      for (Reject r : found.rejects()) {
        reject(sink, err, r.path(), r.stage(), r.reason());
        rejected++;
      }
      for (Path file : found.files()) {
        PageReader.Pages read;
        try {
          read = reader.readPages(file);
        } catch (RejectedPageException e) {
          reject(sink, err, e.path(), e.stage(), e.reason());
          rejected++;
          continue;
        }
        for (Reject r : read.rejects()) {
          reject(sink, err, r.path(), r.stage(), r.reason());
          rejected++;
        }
        for (Page page : read.pages()) {
          String first = seen.putIfAbsent(page.sha256(), page.path());
          if (first != null) {
            reject(sink, err, page.path(), "dedupe", "same content as " + first + " (sha256 " + page.sha256() + ")");
            duplicates++;
            continue;
          }
          PagePipeline.Result result;
          try {
            result = pipeline.process(page);
          } catch (RuntimeException e) {
            // One page the pipeline cannot cut must not stop the batch.
            reject(sink, err, page.path(), "extract", "internal error: " + e);
            rejected++;
            continue;
          }
          sink.accept(result.page(), result.articles());
          pages++;
          records += result.articles().size();
        }
      }
    } catch (IOException e) {
      err.println("jianbao: cannot write to " + out + ": " + e.getMessage());
      return Main.FATAL;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!quiet) {
      err.printf(Locale.ROOT, "jianbao: %d pages, %d records, %d rejected, %d duplicates in %.1f s (%.1f pages/s) -> %s%n",
          pages, records, rejected, duplicates, seconds, pages / Math.max(seconds, 1e-9), out);
    }
    err.flush();
    return rejected > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  private static void reject(RecordSink sink, PrintWriter err, String path, String stage, String reason) throws IOException {
    err.println("jianbao: " + path + ": " + reason);
    sink.reject(path, stage, reason);
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

  private HeadlinePosition parsePosition() {
    try {
      return HeadlinePosition.valueOf(headlinePosition.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--headline-position must be before, after or auto, got \"" + headlinePosition + "\"");
    }
  }
}
