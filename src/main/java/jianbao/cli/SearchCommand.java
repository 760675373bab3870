package jianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jianbao.store.Database;
import jianbao.store.Search;
import jianbao.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao search --db URL [QUERY]}: check a load without writing SQL. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Find loaded records by text, person, organisation, place or date.",
    description = {
        "Prints the records of a database that match: one line per record (id, date, headline) and an indented"
            + " snippet with the match in [ ], then the number of matches.",
        "",
        "QUERY is one or more terms, separated by spaces, that must all match: a term of 3 or more characters"
            + " matches any text in the headlines and paragraphs; a shorter term must be a word of the text, so 北京"
            + " finds 北京市.",
        "",
        "Exit codes: 0 searched (even with no match), 2 usage error, 1 fatal error.",
        ""})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "Words to find, all of them (optional when a filter is given).")
  List<String> words;

  @Option(names = "--db", required = true, paramLabel = "URL",
      description = "sqlite:PATH, jdbc:sqlite:PATH or jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..].")
  String db;

  @Option(names = "--person", paramLabel = "NAME", description = "Only records naming a person whose name contains NAME.")
  String person;

  @Option(names = "--org", paramLabel = "NAME", description = "Only records naming an organisation whose name contains NAME.")
  String org;

  @Option(names = "--place", paramLabel = "NAME", description = "Only records naming a place whose name contains NAME.")
  String place;

  @Option(names = "--date-from", paramLabel = "YYYY-MM-DD", description = "Only records dated on or after (full dates only).")
  String dateFrom;

  @Option(names = "--date-to", paramLabel = "YYYY-MM-DD", description = "Only records dated on or before (full dates only).")
  String dateTo;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Print at most N records. Default: ${DEFAULT-VALUE}.")
  int limit;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // Words typed apart (张三 上海) or quoted together ("张三 上海") are the same query.
    String text = words == null ? null : String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((text == null || text.isBlank()) && person == null && org == null && place == null
        && dateFrom == null && dateTo == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give a QUERY or at least one of --person, --org, --place, --date-from, --date-to");
    }
    Search.Result result;
    try {
      Database database = Database.parse(db);
      result = Search.run(database, new Search.Query(text, person, org, place, dateFrom, dateTo, limit));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (StoreException e) {
      err.println("jianbao: " + e.getMessage());
      return Main.FATAL;
    }
    for (Search.Hit hit : result.hits()) {
      out.println(hit.id() + "  " + (hit.date() == null ? "(no date)" : hit.date()) + "  "
          + (hit.headline() == null ? "(no headline)" : hit.headline()));
      out.println("    " + hit.snippet());
    }
    out.println(result.total() + (result.total() == 1 ? " record" : " records")
        + (result.total() > result.hits().size() ? " (" + result.hits().size() + " shown; --limit)" : ""));
    out.flush();
    return Main.OK;
  }
}
