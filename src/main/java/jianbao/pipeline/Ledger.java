package jianbao.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import jianbao.model.TextSpan;
import jianbao.normalize.Fragment;

/**
 * Accounts for every printed character of a page: each field claims the characters its fragments
 * cover; what no field claims is reported as unassigned. Claiming a character twice is a bug in
 * the stages before, and is counted so tests can fail on it.
 */
final class Ledger {
  private final List<String> lines;
  private final BitSet[] claimed;
  private int doubleClaims;

  Ledger(List<String> lines) {
    this.lines = lines;
    this.claimed = new BitSet[lines.size()];
    for (int i = 0; i < claimed.length; i++) {
      claimed[i] = new BitSet();
    }
  }

  void claim(Iterable<Fragment> fragments) {
    for (Fragment f : fragments) {
      BitSet line = claimed[f.line() - 1];
      for (int i = 0; i < f.length(); i++) {
        if (f.text().charAt(i) == ' ') {
          continue; // a kept word space is layout too
        }
        int col = f.column(i);
        if (line.get(col)) {
          doubleClaims++;
        }
        line.set(col);
      }
    }
  }

  int doubleClaims() {
    return doubleClaims;
  }

  /** Unclaimed printed characters, as runs of consecutive lines (blank lines do not split a run). */
  List<TextSpan> unassigned() {
    List<TextSpan> out = new ArrayList<>();
    StringBuilder text = null;
    int start = 0;
    int end = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      StringBuilder mine = new StringBuilder();
      boolean lineHasClaim = false;
      for (int c = 0; c < raw.length(); c++) {
        char ch = raw.charAt(c);
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF') {
          if (mine.length() > 0) {
            mine.append(ch);
          }
        } else if (claimed[i].get(c)) {
          lineHasClaim = true;
        } else {
          mine.append(ch);
        }
      }
      String piece = mine.toString().strip();
      if (!piece.isEmpty()) {
        if (text == null) {
          text = new StringBuilder(piece);
          start = i + 1;
        } else {
          text.append('\n').append(piece);
        }
        end = i + 1;
      }
      // Text that went into a record ends the run; blank lines do not.
      if (lineHasClaim && text != null) {
        out.add(new TextSpan(text.toString(), start, end));
        text = null;
      }
    }
    if (text != null) {
      out.add(new TextSpan(text.toString(), start, end));
    }
    return out;
  }
}
