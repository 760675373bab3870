package jianbao.reflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class ReflowTest {

  private static List<Fragment> lines(String... lines) {
    return Normalizer.fragments(List.of(lines));
  }

  private static void assertParagraphs(List<Paragraph> ps, String... expected) {
    assertEquals(List.of(expected), ps.stream().map(p -> p.text() + "@" + p.lineStart() + "-" + p.lineEnd()).toList());
  }

  @Test
  void columnBreakMidWordIsJoinedAndShortLastLineEndsParagraph() {
    // 13-em column; a blank line falls inside the name 欧阳 / 明华 (a column break).
    List<Fragment> f = lines(
        "春耕时节，县农业农村局",       // 1 first line, indent dropped (11)
        "组织技术人员深入田间，指导",   // 2 full (13)
        "农户开展测土配方施肥。欧阳",   // 3 full (13)
        "",
        "明华介绍，今年全县推广面积",   // 5 full
        "达到八万亩。",                 // 6 short last line
        "",
        "据了解，该技术可使每亩地节",   // 8 a first line set full
        "本增效两百元左右。");
    assertParagraphs(Reflow.paragraphs(f),
        "春耕时节，县农业农村局组织技术人员深入田间，指导农户开展测土配方施肥。欧阳明华介绍，今年全县推广面积达到八万亩。@1-6",
        "据了解，该技术可使每亩地节本增效两百元左右。@8-9");
  }

  @Test
  void noBlankLinesBreakShownByShortLineOrIndent() {
    List<Fragment> f = lines(
        "全市今年新建口袋公园三十",     // 1 first line, 12 of 14
        "个，绿道总长度达到一百二十公", // 2 full 14
        "里。",                         // 3 short: break
        "市民对此评价较高，认为出",     // 4 first line (12)
        "行环境明显改善，周末休闲的去", // 5 full
        "处越来越多，幸福感不断提升。", // 6 full, ends a sentence
        "下一步，全市将继续推进城",     // 7 indented first line: break before it
        "市更新，建设更多公园绿地。");
    assertParagraphs(Reflow.paragraphs(f),
        "全市今年新建口袋公园三十个，绿道总长度达到一百二十公里。@1-3",
        "市民对此评价较高，认为出行环境明显改善，周末休闲的去处越来越多，幸福感不断提升。@4-6",
        "下一步，全市将继续推进城市更新，建设更多公园绿地。@7-8");
  }

  @Test
  void fullLineEndingASentenceAtAColumnBreakDoesNotBreak() {
    List<Fragment> f = lines(
        "该村今年引进两家企业，带",     // 1 first line (12 of 14)
        "动就业三百人，集体收入翻番。", // 2 full 14, the sentence ends at the column's end
        "",
        "村民人均可支配收入也比去年增", // 4 full 14: a continuation, not an indent
        "长了一成多。");
    assertParagraphs(Reflow.paragraphs(f),
        "该村今年引进两家企业，带动就业三百人，集体收入翻番。村民人均可支配收入也比去年增长了一成多。@1-5");
  }
}
