package jianbao.write;

import java.util.List;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.FieldSpan;
import jianbao.model.Named;
import jianbao.model.PageRecord;
import jianbao.model.Person;
import jianbao.model.Source;
import jianbao.model.Spans;
import jianbao.model.TextSpan;

/** Records to write in the write-stage tests: one full, one as sparse as the model allows. */
final class Fixtures {
  static final String SHA = "d8154703fed80b3dfcd93330f83d8148b57cf607345dab39904d370fbda57fb0";
  static final String PATH = "pages/000_e1de8d0c08a602d2.txt";

  private Fixtures() {}

  static Article full() {
    return new Article(
        "000_e1de8d0c08a602d2-01",
        Article.ARTICLE,
        new Source(PATH, SHA, 3, 9),
        "一周动态",
        "优化营商环境",
        "吕沛调研政务服务工作",
        "打造全市一流政务服务平台",
        new Byline("本报讯（记者郭树勋）", List.of("郭树勋"), List.of(), List.of(), "本报", null, null),
        "2024-05-17",
        "5月17日",
        List.of("5月17日上午，吕沛到示范区调研。", "区领导侯建华陪同调研。"),
        List.of(new Person("吕沛", "管委会主任", 2), new Person("侯建华", null, 1)),
        List.of(new Named("示范区行政审批与大数据管理局", 1)),
        List.of(new Named("示范区", 3)),
        List.of("headline guessed"),
        new Spans(
            new FieldSpan("优化营商环境", 1, 1),
            new FieldSpan("吕沛调研政务服务工作", 2, 2),
            new FieldSpan("——打造全市一流政务服务平台", 3, 3),
            new FieldSpan("本报讯（记者郭树勋）", 4, 4),
            List.of(new FieldSpan("5月17日上午，吕沛\n到示范区调研。", 4, 5),
                new FieldSpan("区领导侯建华陪同调研。", 6, 6))));
  }

  /** Every nullable field null, every list empty. */
  static Article sparse() {
    return new Article(
        "000_e1de8d0c08a602d2-02",
        Article.PHOTO,
        new Source(PATH, SHA, 20, 20),
        null,
        null,
        null,
        null,
        Byline.NONE,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new Spans(null, null, null, null, List.of()));
  }

  static PageRecord page(int records) {
    return new PageRecord(
        PATH, SHA, "UTF-8", "text/plain", 403, records, "一周动态", "after", 12.5,
        List.of(new TextSpan("2024年5月20日 星期一", 1, 1)));
  }

  static PageRecord emptyPage() {
    return new PageRecord(PATH, SHA, "GB18030", "text/plain", 1, 0, null, "before", 0.0, List.of());
  }
}
