package jianbao.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "3月2日上午，县里召开会议。|-|3月2日上午|--03-02",
      "3月2日上午，县里召开会议。|2022|3月2日上午|2022-03-02",
      "为推进工作，3 月 12 日，市里召开会议。|2022|3 月 12 日|2022-03-12",
      "6月3日、4日，代表团赴外地考察。|-|6月3日、4日|--06-03",
      "6月8日至14日，全区开展活动。|2021|6月8日至14日|2021-06-08",
      "2020年12月31日晚，跨年活动举行。|2023|2020年12月31日晚|2020-12-31",
      "日前，记者从市教育局获悉，截至4月底，新建学校5所。|2021|日前|-",
      "今年是开局之年。近日，记者走进乡村。|2021|-|-",
      "全年完成投资目标。5月3日，项目开工。|2021|-|-",
      "2月30日，不存在的日期。|2021|-|-",
  })
  void leadDates(String lead, Integer year, String text, String value) {
    DateParser.EventDate d = DateParser.lead(lead, year, null);
    if (text == null) {
      assertNull(d);
      return;
    }
    assertEquals(text, d.text());
    assertEquals(value, d.value());
  }

  @Test
  void relativeDatesResolveAgainstTheIssueDate() {
    LocalDate issue = LocalDate.of(2021, 5, 18);
    assertEquals("2021-05-17", DateParser.lead("昨天上午，全市召开大会。", 2021, issue).value());
    assertEquals("昨天", DateParser.lead("昨天上午，全市召开大会。", 2021, issue).text());
    assertNull(DateParser.lead("昨天上午，全市召开大会。", null, null).value());
  }

  @Test
  void datelineDates() {
    assertEquals("--01-14", DateParser.dateline("1月14日", null));
    assertEquals("2022-01-14", DateParser.dateline("1月14日", 2022));
    assertNull(DateParser.dateline(null, 2022));
  }
}
