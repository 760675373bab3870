package jianbao.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jianbao.typography.Typography;

/**
 * Sets articles as a newspaper page's text extraction shows them: paragraphs wrapped to a column
 * width with the first-line indent dropped, kinsoku (closing punctuation never starts a line, an
 * opening mark never ends one), headline blocks before or after the body, optional blank lines
 * between paragraphs and column breaks (a blank line every N lines, wherever it falls).
 */
public final class PageRenderer {

  /** One article to set. Null roles are left out. */
  public record Story(String kicker, String headline, String subheadline, String lead, String bylineLine,
                      List<String> paragraphs, String credit) {}

  /** How to set the page. */
  public record Style(boolean headlineAfter, boolean blankBetweenParagraphs, int columnBreakEvery,
                      boolean blankInsideHeadline, String sectionLabel) {}

  /** A set page: its lines and, per story, the 1-based line span of its body. */
  public record SetPage(List<String> lines, List<int[]> bodySpans) {}

  private static final String NO_LINE_START = "，。、；：？！”’）》】」』…";
  private static final String NO_LINE_END = "“‘（《【「『";

  private PageRenderer() {}

  /** Wraps one paragraph: the first line two ems short, every other line full. */
  public static List<String> wrap(String paragraph, double width) {
    return wrap(paragraph, width, null);
  }

  /**
   * As {@link #wrap(String, double)}; with a random source, one line in eight is set an em short,
   * as justification on real pages leaves some lines a character shy of the column.
   */
  public static List<String> wrap(String paragraph, double width, Random jitter) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double limit = width - 2;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (Typography.width(line) + Typography.width(c) > limit + 1e-9 && line.length() > 0) {
        if (NO_LINE_START.indexOf(c) >= 0) {
          boolean twoMarks = i + 1 < paragraph.length() && NO_LINE_START.indexOf(paragraph.charAt(i + 1)) >= 0;
          if (!twoMarks || line.length() < 2) {
            line.append(c); // kinsoku: one mark hangs past the edge
            while (twoMarks && i + 1 < paragraph.length() && NO_LINE_START.indexOf(paragraph.charAt(i + 1)) >= 0) {
              line.append(paragraph.charAt(++i));
            }
            lines.add(line.toString());
            line.setLength(0);
            limit = nextLimit(width, jitter);
            continue;
          }
          // Two marks cannot both hang: the last character goes down to lead them.
          char last = line.charAt(line.length() - 1);
          line.setLength(line.length() - 1);
          lines.add(line.toString());
          line.setLength(0);
          line.append(last);
          limit = nextLimit(width, jitter);
          line.append(c);
          continue;
        }
        String carry = "";
        while (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
          carry = line.charAt(line.length() - 1) + carry;
          line.setLength(line.length() - 1);
        }
        lines.add(line.toString());
        line.setLength(0);
        line.append(carry);
        limit = nextLimit(width, jitter);
      }
      line.append(c);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static double nextLimit(double width, Random jitter) {
    return jitter != null && jitter.nextInt(8) == 0 ? width - 1 : width;
  }

  public static SetPage set(List<Story> stories, List<Double> widths, Style style) {
    List<String> out = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    if (style.sectionLabel() != null) {
      out.add(style.sectionLabel());
      out.add("");
    }
    for (int s = 0; s < stories.size(); s++) {
      Story st = stories.get(s);
      if (!style.headlineAfter()) {
        headline(out, st, style);
      }
      int start = out.size() + 1;
      if (st.bylineLine() != null) {
        out.add(st.bylineLine());
        out.add("");
      }
      int sinceBreak = 0;
      for (int p = 0; p < st.paragraphs().size(); p++) {
        String text = (p == 0 && st.lead() != null ? st.lead() : "") + st.paragraphs().get(p);
        for (String l : wrap(text, widths.get(s))) {
          if (style.columnBreakEvery() > 0 && sinceBreak == style.columnBreakEvery()) {
            out.add("");
            sinceBreak = 0;
          }
          out.add(l);
          sinceBreak++;
        }
        if (style.blankBetweenParagraphs() && p + 1 < st.paragraphs().size()) {
          out.add("");
        }
      }
      if (st.credit() != null) {
        out.add(st.credit());
      }
      spans.add(new int[] {start, out.size()});
      out.add("");
      if (style.headlineAfter()) {
        headline(out, st, style);
      }
    }
    return new SetPage(out, spans);
  }

  private static void headline(List<String> out, Story st, Style style) {
    if (st.kicker() != null) {
      out.add(st.kicker());
      if (style.blankInsideHeadline()) {
        out.add("");
      }
    }
    out.add(st.headline());
    if (st.subheadline() != null) {
      if (style.blankInsideHeadline()) {
        out.add("");
      }
      out.add("——" + st.subheadline());
    }
    out.add("");
  }

  /** Sprinkles layout spaces the way extraction does: around digits, inside brackets. */
  public static String spaceNoise(String line, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean digitEdge = i > 0 && Character.isDigit(c) != Character.isDigit(line.charAt(i - 1));
      if ((digitEdge || c == '（') && rnd.nextInt(3) == 0) {
        sb.append(' ');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
