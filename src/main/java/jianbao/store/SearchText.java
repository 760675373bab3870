package jianbao.store;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;

/**
 * The text a record is searched by, in the two forms the full-text indexes need: as printed (for
 * trigram substring search) and segmented into words (for 1-2 character words, which trigrams
 * cannot find).
 */
final class SearchText {
  // Index mode also emits the words inside a long word (北京市 -> 北京市, 北京), so a short
  // query finds the word wherever HanLP kept it inside a longer one. Place and organisation
  // recognition off as in the entity stage: they glue prepositions onto places. One segmenter
  // per thread: HanLP's dictionaries load once per process and are shared.
  private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableIndexMode(true)
      .enableNameRecognize(true)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false));

  private SearchText() {}

  /** Kicker, headline, subheadline and paragraphs, one per line (absent ones skipped). */
  static String body(Article a) {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {a.kicker(), a.headline(), a.subheadline()}) {
      append(sb, part);
    }
    for (String p : a.paragraphs()) {
      append(sb, p);
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String part) {
    if (part != null && !part.isBlank()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(part);
    }
  }

  /** The words of {@code text} joined by single spaces; punctuation-only tokens dropped. */
  static String words(String text) {
    return String.join(" ", wordList(text));
  }

  /** The words a short query term must all match. */
  static List<String> wordList(String text) {
    List<String> words = new ArrayList<>();
    if (text.isBlank()) {
      return words;
    }
    for (Term t : SEGMENT.get().seg(text)) {
      String w = t.word.strip();
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(w);
      }
    }
    return words;
  }
}
