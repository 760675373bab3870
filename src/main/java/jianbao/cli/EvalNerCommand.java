package jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jianbao.entity.EntityEngine;
import jianbao.entity.eval.NerEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jianbao eval-ner --bio FILE...}: scores raw HanLP and jianbao's entity
 * stage on character-BIO NER sets (unique names per passage, per type), and
 * with {@code --bench} times both on the same passages.
 */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Score the entity stage against NER sets, beside raw HanLP.",
    description = {
        "Scores people, organisations and places against a char-BIO file (char TAG per line, blank line between"
            + " passages): per passage the unique names of each type, exact string match, P/R/F1 summed over"
            + " passages, for raw HanLP (Viterbi with name, place and organisation recognition) and for jianbao.",
        "",
        "Prints one Markdown table row per set and type: precision, recall and F1 of raw HanLP, then of jianbao.",
        ""})
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--bio", required = true, arity = "1..*", paramLabel = "FILE", description = "BIO file(s).")
  List<Path> bio;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N passages of each file (0 = all).")
  int limit;

  @Option(names = "--errors", paramLabel = "TSV", description = "Write jianbao's extra (+) and missed (-) names per passage here.")
  Path errors;

  @Option(names = "--bench", description = "Also time raw HanLP segmentation vs the entity stage on the same passages (chars per CPU second, interleaved rounds, median ratio).")
  boolean bench;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds (one pass of each) for --bench. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--rules-only", description = "Score the rules alone, combined by precedence, without the model.")
  boolean rulesOnly;

  @Option(names = "--model", paramLabel = "FILE", description = "Use this model file (from jianbao train-ner) instead of the shipped one.")
  Path model;

  @Option(names = "--without", paramLabel = "FAMILY", split = ",",
      description = "Leave out these recognisers (people, organisations, places, divisions) to measure what each brings.")
  List<String> without = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors));
    if (rulesOnly && model != null) throw new CommandLine.ParameterException(spec.commandLine(), "--rules-only and --model exclude each other");
    EntityEngine engine = rulesOnly ? EntityEngine.rulesOnly() : model != null ? EntityEngine.withModel(model) : EntityEngine.shared();
    if (!without.isEmpty()) {
      try {
        engine = engine.leaving(Set.copyOf(without));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--without: " + e.getMessage());
      }
    }
    List<String> texts = new ArrayList<>();
    out.println("| set (passages) | type | raw HanLP P / R / F1 | jianbao P / R / F1 |");
    out.println("|---|---|---|---|");
    try {
      for (Path f : bio) {
        if (!Files.isReadable(f)) throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + f);
        List<NerEval.Passage> ps = NerEval.readBio(f, limit);
        NerEval.Score raw = NerEval.score(ps, NerEval.rawExtractor(), null);
        NerEval.Score jb = NerEval.score(ps, NerEval.jianbaoExtractor(engine), err);
        out.print(NerEval.table(f.getFileName().toString(), ps.size(), raw, jb));
        out.flush();
        for (NerEval.Passage p : ps) texts.add(p.text());
      }
    } finally {
      if (err != null) err.close();
    }
    if (bench) {
      long chars = texts.stream().mapToLong(String::length).sum();
      NerEval.Speed r = NerEval.bench(texts, Math.max(1, rounds), engine);
      out.printf("%nbench: %d passages, %d chars x %d rounds, interleaved, timed on this thread's CPU clock%n", texts.size(), chars, rounds);
      out.printf("raw HanLP segmentation (Viterbi + name/place/org recognition): %,.0f chars per CPU second%n", r.rawCharsPerSecond());
      out.printf("jianbao entity stage:                                          %,.0f chars per CPU second%n", r.stageCharsPerSecond());
      out.printf("entity stage / raw HanLP, per round: median %.0f%% (min %.0f%%, max %.0f%%)%n",
          100 * r.medianRatio(), 100 * r.minRatio(), 100 * r.maxRatio());
    }
    out.flush();
    return Main.OK;
  }
}
