package jianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jianbao}: newspaper page text in, one structured record per article out. */
@Command(
    name = "jianbao",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Cuts newspaper page text into articles and writes one structured record per article.",
    subcommands = {ExtractCommand.class, BenchCommand.class, LoadCommand.class, SearchCommand.class, EvalCommand.class, EntitiesCommand.class, EvalNerCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit codes, documented in the README. */
  public static final int OK = 0;
  public static final int FATAL = 1;
  public static final int USAGE = 2;
  public static final int SOME_REJECTED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: jianbao extract --help)");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(null, args);
  }

  /** As {@link #run(String...)}, with messages to {@code err} instead of stderr (for tests). */
  public static int run(java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("jianbao: " + e.getMessage());
      return FATAL;
    });
    return cli.execute(args);
  }
}
