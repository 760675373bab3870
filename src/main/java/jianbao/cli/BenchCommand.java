package jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jianbao.batch.BatchRun;
import jianbao.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jianbao bench}: end-to-end throughput against raw HanLP on the same text. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Time the whole pipeline against raw HanLP segmentation.",
    description = {
        "Builds N pages of new articles from the sample pages' sentences and the word lists (each page distinct), runs the whole extract"
            + " pipeline on them at each thread count, and segments the same text with raw HanLP (Viterbi, name,"
            + " place and organisation recognition on) in the same process. Reports pages/s, chars/s, peak RSS, the"
            + " end-to-end / raw HanLP ratio, how many pages the JIT needs to settle and the scaling over threads, on stdout.",
        ""})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--pages", paramLabel = "N", defaultValue = "1000", description = "Pages to build. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--threads", split = ",", paramLabel = "T",
      description = "Thread counts to run, comma-separated. Default: 1 and all cores.")
  List<Integer> threads;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Folder of sample pages to vary. Default: samples/ of the jianbao checkout.")
  Path samples;

  @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (pages and outputs). Default: a temporary folder.")
  Path dir;

  @Option(names = "--keep", description = "Keep the work folder (the pages) afterwards.")
  boolean keep;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (pages < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pages must be 1 or more");
    }
    List<Integer> counts = threads;
    if (counts == null || counts.isEmpty()) {
      counts = new ArrayList<>(List.of(1));
      int cores = Runtime.getRuntime().availableProcessors();
      if (cores > 1) {
        counts.add(cores);
      }
    }
    for (int t : counts) {
      if (t < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, got " + t);
      }
    }
    if (samples == null) {
      // The launcher says where the checkout is; run from elsewhere, ./samples is tried.
      String home = System.getProperty("jianbao.home");
      samples = home != null ? Path.of(home, "samples") : Path.of("samples");
    }
    if (!java.nio.file.Files.isDirectory(samples)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--samples: no such folder: " + samples);
    }
    PrintWriter out = new PrintWriter(System.out, true);
    try {
      new Bench(new Bench.Options(pages, counts, dir, samples, keep), out).run();
    } catch (IOException | BatchRun.Failure e) {
      err.println("jianbao: bench: " + e.getMessage());
      err.flush();
      return Main.FATAL;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.FATAL;
    }
    return Main.OK;
  }
}
