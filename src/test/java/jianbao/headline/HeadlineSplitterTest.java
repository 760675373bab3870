package jianbao.headline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class HeadlineSplitterTest {

  private static List<Fragment> piece(int firstLine, String... lines) {
    java.util.ArrayList<Fragment> out = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(Normalizer.normalize(firstLine + i, lines[i], i == 0));
    }
    return out;
  }

  @Test
  void wrappedHeadlineIsOneRole() {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(List.of(piece(10, "全县春季植树", "活动全面启动")));
    assertNull(h.kicker());
    assertEquals("全县春季植树活动全面启动", h.headline().text());
    assertEquals(2, h.headline().parts().size());
    assertNull(h.subheadline());
  }

  @Test
  void kickerHeadlineAndSubheadline() {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(List.of(
        piece(20, "市长在调研时要求"),
        piece(22, "抓好春耕 保障粮食安全"),
        piece(24, "——全市春耕生产见闻", "之二")));
    assertEquals("市长在调研时要求", h.kicker().text());
    assertEquals("抓好春耕保障粮食安全", h.headline().text());
    assertEquals("全市春耕生产见闻之二", h.subheadline().text());
    assertEquals(24, h.subheadline().parts().get(0).line());
  }

  @Test
  void whatFollowsTheSubheadlineJoinsIt() {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(List.of(
        piece(5, "奋斗的力量"), piece(6, "——走近一线工作者"), piece(8, "（二〇二〇年五月）")));
    assertEquals("奋斗的力量", h.headline().text());
    assertEquals("走近一线工作者（二〇二〇年五月）", h.subheadline().text());
    assertEquals(8, h.subheadline().parts().get(1).line());
  }

  @Test
  void threePlainPiecesAreKickerHeadlineAndSubheadline() {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(List.of(
        piece(1, "就春耕工作听取意见"), piece(3, "全县召开春耕生产座谈会"), piece(5, "县长主持 副县长出席")));
    assertEquals("就春耕工作听取意见", h.kicker().text());
    assertEquals("全县召开春耕生产座谈会", h.headline().text());
    assertEquals("县长主持副县长出席", h.subheadline().text());
  }

  @Test
  void aKickerEndsWithADashInsideOnePiece() {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(List.of(piece(1, "网友热议评论员文章——", "守初心者行必远")));
    assertEquals("网友热议评论员文章——", h.kicker().text());
    assertEquals("守初心者行必远", h.headline().text());
  }
}
