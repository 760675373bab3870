package jianbao.headline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jianbao.normalize.Fragment;

/**
 * Splits an article's headline block into its roles. Chinese papers stack up to three: a kicker
 * (引题) above the headline (主题), and a subheadline (副题) below it that starts with a dash.
 * Text extraction keeps the stacking order and usually puts a blank line between the roles, while
 * a headline wrapped over two lines has none; where the reader knows type sizes (PDF), the
 * headline is the role set largest.
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

  /** The roles; each may be null. */
  public record Headline(Role kicker, Role headline, Role subheadline) {}

  /**
   * @param pieces the headline block's pieces in page order, each a run of lines with no blank
   *     line inside
   */
  public static Headline split(List<List<Fragment>> pieces) {
    // Parts: the pieces, cut again where a line opens with a subheadline's dash or a line ends
    // with a kicker's (网友热议某文章—— / 守初心者行必远).
    List<List<Fragment>> parts = new ArrayList<>();
    for (List<Fragment> piece : pieces) {
      List<Fragment> cur = new ArrayList<>();
      for (Fragment f : piece) {
        if (isDashed(f) && !cur.isEmpty()) {
          parts.add(cur);
          cur = new ArrayList<>();
        }
        cur.add(f);
        if (endsWithDash(f)) {
          parts.add(cur);
          cur = new ArrayList<>();
        }
      }
      if (!cur.isEmpty()) {
        parts.add(cur);
      }
    }
    int dashed = parts.size();
    for (int i = 0; i < parts.size(); i++) {
      if (isDashed(parts.get(i).get(0))) {
        dashed = i;
        break;
      }
    }
    List<List<Fragment>> main = parts.subList(0, dashed);
    List<Fragment> sub = new ArrayList<>();
    parts.subList(dashed, parts.size()).forEach(sub::addAll);
    if (main.isEmpty()) {
      return new Headline(null, sub.isEmpty() ? null : role(sub, true), null);
    }
    // The headline is the part set largest; where type sizes are not known, the one after a
    // kicker. Parts before it are the kicker, parts after it join the subheadline.
    int h = main.size() == 1 ? 0 : 1;
    double largest = typeSize(main.get(h));
    for (int i = 0; i < main.size(); i++) {
      if (typeSize(main.get(i)) > largest + 0.05) {
        largest = typeSize(main.get(i));
        h = i;
      }
    }
    List<Fragment> kicker = new ArrayList<>();
    main.subList(0, h).forEach(kicker::addAll);
    List<Fragment> after = new ArrayList<>();
    main.subList(h + 1, main.size()).forEach(after::addAll);
    after.addAll(sub);
    return new Headline(kicker.isEmpty() ? null : role(kicker, false), role(main.get(h), false),
        after.isEmpty() ? null : role(after, isDashed(after.get(0))));
  }

  private static double typeSize(List<Fragment> part) {
    double s = 0;
    for (Fragment f : part) {
      s += f.typeSize();
    }
    return s / part.size();
  }

  private static boolean endsWithDash(Fragment f) {
    String t = f.text();
    return t.length() > 2 && (t.endsWith("——") || t.endsWith("－－"));
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
