package jianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueDateTest {
  static final LocalDate MAY_18 = LocalDate.of(2021, 5, 18);

  @Test
  void numericShapes() {
    for (String path : new String[] {"2021-05-18.txt", "p_2021_05_18_a1.txt", "2021.05.18.txt", "20210518-01.txt",
        "2021-5-18.txt", "2021.5.18 第1版.txt", "archive/2021/05/18/p1.txt", "archive/2021/5/18.txt"}) {
      assertEquals(MAY_18, IssueDate.fromPath(path), path);
    }
  }

  @Test
  void chineseShapes() {
    for (String path : new String[] {"人民日报 2021年5月18日 第1版.txt", "2021年05月18日.txt", "2021 年 5 月 18 日/01版.txt",
        "报纸/2021年5月18号/第3版.txt", "二〇二一年五月十八日 第1版.txt", "二零二一年五月十八日.txt"}) {
      assertEquals(MAY_18, IssueDate.fromPath(path), path);
    }
    assertEquals(LocalDate.of(2021, 12, 31), IssueDate.fromPath("二〇二一年十二月三十一日.txt"));
    assertEquals(LocalDate.of(2021, 10, 20), IssueDate.fromPath("二〇二一年十月二十日.txt"));
  }

  @Test
  void theFileNameWinsOverItsFolders() {
    assertEquals(MAY_18, IssueDate.fromPath("2020年1月1日/2021-05-18.txt"));
    assertEquals(MAY_18, IssueDate.fromPath("2020-01-01/2021年5月18日.txt"));
  }

  @Test
  void numbersThatAreNoDateAreNotRead() {
    assertNull(IssueDate.fromPath("samples/000_e1de8d0c08a602d2.txt"));
    assertNull(IssueDate.fromPath("scan-120210518.txt"), "inside a longer run of digits");
    assertNull(IssueDate.fromPath("2021-13-01.txt"), "no month 13");
    assertNull(IssueDate.fromPath("2021-02-30.txt"), "no February 30");
    assertNull(IssueDate.fromPath("2021-05.18.txt"), "mixed separators");
    assertNull(IssueDate.fromPath("第2021期5月.txt"));
  }
}
