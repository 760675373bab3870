package jianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jianbao.eval.GoldFiles;
import jianbao.model.Page;
import jianbao.read.InputWalker;
import jianbao.read.PageReader;
import jianbao.read.Reject;
import jianbao.read.RejectedPageException;
import jianbao.segment.LayoutTrainer;
import jianbao.segment.Weights;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao train-layout}: learns the page-level decision's weights from pages with known records. */
@Command(
    name = "train-layout",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Learn the layout decision's weights from pages whose records are known.",
    description = {
        "Learns how much each piece of layout evidence weighs (headline typesetting, shared words, bylines, "
            + "credits) from pages whose records are known, and writes the weights for extract --layout-weights. "
            + "Gold files are paired with pages by file name (page.txt with page.gold.json)."})
final class TrainLayoutCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "A gold file or a folder of *.gold.json files.")
  List<Path> gold;

  @Parameters(paramLabel = "PAGES", arity = "1..*", description = "Page files or folders.")
  List<Path> pages;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the weights.")
  Path out;

  @Option(names = "--epochs", defaultValue = "12", description = "Passes over the pages (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--start", paramLabel = "FILE", description = "Weights to start from (default: the shipped ones).")
  Path start;

  @Option(names = "--restarts", defaultValue = "3",
      description = "Trainings in different page orders, averaged (default: ${DEFAULT-VALUE}).")
  int restarts;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (epochs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be 1 or more, got " + epochs);
    }
    PrintWriter err = spec.commandLine().getErr();
    Map<String, List<JsonNode>> truth = new HashMap<>();
    for (Path g : gold) {
      for (GoldFiles.GoldPage p : GoldFiles.read(g)) {
        truth.put(p.stem(), p.records());
      }
    }
    PageReader reader = new PageReader();
    List<LayoutTrainer.Example> examples = new ArrayList<>();
    InputWalker.Inputs inputs = InputWalker.walk(pages);
    for (Reject r : inputs.rejects()) {
      err.println("jianbao: " + r.path() + ": " + r.reason());
    }
    for (Path f : inputs.files()) {
      PageReader.Pages read;
      try {
        read = reader.readPages(f);
      } catch (RejectedPageException e) {
        err.println("jianbao: " + e.getMessage());
        continue;
      }
      for (Reject r : read.rejects()) {
        err.println("jianbao: " + r.path() + ": " + r.reason());
      }
      for (Page page : read.pages()) {
        List<JsonNode> records = truth.get(GoldFiles.stem(page.path()));
        if (records == null) {
          err.println("jianbao: " + page.path() + ": no gold file for this page, left out");
          continue;
        }
        List<LayoutTrainer.TrueRecord> rs = new ArrayList<>();
        for (JsonNode r : records) {
          rs.add(new LayoutTrainer.TrueRecord(GoldFiles.headline(r), GoldFiles.paragraphs(r)));
        }
        examples.add(new LayoutTrainer.Example(page.path(), page.lines(), page.typeSizes(), rs));
      }
    }
    Weights from = start == null ? Weights.defaults() : Weights.read(start);
    if (restarts < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--restarts must be 1 or more, got " + restarts);
    }
    LayoutTrainer.Result result = LayoutTrainer.train(examples, from, epochs, 1, restarts);
    for (String s : result.skipped()) {
      err.println("jianbao: left out " + s);
    }
    result.weights().write(out, List.of(
        "Layout weights learned by jianbao train-layout: " + result.usable() + " pages, " + epochs + " epochs, "
            + restarts + " orders averaged.",
        "Pages read exactly right with these weights: " + result.exactPages() + " of " + result.usable() + "."));
    PrintWriter o = spec.commandLine().getOut();
    o.printf("%d pages used (%d left out); %d read exactly right; weights written to %s%n",
        result.usable(), result.skipped().size(), result.exactPages(), out);
    o.flush();
    return Main.OK;
  }
}
