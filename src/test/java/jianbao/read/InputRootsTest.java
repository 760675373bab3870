package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputRootsTest {
  @Test
  void aPageIsRelativeToTheFirstInputHoldingIt() {
    InputRoots roots = InputRoots.of(List.of("/mnt/archive/2021", "../scans/loose.txt", "./more/", "/mnt/archive"));
    assertEquals("05/18/p1.txt", roots.relative("/mnt/archive/2021/05/18/p1.txt"));
    assertEquals("2022/p1.txt", roots.relative("/mnt/archive/2022/p1.txt"));
    assertEquals("loose.txt", roots.relative("../scans/loose.txt"), "a file named itself: its name");
    assertEquals("a/b.txt", roots.relative("./more/a/b.txt"));
    // A page of a PDF keeps its page number, whether the PDF was named or found in a folder.
    assertEquals("05/e-paper.pdf#p2", roots.relative("/mnt/archive/2021/05/e-paper.pdf#p2"));
    assertEquals("loose.pdf#p1", InputRoots.of(List.of("x/loose.pdf")).relative("x/loose.pdf#p1"));
    // Whole path elements only: /mnt/archive/2021 does not hold /mnt/archive/20211.
    assertEquals("20211/p.txt", roots.relative("/mnt/archive/20211/p.txt"));
    assertNull(roots.relative("elsewhere/p.txt"));
    assertNull(InputRoots.NONE.relative("/mnt/archive/2021/05/18/p1.txt"));
  }
}
