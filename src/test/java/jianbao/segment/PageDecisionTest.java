package jianbao.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import org.junit.jupiter.api.Test;

/** The page-level decision on small pages: which lines head which body, with their line spans. */
class PageDecisionTest {

  /** Each record as "headline lines | body lines" (first-last). */
  private static List<String> cut(String... lines) {
    Layout layout = new Segmenter(HeadlinePosition.AUTO).segment(Normalizer.fragments(List.of(lines)));
    List<String> out = new ArrayList<>();
    for (Draft d : layout.drafts()) {
      List<Fragment> head = new ArrayList<>();
      d.headline().forEach(head::addAll);
      List<Fragment> body = new ArrayList<>(d.bylineParts());
      body.addAll(d.body());
      out.add(span(head) + " | " + span(body));
    }
    return out;
  }

  private static String span(List<Fragment> fs) {
    if (fs.isEmpty()) {
      return "-";
    }
    int a = fs.stream().mapToInt(Fragment::line).min().orElseThrow();
    int b = fs.stream().mapToInt(Fragment::line).max().orElseThrow();
    return a + "-" + b;
  }

  @Test
  void headlinesAfterTheirBodiesGoWithTheBodyAbove() {
    assertEquals(List.of("7-8 | 1-5", "16-16 | 10-14"), cut(
        "本报讯（记者王立）3月2日上午，全县春",      // 1
        "耕生产现场推进会在城关镇召开，各乡镇负责",   // 2
        "人参加会议。会议要求，各地要抓住当前有利",   // 3
        "天气，组织农机具下田作业，确保春耕生产不",   // 4
        "误农时。",                                   // 5
        "",
        "全县春耕生产现场",                            // 7 headline, after its body
        "推进会召开",                                  // 8
        "",
        "本报讯（记者陈明）3月4日，市领导带队到",      // 10
        "化工园区检查安全生产工作，详细了解企业隐患",  // 11
        "排查整治情况。检查组要求，企业要落实主体责",  // 12
        "任，对重点部位开展全面排查，发现安全问题立",  // 13
        "即整改到位。",                                // 14
        "",
        "化工园区安全生产检查开展"));                  // 16
  }

  @Test
  void aClosingCreditEndsAnArticleAndStaysInIt() {
    List<String> records = cut(
        "全县春季植树活动启动",                        // 1
        "",
        "3月12日上午，全县春季义务植树活动在城",     // 3
        "郊林场启动，来自各乡镇的干部群众五百余人",   // 4
        "参加了植树活动。据了解，今年全县计划新增造",  // 5
        "林面积两万亩。",                              // 6
        "（本报记者王立、陈明）",                      // 7
        "",
        "县医院新门诊楼投入使用",                      // 9
        "",
        "3月15日，县医院新门诊楼正式投入使用，新",    // 11
        "门诊楼共设诊室一百二十间，可满足日均三千人",  // 12
        "次的就诊需求。",                              // 13
        "（本报记者赵晓光）");                         // 14
    assertEquals(List.of("1-1 | 3-7", "9-9 | 11-14"), records);
  }

  @Test
  void aQuotationsAttributionHeadsNothing() {
    List<String> records = cut(
        "老街改造完成",                                // 1
        "",
        "本报讯（记者王立）经过一年施工，城南老街",    // 3
        "改造工程日前完工，沿街二百余家商铺重新开",    // 4
        "门营业，老街恢复了往日的热闹。",              // 5
        "",
        "老街留住了城市的记忆。",                      // 7
        "",
        "——张明（市民俗学会会长）",                    // 9
        "",
        "改造没有拆掉一座老房子，这一点最难得。",      // 11
        "",
        "——李华（市规划设计院高级",                    // 13
        "工程师）");                                   // 14
    assertEquals(List.of("1-1 | 3-14"), records);
  }

  @Test
  void anEditorsNoteSignedByTheEditorsOpensTheArticleUnderItsHeadline() {
    List<String> records = cut(
        "县第一中学新校区启用",                        // 1
        "",
        "今年是县第一中学建校一百周年。本版今起刊",    // 3
        "发系列报道，讲述老校的故事。",                // 4
        "",
        "——编者",                                      // 6
        "",
        "本报讯（记者王立）9月1日，县第一中学新校",    // 8
        "区正式启用，三千余名师生迁入新校区学习生",    // 9
        "活，老校区将改建为校史馆。");                 // 10
    assertEquals(List.of("1-1 | 3-10"), records);
  }

  @Test
  void theMarginIsPositiveWhenEveryHeadlineSitsOnOneSide() {
    Layout layout = new Segmenter(HeadlinePosition.AUTO).segment(Normalizer.fragments(List.of(
        "全县春季植树活动启动", "",
        "本报讯（记者王立）3月12日上午，全县春季义", "务植树活动在城郊林场启动。", "",
        "县医院新门诊楼投入使用", "",
        "本报讯（记者陈明）3月15日，县医院新门诊楼", "正式投入使用。")));
    assertEquals(HeadlinePosition.BEFORE, layout.position());
    assertTrue(layout.margin() > 0, "margin " + layout.margin());
  }

  @Test
  void headlinesThatLookLikeAnotherOneLineRunOfThePageCountAsASeries() {
    List<RunFacts> facts = RunFacts.read(Runs.of(Normalizer.fragments(List.of(
        "新建铁路今日开通运营",                    // 1  run 0: no look-alike
        "",
        "9月28日，随着一声鸣笛，新建铁路正式开",   // 3  run 1
        "通运营，沿线群众出行更加便捷。",
        "",
        "开辟“出行快车道”",                        // 6  run 2: as long as run 4, quoted alike
        "",
        "新线开通后，沿线县城到省会的时间由五",    // 8  run 3
        "小时缩短到两小时，每天开行列车二十对。",
        "",
        "穿越“地质博物馆”",                        // 11 run 4
        "",
        "线路穿越沙漠、黄土和山区，建设者在沙地",  // 13 run 5
        "中铺轨，在软土里打洞，保证了工程质量。"))));
    ArticleSearch search = new ArticleSearch(facts, Weights.defaults());
    double[] one = search.evidence(List.of(new ArticleSearch.Cut(0, 6, 0, 1, HeadlinePosition.BEFORE)), -1, List.of());
    double[] three = search.evidence(List.of(
        new ArticleSearch.Cut(0, 2, 0, 1, HeadlinePosition.BEFORE),
        new ArticleSearch.Cut(2, 4, 2, 3, HeadlinePosition.BEFORE),
        new ArticleSearch.Cut(4, 6, 4, 5, HeadlinePosition.BEFORE)), -1, List.of());
    assertEquals(0.0, one[Evidence.HEAD_ALIKE.ordinal()]);
    assertEquals(2.0, three[Evidence.HEAD_ALIKE.ordinal()]);
  }
}
