package jianbao.headline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jianbao.normalize.Fragment;

/**
 * Splits an article's headline block into its roles. Chinese papers stack up to three: a kicker
 * (引题) above the headline (主题), and a subheadline (副题) below it that starts with a dash.
 * Text extraction keeps the stacking order and usually puts a blank line between the roles, while
 * a headline wrapped over two lines has none.
 */
public final class HeadlineSplitter {

  /** A subheadline's leading dash: em dashes (—— is two), horizontal bars, or ASCII dashes. */
  private static final Pattern DASH = Pattern.compile("^[—―─－-]+");

  private HeadlineSplitter() {}

  /** One role: its text (dash removed, lines joined) and the fragments it came from. */
  public record Role(String text, List<Fragment> parts) {
    public Role {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The roles, plus what did not fit: anything printed after a subheadline, or more pieces than a
   * headline block holds, stays out of the record.
   */
  public record Headline(Role kicker, Role headline, Role subheadline, List<List<Fragment>> leftover) {}

  /**
   * @param pieces the headline block's pieces in page order, each a run of lines with no blank
   *     line inside
   */
  public static Headline split(List<List<Fragment>> pieces) {
    List<List<Fragment>> main = new ArrayList<>();
    List<Fragment> sub = new ArrayList<>();
    List<List<Fragment>> leftover = new ArrayList<>();
    for (List<Fragment> piece : pieces) {
      if (!sub.isEmpty()) {
        leftover.add(piece);
        continue;
      }
      int dashAt = -1;
      for (int i = 0; i < piece.size(); i++) {
        if (isDashed(piece.get(i))) {
          dashAt = i;
          break;
        }
      }
      if (dashAt < 0) {
        main.add(piece);
      } else {
        if (dashAt > 0) {
          main.add(piece.subList(0, dashAt));
        }
        sub.addAll(piece.subList(dashAt, piece.size()));
      }
    }
    Role kicker = null;
    Role headline = null;
    if (main.size() == 1) {
      headline = role(main.get(0), false);
    } else if (main.size() >= 2) {
      // Above the headline stands the kicker; a third piece is more than one block holds.
      kicker = role(main.get(0), false);
      headline = role(main.get(1), false);
      leftover.addAll(0, main.subList(2, main.size()));
    }
    Role subheadline = sub.isEmpty() ? null : role(sub, true);
    if (headline == null && subheadline != null) {
      headline = subheadline;
      subheadline = null;
    }
    return new Headline(kicker, headline, subheadline, leftover);
  }

  /** Whether a line opens a subheadline with a dash. */
  public static boolean isDashed(Fragment f) {
    return DASH.matcher(f.text()).lookingAt() && f.length() > 2;
  }

  private static Role role(List<Fragment> lines, boolean dashed) {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : lines) {
      sb.append(f.text());
    }
    String text = dashed ? DASH.matcher(sb).replaceFirst("") : sb.toString();
    return new Role(text, lines);
  }
}
