package jianbao.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import jianbao.cli.Version;
import jianbao.read.PdfOrder;
import jianbao.read.Reject;
import jianbao.segment.HeadlinePosition;
import jianbao.write.Json;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code spark-submit --class jianbao.spark.SparkExtract jianbao-spark.jar INPUT... --out OUT}:
 * extract as a Spark application. Same pipeline, same records; see docs/cluster.md.
 */
@Command(
    name = "jianbao-spark",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Runs jianbao extract as a Spark job: page files (text in any common encoding, PDF, DOCX, HTML) under",
        "local or Hadoop-compatible paths (hdfs://, s3a://) are read by Spark's binaryFile source and cut on the",
        "executors. Under OUT: articles/ (JSON Lines part files: extract's articles.jsonl lines),",
        "articles.parquet/, pages/, rejects/ and run.json. OUT appears whole when the job ends.",
        "Exit codes: 0 all pages processed, 3 some inputs rejected (see OUT/rejects/),",
        "2 usage error (OUT exists, bad option), 1 fatal error."})
public final class SparkExtract implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files or folders (local paths or URIs).")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
      description = "Output path; must not exist (or hold an earlier jianbao-spark output, with --overwrite).")
  String out;

  @Option(names = "--overwrite", description = "Replace OUT when it holds an earlier jianbao-spark output.")
  boolean overwrite;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD",
      description = "The pages' issue date. Default: a date in the file or folder name, else unknown.")
  String issueDate;

  @Option(names = "--headline-position", paramLabel = "POS", defaultValue = "auto",
      description = "before, after or auto (decided per page). Default: ${DEFAULT-VALUE}.")
  String headlinePosition;

  @Option(names = "--pdf-order", paramLabel = "ORDER", defaultValue = "position",
      description = "position or stream. Default: ${DEFAULT-VALUE}.")
  String pdfOrder;

  @Option(names = "--no-entities", description = "Skip people, organisation and place recognition (faster).")
  boolean noEntities;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary (reject lines still appear).")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.err, true), args));
  }

  static int run(PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SparkExtract());
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("jianbao-spark: " + e);
      return jianbao.cli.Main.FATAL;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CutFiles.Settings settings = new CutFiles.Settings(parseIssueDate(), parse(HeadlinePosition.class,
        headlinePosition, "--headline-position", "before, after or auto"), !noEntities,
        parse(PdfOrder.class, pdfOrder, "--pdf-order", "position or stream"));
    Instant startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    // The output path and the inputs are checked before Spark starts: a refusal costs no start-up.
    Configuration conf = hadoopConf(new SparkConf());
    OutputFolder output;
    List<Reject> rejects = new ArrayList<>();
    InputRoots roots;
    try {
      output = OutputFolder.claim(out, overwrite, conf, UUID.randomUUID().toString().substring(0, 8));
      roots = InputRoots.resolve(inputs, conf, rejects);
    } catch (OutputFolder.Refused e) {
      err.println("jianbao-spark: " + e.getMessage());
      return jianbao.cli.Main.USAGE;
    } catch (IOException e) {
      err.println("jianbao-spark: " + e);
      return jianbao.cli.Main.FATAL;
    }
    SparkSession spark = SparkSession.builder().appName("jianbao-spark extract").getOrCreate();
    double startup = (System.currentTimeMillis() - startedAt.toEpochMilli()) / 1e3;
    try {
      ExtractJob.Summary s = new ExtractJob(spark, roots, rejects, settings).run(output.staging());
      double total = (System.currentTimeMillis() - startedAt.toEpochMilli()) / 1e3;
      output.writeReport(report(spark, settings, s, startedAt, startup, total));
      output.publish();
      for (int i = 0; i < Math.min(s.firstRejects().size(), ExtractJob.REJECTS_SHOWN); i++) {
        Reject r = Json.mapper().readValue(s.firstRejects().get(i), Reject.class);
        err.println("jianbao-spark: " + oneLine(r.path()) + ": " + oneLine(r.reason()));
      }
      if (s.firstRejects().size() > ExtractJob.REJECTS_SHOWN) {
        err.printf(Locale.ROOT, "jianbao-spark: … and %d more in %s/%s/%n",
            s.rejected() + s.duplicates() - ExtractJob.REJECTS_SHOWN, out, ExtractJob.REJECTS);
      }
      if (!quiet) {
        double cutting = s.pages() / Math.max(s.cutSeconds(), 1e-9);
        err.printf(Locale.ROOT, "jianbao-spark: %d pages, %d records, %d rejected, %d duplicates in %.1f s"
                + " (%.1f pages/s; Spark start-up %.1f s, reading and cutting %.1f s in %d tasks = %.1f pages/s,"
                + " writing %.1f s) -> %s%n",
            s.pages(), s.records(), s.rejected(), s.duplicates(), total, s.pages() / Math.max(total, 1e-9), startup,
            s.cutSeconds(), s.tasks(), cutting, s.writeSeconds(), out);
      }
      err.flush();
      return s.rejected() > 0 ? jianbao.cli.Main.SOME_REJECTED : jianbao.cli.Main.OK;
    } catch (IOException | RuntimeException e) {
      err.println("jianbao-spark: " + e);
      output.abandon();
      return jianbao.cli.Main.FATAL;
    } finally {
      err.flush();
      spark.stop();
    }
  }

  /** Hadoop's settings as the job will see them: defaults plus spark.hadoop.* from the submission. */
  private static Configuration hadoopConf(SparkConf spark) {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> kv : spark.getAllWithPrefix("spark.hadoop.")) {
      conf.set(kv._1(), kv._2());
    }
    return conf;
  }

  /** {@code OUT/run.json}: a report like extract's run.json, with the Spark run's figures. */
  private String report(SparkSession spark, CutFiles.Settings settings, ExtractJob.Summary s, Instant started,
      double startup, double total) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("jianbao_version", Version.current());
    root.put("runner", "spark");
    root.put("spark_version", spark.version());
    root.put("master", spark.sparkContext().master());
    root.put("application_id", spark.sparkContext().applicationId());
    root.put("started", started.toString());
    root.put("finished", Instant.now().toString());
    ObjectNode options = root.putObject("options");
    ArrayNode in = options.putArray("inputs");
    inputs.forEach(in::add);
    options.put("out", out);
    options.put("issue_date", settings.issueDate() == null ? null : settings.issueDate().toString());
    options.put("headline_position", settings.headlinePosition().name().toLowerCase(Locale.ROOT));
    options.put("pdf_order", settings.pdfOrder().name().toLowerCase(Locale.ROOT));
    options.put("entities", settings.entities());
    options.put("overwrite", overwrite);
    root.put("files", s.files());
    root.put("pages", s.pages());
    root.put("records", s.records());
    root.put("rejected", s.rejected());
    root.put("duplicates", s.duplicates());
    root.put("tasks", s.tasks());
    root.put("startup_seconds", round(startup));
    root.put("cut_seconds", round(s.cutSeconds()));
    root.put("write_seconds", round(s.writeSeconds()));
    root.put("elapsed_seconds", round(total));
    root.put("pages_per_second", round(s.pages() / Math.max(total, 1e-9)));
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
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

  private <E extends Enum<E>> E parse(Class<E> type, String value, String option, String known) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be " + known + ", got \"" + value + "\"");
    }
  }
}
