package jianbao.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class TypographyTest {

  @Test
  void widthCountsHalfWidthDigitsAsHalf() {
    assertEquals(4.5, Typography.width("2021年3月"), 1e-9);
    assertEquals(2.0, Typography.width("“两"), 1e-9);
  }

  @Test
  void sentenceEndsSeeThroughClosingQuotes() {
    assertEquals(true, Typography.endsSentence("真正让群众“办成事”。"));
    assertEquals(true, Typography.endsSentence("他说：“一定要办好。”"));
    assertEquals(false, Typography.endsSentence("打造“一村一品”"));
    assertEquals(true, Typography.endsMidSentence("发展、"));
  }
  private static List<Fragment> lines(String... lines) {
    return Normalizer.fragments(List.of(lines));
  }

  @Test
  void measureIsTheWidthRunOnLinesShare() {
    // A 13-em column: first lines 11, full lines 13; last lines and sentence ends do not count.
    assertEquals(13.0, Typography.measure(lines(
        "春耕时节，县农业农村局", "组织技术人员深入田间，指导", "农户开展测土配方施肥。欧阳",
        "明华介绍，今年全县推广面积", "达到八万亩。")));
  }

  @Test
  void aHeadlineWrappedOnceShowsNoMeasure() {
    assertTrue(Double.isNaN(Typography.measure(lines("全县春季植树", "活动全面启动"))));
    assertTrue(Double.isNaN(Typography.measure(new ArrayList<>())));
  }

  @Test
  void finalMarkSeesThroughClosers() {
    assertEquals('。', Typography.finalMark("他说：“好。”"));
    assertEquals('动', Typography.finalMark("活动"));
  }
}
