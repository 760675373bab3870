package jianbao.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jianbao.model.Byline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {

  /** lead | byline text | reporters | correspondents | agency | place | dateline date */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "本报讯（记者王立）3月2日上午，|本报讯（记者王立）|王立|-|本报|-|-",
      "本报讯（记者王立 通讯员张平） 3 月 2 日，|本报讯（记者王立 通讯员张平）|王立|张平|本报|-|-",
      "本报讯 （通讯员刘一 记者陈二三）近日，|本报讯 （通讯员刘一 记者陈二三）|陈二三|刘一|本报|-|-",
      "本报北京1月14日电（记者赵大伟、孙小红）记者从|本报北京1月14日电（记者赵大伟、孙小红）|赵大伟,孙小红|-|本报|北京|1月14日",
      "新华社北京1月16日电（记者周某某）国务院|新华社北京1月16日电（记者周某某）|周某某|-|新华社|北京|1月16日",
      "新华社上海3月5日电 记者从市政府获悉|新华社上海3月5日电|-|-|新华社|上海|3月5日",
      "本报杭州3月5日电（吴一凡、郑二）今年以来|本报杭州3月5日电（吴一凡、郑二）|吴一凡,郑二|-|本报|杭州|3月5日",
      "（记者钱多多）本周，|（记者钱多多）|钱多多|-|-|-|-",
      "本报讯（记者 林 森　王小明）|本报讯（记者 林 森　王小明）|林,森,王小明|-|本报|-|-",
      "本报讯（实习生李想 记者黄河）|本报讯（实习生李想 记者黄河）|李想,黄河|-|本报|-|-",
      "本报讯（特约记者马力）|本报讯（特约记者马力）|马力|-|本报|-|-",
  })
  void leads(String raw, String text, String reporters, String correspondents, String agency, String place, String date) {
    BylineParser.Lead lead = BylineParser.lead(raw);
    assertNotNull(lead, raw);
    Byline b = lead.byline();
    assertEquals(text, b.text());
    assertEquals(text, raw.substring(0, lead.length()).strip());
    assertEquals(list(reporters), b.reporters());
    assertEquals(list(correspondents), b.correspondents());
    assertEquals(agency, b.agency());
    assertEquals(place, b.place());
    assertEquals(date, b.datelineDate());
  }

  @Test
  void letterSpacedLeads() {
    String raw = "本 报 讯 （ 记 者 王 立 新 　 通 讯 员 赵 一 鸣 ） 5 月";
    BylineParser.Lead lead = BylineParser.lead(raw);
    assertEquals(List.of("王立新"), lead.byline().reporters());
    assertEquals(List.of("赵一鸣"), lead.byline().correspondents());
    assertEquals("本 报 讯 （ 记 者 王 立 新 　 通 讯 员 赵 一 鸣 ）", raw.substring(0, lead.length()));
    assertTrue(BylineParser.opensUnclosed("本 报 讯 （ 记 者 王 立 新 　 通 讯"));
  }

  @Test
  void ordinaryParagraphsHaveNoLead() {
    assertNull(BylineParser.lead("今年以来，全县上下（包括各乡镇）积极行动。"));
    assertNull(BylineParser.lead("（上接第一版）"));
    assertNull(BylineParser.lead("旅行社电话咨询量大增。"));
    assertNull(BylineParser.lead("合作社讯息平台上线。").byline().reporters().isEmpty() ? null : "x");
  }

  @Test
  void authorNotes() {
    assertTrue(BylineParser.isAuthorNote("（作者为某大学经济学院教授）"));
    assertTrue(BylineParser.isAuthorNote("(作者系市社科院研究员)"));
    assertFalse(BylineParser.isAuthorNote("（作者为某大学教授）他说，"));
    assertFalse(BylineParser.isAuthorNote("（记者王立）"));
  }

  @Test
  void standAloneLines() {
    Byline b = BylineParser.line("本报记者 朱一");
    assertEquals(List.of("朱一"), b.reporters());
    assertEquals(List.of("陈明", "李华"), BylineParser.line("本报记者　陈明　李华").reporters());
    assertEquals(List.of("王五"), BylineParser.line("本报通讯员 王五").correspondents());
    Byline both = BylineParser.line("文/图 本报记者 张三");
    assertEquals(List.of("张三"), both.reporters());
    assertEquals(List.of("张三"), both.photographers());
    Byline wt = BylineParser.line("文/图 张三");
    assertEquals(List.of("张三"), wt.reporters());
    assertEquals(List.of("张三"), wt.photographers());
    Byline two = BylineParser.line("本报记者 王浩 本报通讯员 李晓 张强");
    assertEquals(List.of("王浩"), two.reporters());
    assertEquals(List.of("李晓", "张强"), two.correspondents());
    assertNull(BylineParser.line("记者节快乐"));
    assertNull(BylineParser.line("本报记者走进乡村一线调研"));
  }

  @Test
  void photoCredits() {
    assertEquals(List.of("翟一鸣"), BylineParser.credit("本报记者 翟一鸣 摄").photographers());
    assertEquals(List.of("刘洋"), BylineParser.credit("刘洋 摄").photographers());
    assertEquals(List.of("李明"), BylineParser.credit("新华社记者 李明 摄").photographers());
    assertEquals(List.of("王明"), BylineParser.credit("本报记者 王明摄").photographers());
    assertEquals(List.of("王明", "陈亮"), BylineParser.credit("本报记者 王明 陈亮 摄").photographers());
    assertNull(BylineParser.credit("一段立体拍摄"));
    assertTrue(BylineParser.isCreditHead("本报记者 翟"));
    assertTrue(BylineParser.isCreditTail("一鸣 摄"));
    assertFalse(BylineParser.isCreditHead("本报记者从市里获悉，"));
  }

  /** closing line | kind | reporters | photographers | dateline date */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "（本报记者王立、陈明）|REPORTERS|王立,陈明|-|-",
      "（综合本报记者王立、陈明报道）|REPORTERS|王立,陈明|-|-",
      "（本报杭州3月5日电  记者王立、陈明）|DISPATCH|王立,陈明|-|3月5日",
      "（新华社北京3月5日电\u00a0\u00a0新华社记者王立、陈明，解放军报记者赵一鸣）|DISPATCH|王立,陈明,赵一鸣|-|3月5日",
      "（本报记者王立  参与采写：陈明）|REPORTERS|王立,陈明|-|-",
      "（作者为某大学教授，本报记者王立采访整理）|AUTHOR_NOTE|王立|-|-",
      "（本报记者王立整理）|NOTE|-|-|-",
      "（新华社北京3月5日电）|DISPATCH|-|-|3月5日",
      "（本报驻外记者电）|DISPATCH|-|-|-",
      "（陈明参与采写）|NOTE|-|-|-",
      "（相关报道见第三版）|NOTE|-|-|-",
      "（作者为某大学经济学院教授）|AUTHOR_NOTE|-|-|-",
      "本报记者  王立摄|PHOTO_CREDIT|-|王立|-",
      "张 明摄（某某视觉）|PHOTO_CREDIT|-|张明|-",
      "新华社发|PHOTO_CREDIT|-|-|-",
      "王一  图  陈二  文|PHOTO_CREDIT|-|王一|-",
      "版式设计：张三|COLOPHON|-|-|-",
      "——王立（某大学教授）|ATTRIBUTION|-|-|-",
  })
  void closingLines(String raw, String kind, String reporters, String photographers, String date) {
    BylineParser.Closing c = BylineParser.closing(raw.replace("\\u00a0", "\u00a0"));
    assertNotNull(c, raw);
    assertEquals(kind, c.kind().name());
    assertEquals(list(reporters), c.byline().reporters());
    assertEquals(list(photographers), c.byline().photographers());
    assertEquals(date, c.byline().datelineDate());
  }

  @Test
  void textIsNoClosingLine() {
    assertNull(BylineParser.closing("会议要求，各地要抓住当前有利天气。"));
    assertNull(BylineParser.closing("（下转第二版）他说，全县今年计划新增造林面积两万亩。"));
  }

  @Test
  void aQuotedDispatchIsTextNotAByline() {
    assertNull(BylineParser.lead("据新华社北京3月5日电（记者王立）国务院日前"));
    assertTrue(BylineParser.citesDispatch("据新华社北京3月5日电"));
  }

  @Test
  void aDatelineWrappedOntoTheNextLineWithNoBreakSpaces() {
    BylineParser.Lead l = BylineParser.leadAcross("本报杭州3月5日电\u00a0\u00a0（记者王", "立、陈明）今年以来，");
    assertEquals(List.of("王立", "陈明"), l.byline().reporters());
    assertEquals("3月5日", l.byline().datelineDate());
    assertEquals(5, l.length());
  }

  private static List<String> list(String csv) {
    return csv == null ? List.of() : List.of(csv.split(","));
  }
}
