package jianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sample pages give whole sentences; paragraphs are set in lines of the page's column width. */
class ArticleComposerTest {
  @Test
  void sentencesAreJoinedAcrossLinesAndCutAtStops() {
    List<String> page = List.of("标题不算", "", "本报讯（记者甲）今天上午，", "大会在市里召开。会议由", "副市长王某主持！短句。", "",
        "全市上下要抓好落实工作。");
    assertEquals(List.of("会议由副市长王某主持！", "全市上下要抓好落实工作。"), ArticleComposer.sentences(List.of(page)));
  }

  @Test
  void paragraphSetInColumnWidth() {
    List<String> out = new ArrayList<>();
    ArticleComposer.set("一二三四五六七", 3, out);
    assertEquals(List.of("一二三", "四五六", "七"), out);
  }
}
