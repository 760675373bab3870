package jianbao.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jianbao.eval.Scorer;
import jianbao.model.Article;
import jianbao.model.Page;
import jianbao.pipeline.NoLossTest;
import jianbao.pipeline.PagePipeline;
import jianbao.segment.HeadlinePosition;
import jianbao.write.Json;
import jianbao.write.SchemaAssert;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over generated newspaper pages (see {@link PageFactory}): whatever the layout,
 * nothing is lost and every record is valid; a page holding a single article gives it back
 * exactly, whichever way it is set. Seeds are fixed so that a run is repeatable;
 * {@code -Djqwik.tries.default} does not change these counts, edit them to search wider.
 */
class LayoutProperties {

  static final PageFactory FACTORY = new PageFactory();
  static final PagePipeline PIPELINE = new PagePipeline(new PagePipeline.Options(null, HeadlinePosition.AUTO, false));

  static PagePipeline.Result run(PageFactory.Built b) {
    return PIPELINE.process(new Page("generated.txt", "0".repeat(64), "UTF-8", "text/plain", b.lines()));
  }

  @Property(tries = 60, seed = "20261126")
  void everyLayoutKeepsEveryCharacterInValidRecords(@ForAll long seed) {
    PageFactory.Built b = FACTORY.page(seed, PageFactory.Knobs.RANDOM);
    Page page = new Page("generated.txt", "0".repeat(64), "UTF-8", "text/plain", b.lines());
    NoLossTest.assertNothingLost(page);
    PagePipeline.Result r = PIPELINE.process(page);
    for (Article a : r.articles()) {
      SchemaAssert.assertValidArticle(Json.mapper().valueToTree(a));
    }
    SchemaAssert.assertValidPage(Json.mapper().valueToTree(r.page()));
  }

  @Property(tries = 60, seed = "20261126")
  void aSingleArticleComesBackExactly(@ForAll long seed, @ForAll @IntRange(min = 0, max = 7) int layout) {
    PageFactory.Knobs knobs = new PageFactory.Knobs((layout & 1) != 0, (layout & 2) != 0, (layout & 4) != 0, null);
    PageFactory.Built b = FACTORY.page(seed, knobs, 1);
    List<JsonNode> gold = new ArrayList<>();
    b.gold().get("records").forEach(gold::add);
    List<JsonNode> pred = new ArrayList<>();
    for (Article a : run(b).articles()) {
      pred.add(Json.mapper().valueToTree(a));
    }
    Scorer s = new Scorer();
    s.page(b.description(), gold, pred);
    assertEquals(List.of(), s.findings(), b.description() + "\n" + String.join("\n", b.lines()));
  }
}
