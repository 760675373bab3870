package jianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jianbao.eval.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao eval --gold GOLD OUTDIR}: the README's quality figures, from a command. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Score an output folder against gold records.",
    description = {
        "Scores an output folder against gold records, a gold file or a folder of them: segmentation, paragraph"
            + " breaks, headline roles, byline roles, dates, people, titles, organisations.",
        "",
        "The gold format is described in docs/evaluation.md.",
        ""})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "A gold file or a folder of *.gold.json files.")
  Path gold;

  @Parameters(paramLabel = "OUTDIR", description = "An output folder (its articles.jsonl) or a .jsonl file.")
  Path output;

  @Option(names = "--quiet", description = "Print only the metrics, not the per-record findings.")
  boolean quiet;

  @Option(names = "--json", description = "Print the metrics as one JSON object.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> golds = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
          golds.add(m.readTree(p.toFile()));
        }
      }
    } else {
      golds.add(m.readTree(gold.toFile()));
    }
    List<JsonNode> pred = readRecords(m, Files.isDirectory(output) ? output.resolve("articles.jsonl") : output);
    Map<String, List<JsonNode>> bySource = new LinkedHashMap<>();
    for (JsonNode r : pred) {
      bySource.computeIfAbsent(stem(r.path("source").path("path").asText(null)), k -> new ArrayList<>()).add(r);
    }
    Scorer scorer = new Scorer();
    for (JsonNode g : golds) {
      String src = stem(g.path("source").asText(null));
      List<JsonNode> mine = golds.size() > 1 || bySource.containsKey(src) ? bySource.getOrDefault(src, List.of()) : pred;
      List<JsonNode> records = new ArrayList<>();
      g.get("records").forEach(records::add);
      scorer.page(src, records, mine);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(m.writeValueAsString(scorer.metrics()));
    } else {
      if (!quiet) {
        scorer.findings().forEach(f -> out.println("   " + f));
      }
      scorer.metrics().forEach((k, v) -> out.printf("%-22s %s%n", k, v));
    }
    out.flush();
    return Main.OK;
  }

  static List<JsonNode> readRecords(ObjectMapper m, Path jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(m.readTree(line));
        }
      }
    }
    return out;
  }

  static String stem(String path) {
    if (path == null) {
      return null;
    }
    String name = Path.of(path).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
