package jianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Settled at the first batch that no later batch undercuts by more than 5%. */
class JitSettlingTest {
  @Test
  void settledBatch() {
    assertEquals(3, JitSettling.settledBatch(List.of(40.0, 20.0, 12.0, 10.0, 10.2, 9.8, 10.1), 0.05));
    // A noisy dip late on moves the answer to it.
    assertEquals(5, JitSettling.settledBatch(List.of(40.0, 20.0, 12.0, 10.0, 10.2, 8.0, 8.1), 0.05));
    // Still falling at the end: not settled.
    assertEquals(-1, JitSettling.settledBatch(List.of(40.0, 20.0, 12.0), 0.05));
    assertEquals(-1, JitSettling.settledBatch(List.of(5.0), 0.05));
  }

  @Test
  void batchesSpanRunsAndDropTheTimeBetweenThem() {
    double[] cpu = {0};
    JitSettling s = new JitSettling(10, () -> cpu[0]);
    cpu[0] = 2.0;
    s.cut(10); // 0.2 s a page
    cpu[0] = 2.5;
    s.cut(15); // half a batch, dropped at the next run
    cpu[0] = 9.0; // raw HanLP between runs
    s.newRun();
    cpu[0] = 10.0;
    s.cut(10); // 0.1 s a page
    cpu[0] = 11.0;
    s.cut(20);
    assertEquals(List.of(0.2, 0.1, 0.1), s.perPage());
    assertEquals("200.0 100.0 100.0", s.series());
    assertEquals(10, s.settledAfter());
  }
}
