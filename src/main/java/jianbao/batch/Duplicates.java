package jianbao.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages told apart by content. Record ids derive from a page's content, so a second copy of a page
 * is reported, not written again: an archive never holds the same record twice. The copy kept is
 * the first in input order, whatever order the workers finish in.
 */
final class Duplicates {
  /** For the workers: each content's lowest file index seen so far. */
  private final ConcurrentHashMap<String, Integer> firstFile = new ConcurrentHashMap<>();
  /** For the run, in input order: each content's first path. */
  private final Map<String, String> firstPath = new HashMap<>();

  /**
   * Worker side, any thread: false when a file before {@code fileIndex} holds the same content, so
   * the page will be dropped and need not be cut. True is no promise (a twin in the same file, or
   * in an earlier file not read yet): {@link #earlier} decides.
   */
  boolean worthCutting(String sha256, int fileIndex) {
    return firstFile.merge(sha256, fileIndex, Math::min) >= fileIndex;
  }

  /** Run side, called in input order: the path that had this content first, or null for this page. */
  String earlier(String sha256, String path) {
    return firstPath.putIfAbsent(sha256, path);
  }
}
