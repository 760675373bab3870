package jianbao.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class RunsTest {

  private static List<String> runs(String... lines) {
    return Runs.of(Normalizer.fragments(List.of(lines))).stream().map(RunsTest::describe).toList();
  }

  private static String describe(Run r) {
    return r.firstLine() + "-" + r.lastLine() + " " + r.text();
  }

  @Test
  void aHeadlinesLastLineRunIntoTheNextArticlesFirstLineIsCut() {
    // A 13-em column: the line after the gap is a paragraph's first line (11 ems), the lines
    // below fill the column, and the line whole (13 ems) cannot be a first line.
    assertEquals(List.of("1-3 全县春季植树活动全面启动——写在植树节之际", "3-6 日前，由县林业局主办的“绿化家园”植树活动在城郊林场举行。来自各乡镇的干部群众五百余人参加了活动。"), runs(
        "全县春季植树活动全面启动",
        "——写在植树节",
        "之际 日前，由县林业局主办的",
        "“绿化家园”植树活动在城郊",
        "林场举行。来自各乡镇的干部",
        "群众五百余人参加了活动。"));
  }

  @Test
  void aBylineAfterAGapStartsARunWhateverTheWidths() {
    assertEquals(List.of("1-1 县医院新门诊楼投入使用", "1-2 本报讯（记者王立）3月2日，县医院新门诊楼正式投入使用。"),
        runs("县医院新门诊楼投入使用 本报讯（记者王立）3月2日，", "县医院新门诊楼正式投入使用。"));
  }

  @Test
  void theSpaceADatelineLeavesBeforeTheTextIsNoJoin() {
    assertEquals(List.of("1-4 新华社北京3月1日电中共中央近日印发通知，要求各地区各部门结合实际认真贯彻落实。"), runs(
        "新华社北京 3 月 1 ",
        "日电  中共中央近日印发通",
        "知，要求各地区各部门结合实际认",
        "真贯彻落实。"));
  }

  @Test
  void aLetterSpacedLineIsNoJoin() {
    assertEquals(1, runs(
        "春耕时节，县农业农村局组织",
        "技术人员深入田间，指导农户开",
        "展 测 土 配 方 施 肥 工 作 ，",
        "今年全县推广面积达到八万亩。").size());
  }

  @Test
  void aHeadlineRunIntoItsBylineIsSetOff() {
    List<Run> runs = Runs.of(Normalizer.fragments(List.of(
        "县医院新门诊楼",
        "投入使用",
        "本报讯（记者王立）3月2日，县医",
        "院新门诊楼正式投入使用。")));
    assertEquals(List.of("1-2 县医院新门诊楼投入使用", "3-4 本报讯（记者王立）3月2日，县医院新门诊楼正式投入使用。"),
        runs.stream().map(RunsTest::describe).toList());
    assertEquals(true, runs.get(0).tight());
    assertEquals(false, runs.get(0).glued());
  }

  @Test
  void anAuthorNoteWrappedOverAColumnBreakClosesTheRunThatFinishesIt() {
    List<RunFacts> facts = RunFacts.read(Runs.of(Normalizer.fragments(List.of(
        "推动制度不断完善发展。",          // 1
        "",
        "（作者单位：某大学",              // 3
        "",
        "“乡村治理研究”课题组）",          // 5
        "",
        "县医院新门诊楼投入使用"))));      // 7
    assertEquals(List.of("1-1 null", "3-3 null", "5-5 AUTHOR_NOTE 1", "7-7 null"), facts.stream()
        .map(f -> f.run().firstLine() + "-" + f.run().lastLine() + " "
            + (f.closing() == null ? "null" : f.closing().kind() + " " + f.closingLines()))
        .toList());
  }
}
