package jianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import jianbao.entity.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jianbao train-ner --out FILE CORPUS...}: trains the entity stage's
 * sequence model from NER corpora. The same corpora and options give the same
 * file, byte for byte.
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Train the entity stage's sequence model from NER corpora.",
    description = {
        "Trains the entity stage's sequence model (an averaged perceptron over chars) from NER corpora: "
            + "*.bio (char TAG per line, B-/I-PER, ORG, LOC), *.jsonl (CLUENER 2020), *.conll (Weibo NER). "
            + "The shipped model is src/main/resources/jianbao/entity/ner.model; see docs/entities.md.",
        "",
        "Needs about 2 GB of heap: JIANBAO_JAVA_OPTS=-Xmx2500m ./jianbao train-ner ...",
        ""})
final class TrainNerCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The model file to write.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Corpus files.")
  List<Path> corpora;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Passes over the corpora. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "2", description = "Drop features seen fewer times. Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "12", description = "Seed of the passage order. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--holdout", paramLabel = "N", defaultValue = "0",
      description = "Keep every Nth passage of each corpus out of training and score the model on them (0: train on all).")
  int holdout;

  @Option(names = "--text-only", description = "A model that does not read the rules' proposals (for comparison only).")
  boolean textOnly;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    for (Path c : corpora)
      if (!Files.isReadable(c)) throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + c);
    PrintWriter log = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".ner", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(tmp)) {
        new NerTrainer(new NerTrainer.Options(epochs, minCount, seed, holdout, !textOnly), log).train(corpora, o);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    log.printf("wrote %s (%,d bytes) in %.0f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    log.flush();
    return Main.OK;
  }
}
