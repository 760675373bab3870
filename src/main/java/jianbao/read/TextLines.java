package jianbao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds page lines from a markup format's text events (HTML, DOCX): one line per block, blank
 * lines where the markup sets blocks apart, never two blank lines running, and a cap on the total
 * so that a decompression bomb or a runaway document stops early.
 */
final class TextLines {
  private final int maxChars;
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private long total;
  private boolean overLimit;
  private boolean pendingSpace;
  private boolean pendingBreak;

  TextLines(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Adds text to the current line; false once the cap is passed. With {@code collapse}, white
   * space runs print as one space (HTML rendering), and a source line break between two Chinese
   * characters prints as nothing: browsers drop it, since Chinese sets no spaces between words.
   */
  boolean append(char[] ch, int start, int length, boolean collapse) {
    total += length;
    if (total > maxChars) {
      overLimit = true;
      return false;
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (collapse && Character.isWhitespace(c)) {
        pendingSpace = true;
        pendingBreak |= c == '\n' || c == '\r';
        continue;
      }
      if (pendingSpace && line.length() > 0
          && !(pendingBreak && isChinese(line.charAt(line.length() - 1)) && isChinese(c))) {
        line.append(' ');
      }
      pendingSpace = false;
      pendingBreak = false;
      line.append(c);
    }
    return true;
  }

  boolean overLimit() {
    return overLimit;
  }

  /** Ends the current line if it holds text. */
  void endLine() {
    pendingSpace = false;
    pendingBreak = false;
    String text = line.toString().strip();
    line.setLength(0);
    if (!text.isEmpty()) {
      lines.add(text);
    }
  }

  /** Ends the current line and sets what follows apart with a blank line. */
  void blankLine() {
    endLine();
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
  }

  /** The lines, without leading or trailing blank lines. */
  List<String> finish() {
    endLine();
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  private static boolean isChinese(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }
}
