package jianbao.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jianbao.byline.BylineParser;
import jianbao.harness.PageRenderer;
import jianbao.harness.PageRenderer.Story;
import jianbao.harness.PageRenderer.Style;
import jianbao.headline.HeadlineSplitter;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

  static final List<Story> STORIES = List.of(
      new Story(null, "全县春耕生产全面展开", null, "本报讯（记者王立）", null, List.of(
          "3月2日上午，全县春耕生产现场推进会在城关镇召开，各乡镇负责人参加会议。",
          "会议要求，各地要抓住当前有利天气，组织农机具下田作业，确保不误农时。",
          "据统计，全县今年计划播种粮食作物四十二万亩，比去年增加一万亩。"), null),
      new Story("市领导调研时强调", "抓好安全生产 守住发展底线", null, "本报讯（记者陈明 通讯员李华）", null, List.of(
          "3月4日，市领导带队到化工园区检查安全生产工作，详细了解企业隐患排查整治情况。",
          "检查组要求，企业要落实主体责任，对重点部位开展全面排查，发现问题立即整改到位。"), null),
      new Story(null, "春风送岗位", "走进县城招聘会现场", null, "本报记者 赵晓光", List.of(
          "走进县体育馆，一排排招聘展位整齐排列，前来求职的群众络绎不绝。",
          "今年的招聘会共有一百二十家企业参加，提供岗位三千余个，涵盖制造、物流、电商等多个行业。",
          "一位刚刚达成就业意向的年轻人告诉记者：“家门口就能找到好工作，真是太方便了。”"), null));

  static List<Fragment> fragments(List<String> lines) {
    return Normalizer.fragments(lines);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String text(HeadlineSplitter.Role r) {
    return r == null ? "" : r.text();
  }

  /**
   * Three stories set every way a page sets them. A kicker stands on a line of its own, set off by
   * a blank line where headlines follow their bodies (the sample page) and printed right over the
   * headline where they precede them (the national dailies).
   */
  @ParameterizedTest(name = "headlineAfter={0} blank={1} width={2} blankInsideHeadline={3}")
  @CsvSource({"false,true,14,false", "true,true,14,true", "false,false,18,false", "true,false,18,true",
      "false,true,22,false", "true,true,16,true", "true,false,16,false"})
  void recoversEveryStory(boolean after, boolean blank, double width, boolean blankInsideHeadline) {
    PageRenderer.SetPage page = PageRenderer.set(STORIES, List.of(width, width + 2, width - 1),
        new Style(after, blank, 0, blankInsideHeadline, "要闻"));
    Layout layout = new Segmenter(HeadlinePosition.AUTO).segment(fragments(page.lines()));
    assertEquals(after ? HeadlinePosition.AFTER : HeadlinePosition.BEFORE, layout.position(), String.join("\n", page.lines()));
    assertEquals("要闻", layout.section());
    assertEquals(3, layout.drafts().size());
    for (int i = 0; i < 3; i++) {
      Story s = STORIES.get(i);
      Draft d = layout.drafts().get(i);
      HeadlineSplitter.Headline h = HeadlineSplitter.split(d.headline());
      if (blankInsideHeadline) {
        assertEquals(s.headline().replace(" ", ""), h.headline().text());
        assertEquals(s.kicker(), h.kicker() == null ? null : h.kicker().text());
        assertEquals(s.subheadline(), h.subheadline() == null ? null : h.subheadline().text());
      } else {
        // Printed as one block, kicker and headline are told apart by no mark: the block is whole.
        assertEquals(nullToEmpty(s.kicker()) + s.headline().replace(" ", "") + nullToEmpty(s.subheadline()),
            text(h.kicker()) + text(h.headline()) + text(h.subheadline()));
      }
      List<String> paragraphs = new ArrayList<>();
      jianbao.reflow.Reflow.paragraphs(d.body()).forEach(p -> paragraphs.add(p.text()));
      assertEquals(s.paragraphs(), paragraphs);
      assertEquals(page.bodySpans().get(i)[0], d.bylineParts().isEmpty() ? d.body().get(0).line() : d.bylineParts().get(0).line());
      assertEquals(page.bodySpans().get(i)[1], d.body().get(d.body().size() - 1).line());
    }
    assertEquals(List.of(), layout.unassigned());
  }
}
