package jianbao.cli;

import static jianbao.batch.ProgressReporter.count;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jianbao.review.ReviewSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao review OUTDIR}: a static site to see and correct how each page was cut. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Write a review site for an extract output folder: see and correct the cut.",
    description = {
        "Writes a static site under OUTDIR/review/ (or --site DIR) from an extract output folder and the source"
            + " files it names: index.html lists the pages, those that need a look first; each page shows its"
            + " source lines beside its records, and its corrections export as a gold file for jianbao eval."
            + " It opens from file:// with no server and no network.",
        "",
        "See docs/review.md.",
        ""})
final class ReviewCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "An output folder of jianbao extract.")
  Path outDir;

  @Option(names = "--site", paramLabel = "DIR", description = "Where to write the site (default: OUTDIR/review).")
  Path site;

  @Option(names = "--base", paramLabel = "DIR",
      description = "The folder extract ran in, against which the pages' relative paths are read (default: the current folder).")
  Path base;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path siteDir = site != null ? site : outDir.resolve("review");
    long started = System.nanoTime();
    ReviewSite.Result r;
    try {
      r = ReviewSite.write(outDir, siteDir, base != null ? base : Path.of(""));
    } catch (IOException e) {
      err.println("jianbao: " + e.getMessage());
      err.flush();
      return Main.FATAL;
    }
    if (!quiet) {
      err.printf(Locale.ROOT, "jianbao: review of %s, %s in %.1f s -> %s%n",
          count(r.pages(), "page"), count(r.records(), "record"), (System.nanoTime() - started) / 1e9, r.index());
      if (r.rebuiltPages() > 0) {
        err.printf(Locale.ROOT, "jianbao: %s shown from the outputs alone (source file missing or changed;"
            + " --base names the folder extract ran in)%n",
            count(r.rebuiltPages(), "page"));
      }
    }
    err.flush();
    return Main.OK;
  }
}
