package jianbao.cli;

import static jianbao.batch.ProgressReporter.count;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jianbao.store.ArticleStore;
import jianbao.store.Database;
import jianbao.store.Loader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao load OUTDIR --db URL}: an extract output folder into a database. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Load an extract output folder into SQLite or PostgreSQL.",
    description = {
        "Loads an extract output folder (articles.jsonl; pages.jsonl and rejects.jsonl when present) into a"
            + " database, creating the tables if missing. Loading again replaces rows by record id, page sha256 and"
            + " reject path and stage: nothing is duplicated.",
        "",
        "Exit codes: 0 loaded, 2 usage error, 1 fatal error (unreadable folder, database refused).",
        ""})
final class LoadCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "An output folder of jianbao extract.")
  Path outDir;

  @Option(names = "--db", required = true, paramLabel = "URL",
      description = "sqlite:PATH, jdbc:sqlite:PATH or jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..].")
  String db;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Database database;
    try {
      database = Database.parse(db);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
    }
    long started = System.nanoTime();
    ArticleStore.Counts counts;
    try (ArticleStore store = ArticleStore.open(database, Loader.inputRoots(outDir))) {
      Loader.load(outDir, store);
      counts = store.counts();
    } catch (IOException e) {
      err.println("jianbao: " + e.getMessage());
      return Main.FATAL;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!quiet) {
      err.printf(Locale.ROOT, "jianbao: loaded %s, %s, %s in %.1f s (%.0f records/s;"
              + " %.1f s segmenting, %.1f s writing) -> %s%n",
          count(counts.articles(), "record"), count(counts.pages(), "page"), count(counts.rejects(), "reject"), seconds, counts.articles() / Math.max(seconds, 1e-9),
          counts.segmentSeconds(), counts.seconds() - counts.segmentSeconds(), database);
    }
    err.flush();
    return Main.OK;
  }
}
