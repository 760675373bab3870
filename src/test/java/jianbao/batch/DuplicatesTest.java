package jianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The copy kept is the first in input order, whichever worker sees it first. */
class DuplicatesTest {
  @Test
  void laterFileNeedNotCutATwinOfAnEarlierOne() {
    Duplicates d = new Duplicates();
    assertTrue(d.worthCutting("aa", 5)); // file 5 read first
    assertTrue(d.worthCutting("aa", 2)); // file 2 holds it too: it is the one kept
    assertFalse(d.worthCutting("aa", 5));
    assertTrue(d.worthCutting("aa", 2), "a twin in the same file is left to earlier()");
  }

  @Test
  void earlierNamesTheFirstPathInInputOrder() {
    Duplicates d = new Duplicates();
    assertNull(d.earlier("aa", "a/1.txt"));
    assertNull(d.earlier("bb", "a/2.txt"));
    assertEquals("a/1.txt", d.earlier("aa", "b/1.txt"));
    assertEquals("a/1.txt", d.earlier("aa", "c/1.txt"));
  }
}
