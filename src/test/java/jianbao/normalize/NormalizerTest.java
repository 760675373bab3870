package jianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {


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
    List<Fragment> fs = Normalizer.fragments(List.of("第一行", "", "  ", "第二行", "第三行"));
    assertEquals(3, fs.size());
    assertFalse(fs.get(0).blankBefore());
    assertTrue(fs.get(1).blankBefore());
    assertEquals(4, fs.get(1).line());
    assertFalse(fs.get(2).blankBefore());
  }
}
