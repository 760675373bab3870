package jianbao.segment;

import java.util.ArrayList;
import java.util.List;
import jianbao.byline.BylineParser;
import jianbao.normalize.Fragment;
import jianbao.reflow.Typography;

/**
 * Finds headline chains: short runs of lines that end without punctuation, set between a
 * finished sentence and the start of something new (a byline, a caption, an indented paragraph,
 * the page's end), found by typography, never by words.
 */
final class HeadlineChains {
  private HeadlineChains() {}

  /** A headline block holds at most this many lines per piece. */
  static final int MAX_HEADLINE_LINES = 4;

  static List<Item> chains(List<Block> blocks) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      if (!headlineShaped(blocks.get(i)) || !endsFinished(blocks, i - 1)) {
        items.add(new Item(blocks.get(i), null));
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < blocks.size() && headlineShaped(blocks.get(j + 1))) {
        j++;
      }
      // The run is a headline only if what follows starts afresh; else its last piece is body.
      // Where only more text follows, lines that fill the column like the text before them are
      // that text, broken by a column end.
      while (j >= i && (!startsAfresh(blocks, j + 1) || onlyTextFollows(blocks, j + 1)
          && (i > 0 && flowsLikeColumn(blocks.subList(i, j + 1), Typography.columnWidth(blocks.get(i - 1).text()))
              || readsLikeLead(blocks.get(j))))) {
        j--;
      }
      if (j < i) {
        items.add(new Item(blocks.get(i), null));
        i++;
        continue;
      }
      items.add(new Item(null, List.copyOf(blocks.subList(i, j + 1))));
      i = j + 1;
    }
    return items;
  }

  /**
   * A block whose lines wrap a sentence with a comma inside a line, or a day of the month: that is
   * a lead, not a headline, when nothing but more text follows it.
   */
  static boolean readsLikeLead(Block b) {
    List<Fragment> lines = b.text();
    if (lines.size() < 2) {
      return false;
    }
    for (Fragment f : lines) {
      String t = f.text();
      if (DAY.matcher(t).find() || t.indexOf('，') > 0 && t.indexOf('，') < t.length() - 1) {
        return true;
      }
    }
    return false;
  }

  static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}月\\d{1,2}日");

  static boolean onlyTextFollows(List<Block> blocks, int k) {
    return k < blocks.size() && blocks.get(k).kind() == Block.Kind.TEXT;
  }

  /** Every line as wide as the column's text lines: a first line two ems short at most. */
  static boolean flowsLikeColumn(List<Block> run, double w) {
    int lines = 0;
    for (Block b : run) {
      List<Fragment> text = b.text();
      for (int k = 0; k < text.size(); k++) {
        double x = Typography.width(text.get(k).text());
        if (x > w + 1 || x < (k == 0 ? w - 3 : w - 1)) {
          return false;
        }
        lines++;
      }
    }
    return lines >= 2;
  }

  static boolean headlineShaped(Block b) {
    if (b.kind() != Block.Kind.TEXT || b.text().size() > MAX_HEADLINE_LINES) {
      return false;
    }
    List<Fragment> lines = b.text();
    for (int k = 0; k < lines.size(); k++) {
      if (!headlineLine(lines.get(k).text(), k == lines.size() - 1)) {
        return false;
      }
    }
    return true;
  }

  /** A line that can stand in a headline: no closing comma, no full stop or semicolon inside. */
  static boolean headlineLine(String t, boolean last) {
    if (Typography.endsMidSentence(t) || t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || BylineParser.isAuthorNote(t)) {
      return false;
    }
    // A headline may end with a question or exclamation mark, never with a full stop.
    return !Typography.endsSentence(t) || last && endsWithQuestionOrExclamation(t);
  }

  /**
   * Pages set without blank lines run headlines into the text around them. Inside a text block,
   * lines that could be a headline, set after a finished sentence and followed by an indented
   * first line of a paragraph, are cut out into a block of their own.
   */
  static List<Block> splitRunIn(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Fragment> lines = b.text();
      // Text after the block tells the column width when the block itself is short.
      List<Fragment> more = new ArrayList<>();
      for (int m = bi + 1; m < blocks.size() && more.size() < 12 && blocks.get(m).kind() == Block.Kind.TEXT; m++) {
        more.addAll(blocks.get(m).text());
      }
      if (b.kind() != Block.Kind.TEXT || lines.size() < 2) {
        out.add(b);
        continue;
      }
      int start = 0;
      int i = 0;
      while (i < lines.size()) {
        // With no blank line to set it apart, a headline line carries no comma either.
        if (!headlineLine(lines.get(i).text(), false) || lines.get(i).text().indexOf('，') >= 0
            || i > 0 && !Typography.endsSentence(lines.get(i - 1).text())) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < lines.size() && j - i + 1 < MAX_HEADLINE_LINES && headlineLine(lines.get(j + 1).text(), false)
            && lines.get(j + 1).text().indexOf('，') < 0) {
          j++;
        }
        int end = -1;
        for (int jj = j; jj >= i && end < 0; jj--) {
          if (jj + 1 < lines.size() && opensParagraph(lines, jj + 1, more)
              && !(jj == i && fillsFirstLine(lines.get(i), lines.get(jj + 1), sample(lines, jj + 1, more)))) {
            end = jj;
          }
        }
        if (end < 0) {
          i++;
          continue;
        }
        if (i > start) {
          out.add(new Block(Block.Kind.TEXT, lines.subList(start, i), null, List.of()));
        }
        out.add(new Block(Block.Kind.TEXT, lines.subList(i, end + 1), null, List.of()));
        start = end + 1;
        i = end + 1;
      }
      out.add(start == 0 ? b : new Block(Block.Kind.TEXT, lines.subList(start, lines.size()), null, List.of()));
    }
    return out;
  }

  /**
   * A lone line exactly as wide as a paragraph's first line, punctuated like running text, is
   * one, not a headline.
   */
  static boolean fillsFirstLine(Fragment line, Fragment next, List<Fragment> after) {
    double w = Typography.columnWidth(after);
    String t = line.text();
    boolean punctuated = t.indexOf('、') >= 0 || t.indexOf('（') >= 0 || t.indexOf('：') >= 0;
    // The next line two ems short only once a hanging mark is discounted is weak evidence too.
    double x = Typography.width(next.text());
    boolean weakIndent = w - x < 1.5;
    return (punctuated || weakIndent) && Math.abs(Typography.width(t) - (w - 2)) <= 0.5;
  }

  /** Up to a dozen lines from line k on, continuing into the text after the block. */
  static List<Fragment> sample(List<Fragment> lines, int k, List<Fragment> more) {
    List<Fragment> s = new ArrayList<>(lines.subList(k, Math.min(lines.size(), k + 12)));
    for (int m = 0; m < more.size() && s.size() < 12; m++) {
      s.add(more.get(m));
    }
    return s;
  }

  /** Line k shows a paragraph's dropped indent and runs on into the next line. */
  static boolean opensParagraph(List<Fragment> lines, int k, List<Fragment> more) {
    if (k + 1 >= lines.size()) {
      return false;
    }
    double w = Typography.columnWidth(sample(lines, k, more));
    boolean runsOn = !Typography.endsSentence(lines.get(k).text())
        || w - Typography.width(lines.get(k + 1).text()) < 1.5;
    return Typography.indented(lines.get(k).text(), w) && runsOn;
  }

  static boolean endsWithQuestionOrExclamation(String t) {
    String s = t.replaceAll("[”’）)》】」』]+$", "");
    return !s.isEmpty() && "？！?!".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Whether the block at index k ends a sentence (or there is nothing before). */
  static boolean endsFinished(List<Block> blocks, int k) {
    if (k < 0) {
      return true;
    }
    Block b = blocks.get(k);
    return switch (b.kind()) {
      case CREDIT -> true; // a photo credit closes its caption
      case BYLINE -> false; // a byline line opens a body
      default -> b.text().isEmpty() || Typography.endsSentence(b.last().text())
          || BylineParser.isAuthorNote(b.last().text());
    };
  }

  /** Whether the block at index k starts something new rather than continuing a sentence. */
  static boolean startsAfresh(List<Block> blocks, int k) {
    if (k >= blocks.size()) {
      return true;
    }
    Block b = blocks.get(k);
    if (b.kind() != Block.Kind.TEXT) {
      return true;
    }
    List<Fragment> lines = b.text();
    if (Typography.endsSentence(lines.get(0).text()) || lines.size() < 2) {
      return true;
    }
    // A short block says little about its column: read the width over the text that follows too.
    List<Fragment> sample = new ArrayList<>(lines);
    for (int m = k + 1; m < blocks.size() && sample.size() < 12 && blocks.get(m).kind() == Block.Kind.TEXT
        && !headlineShaped(blocks.get(m)); m++) {
      sample.addAll(blocks.get(m).text());
    }
    // A new paragraph shows its dropped two-em indent; a column break's continuation is full.
    return Typography.indented(lines.get(0).text(), Typography.columnWidth(sample))
        || Typography.columnWidth(sample) - Typography.width(lines.get(0).text()) > 3.5;
  }
}
