package jianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jianbao.byline.BylineParser;
import org.junit.jupiter.api.Test;

class NormalizerTest {

  private final Normalizer normalizer = new Normalizer(BylineParser::agencyLeadInside);

  @Test
  void removesLetterSpacingAndSpacesAroundDigits() {
    Fragment f = Normalizer.normalize(7, "春 耕 备 耕 ， 走 进 “ 田 间 课", false);
    assertEquals("春耕备耕，走进“田间课", f.text());
    assertEquals(7, f.line());
    assertEquals(0, f.column(0));
    assertEquals(2, f.column(1));
    assertEquals("春 耕 备 耕 ， 走 进 “ 田 间 课", f.raw());

    assertEquals("3月2日上午，", Normalizer.normalize(1, " 3 月 2 日上午，", false).text());
    assertEquals("市科协（经开区）联合", Normalizer.normalize(1, "市科协 （经开区） 联合", false).text());
  }

  @Test
  void keepsSpacesBetweenLatinWordsOnly() {
    assertEquals("4A级景区", Normalizer.normalize(1, "4A 级景区", false).text());
    assertEquals("Hong Kong 2021年", Normalizer.normalize(1, "Hong  Kong 2021 年", false).text());
    assertEquals("COVID 19疫情", Normalizer.normalize(1, "COVID 19 疫情", false).text());
    assertEquals("2021", Normalizer.normalize(1, "2 0 2 1", false).text());
    assertEquals("全角空格", Normalizer.normalize(1, "全角\u3000空格\u00A0", false).text());
  }

  @Test
  void blankLinesAreRecordedNotKept() {
    List<Fragment> fs = normalizer.fragments(List.of("第一行", "", "  ", "第二行", "第三行"));
    assertEquals(3, fs.size());
    assertFalse(fs.get(0).blankBefore());
    assertTrue(fs.get(1).blankBefore());
    assertEquals(4, fs.get(1).line());
    assertFalse(fs.get(2).blankBefore());
  }

  @Test
  void splitsALineWhereTheNextArticlesBylineRunsIn() {
    List<Fragment> fs = normalizer.fragments(List.of(
        "全县春季植树活动启动 本报讯（记者王立 通讯员张平） 3 月 2 日，"));
    assertEquals(2, fs.size());
    assertEquals("全县春季植树活动启动", fs.get(0).text());
    assertEquals("本报讯（记者王立通讯员张平）3月2日，", fs.get(1).text());
    assertEquals(1, fs.get(1).line());
    assertEquals(11, fs.get(1).column(0));
    assertEquals("本报讯（记者王立 通讯员张平） 3 月 2 日，", fs.get(1).raw());
  }

  @Test
  void doesNotSplitABylineQuotedWithoutAGap() {
    List<Fragment> fs = normalizer.fragments(List.of("据新华社北京3月1日电（记者李明）报道，"));
    assertEquals(1, fs.size());
  }
}
