package jianbao.harness;

import java.util.ArrayList;
import java.util.List;

/** Development aid: {@code HarnessMain PAGES [FIRST_SEED]} prints metrics and failing pages; {@code HarnessMain dump SEED} prints one page. */
public final class HarnessMain {
  /** JB_KNOBS=after|before picks the clean layout class for dump and run. */
  static PageFactory.Knobs knobs() {
    String k = System.getenv("JB_KNOBS");
    return k == null ? PageFactory.Knobs.RANDOM : new PageFactory.Knobs(k.equals("after"), true, true, false);
  }

  public static void main(String[] args) throws java.io.IOException {
    if (args[0].equals("write")) {
      // write DIR N [FIRST_SEED]: pages and gold files, for train-layout
      java.nio.file.Path dir = java.nio.file.Path.of(args[1]);
      java.nio.file.Files.createDirectories(dir.resolve("pages"));
      java.nio.file.Files.createDirectories(dir.resolve("gold"));
      long first = args.length > 3 ? Long.parseLong(args[3]) : 1000;
      PageFactory factory = new PageFactory();
      for (long s = first; s < first + Integer.parseInt(args[2]); s++) {
        PageFactory.Built b = factory.page(s, knobs());
        java.nio.file.Files.write(dir.resolve("pages/generated-" + s + ".txt"), b.lines());
        PageFactory.JSON.writeValue(dir.resolve("gold/generated-" + s + ".gold.json").toFile(), b.gold());
      }
      return;
    }
    if (args[0].equals("dump")) {
      PageFactory.Built b = new PageFactory().page(Long.parseLong(args[1]), knobs());
      System.out.println(b.description());
      for (int i = 0; i < b.lines().size(); i++) {
        System.out.println((i + 1) + "\t" + b.lines().get(i));
      }
      return;
    }
    if (args[0].equals("run")) {
      long seed = Long.parseLong(args[1]);
      PageFactory.Built b = new PageFactory().page(seed, knobs());
      var r = new jianbao.pipeline.PagePipeline(new jianbao.pipeline.PagePipeline.Options(null, jianbao.segment.HeadlinePosition.AUTO, false))
          .process(new jianbao.model.Page("g", "0".repeat(64), "UTF-8", "text/plain", b.lines()));
      System.out.println(b.description());
      for (var a : r.articles()) {
        System.out.println(a.kind() + " " + a.source().lineStart() + "-" + a.source().lineEnd() + " K=" + a.kicker() + " H=" + a.headline() + " S=" + a.subheadline()
            + " B=" + a.byline().text() + " " + a.byline().reporters() + a.byline().photographers() + " D=" + a.date() + " P=" + a.paragraphs().size()
            + " first=" + (a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0).substring(0, Math.min(12, a.paragraphs().get(0).length()))));
        if (args.length > 2) {
          a.spans().paragraphs().forEach(p -> System.out.println("    para " + p.lineStart() + "-" + p.lineEnd()));
        }
      }
      System.out.println("unassigned " + r.page().unassigned());
      return;
    }
    List<String> failures = new ArrayList<>();
    PageFactory.Knobs knobs = args.length > 2
        ? new PageFactory.Knobs(Boolean.valueOf(args[2]), true, true, false) : PageFactory.Knobs.RANDOM;
    var s = LayoutHarnessTest.score(Integer.parseInt(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 1000, knobs, failures);
    failures.forEach(System.out::println);
    s.metrics().forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
  }
}
