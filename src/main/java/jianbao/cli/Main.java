package jianbao.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jianbao}: newspaper page text in, one structured record per article out. */
@Command(
    name = "jianbao",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Cuts newspaper page text into articles and writes one structured record per article.", ""},
    footer = {"", "Run 'jianbao COMMAND --help' for a command's options."},
    subcommands = {ExtractCommand.class, BenchCommand.class, LoadCommand.class, SearchCommand.class, EvalCommand.class, EntitiesCommand.class, EvalNerCommand.class, TrainLayoutCommand.class, TrainNerCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit codes, documented in the README and docs/command-line.md. */
  public static final int OK = 0;
  public static final int FATAL = 1;
  public static final int USAGE = 2;
  public static final int SOME_REJECTED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(null, args);
  }

  /** As {@link #run(String...)}, with messages to {@code err} instead of stderr (for tests). */
  public static int run(PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("jianbao: " + e.getMessage());
      return FATAL;
    });
    cli.setParameterExceptionHandler(Main::usageError);
    return cli.execute(args);
  }

  /** The command line with its subcommands, before any argument is parsed. */
  static CommandLine commandLine() {
    // Wide enough that each command's one-line summary stays on one line beside the longest name.
    return new CommandLine(new Main()).setUsageHelpWidth(100);
  }

  /**
   * A usage error in the short form of command-line tools: the message, the command's usage line
   * and where its help is. The whole help (dozens of lines) would push the message off the screen.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("jianbao: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Usage: " + cmd.getHelp().abbreviatedSynopsis());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }
}
