package jianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results come back in input order whatever order the workers finish in; a dead task becomes a result. */
class CuttingPoolTest {
  @Test
  void resultsInInputOrderAndACrashTurnedIntoAResult() throws Exception {
    List<String> taken = new ArrayList<>();
    try (CuttingPool pool = new CuttingPool(3)) {
      pool.inOrder(6, i -> () -> {
        Thread.sleep((6 - i) * 5L); // the later inputs finish first
        if (i == 4) {
          throw new IllegalStateException("bad file");
        }
        return "page " + i;
      }, (i, cause) -> "crashed " + i + ": " + cause.getMessage(), (i, result) -> taken.add(i + "=" + result));
    }
    assertEquals(List.of("0=page 0", "1=page 1", "2=page 2", "3=page 3", "4=crashed 4: bad file", "5=page 5"), taken);
  }
}
