package jianbao.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event date an article's lead gives: {@code 5月17日上午}, {@code 5月11日、12日},
 * {@code 2021年5月8日至14日}, or a relative word such as {@code 日前} / {@code 昨天}. Only the lead's
 * first sentence is searched: later dates are about other things.
 */
public final class DateParser {

  /** What the text said and what it means: ISO {@code 2021-05-17}, {@code --05-17} without a year, or null. */
  public record EventDate(String text, String value) {}

  private static final String SP = "\\s*";
  private static final String PART_OF_DAY = "(?:上午|下午|中午|晚上|晚间|早上|清晨|凌晨|傍晚|夜间|晚|早|午)";
  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?:(?<y>\\d{4})" + SP + "年" + SP + ")?(?<m>\\d{1,2})" + SP + "月" + SP + "(?<d>\\d{1,2})" + SP + "[日号]"
          + "(?:" + SP + "[、至到—－-]" + SP + "(?:\\d{1,2}" + SP + "月" + SP + ")?\\d{1,2}" + SP + "[日号])*"
          + "(?:" + SP + PART_OF_DAY + ")?");
  /** Relative dates: offset in days from the issue date, or null when the text gives no day. */
  private static final Pattern RELATIVE = Pattern.compile(
      "^(?:日前|近日|近期|连日来|昨天|昨日|今天|今日|前天|前日|本周|上周)");

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

  private DateParser() {}

  /**
   * The date of a lead paragraph, or null when its first sentence gives none.
   *
   * @param year the issue's year, or null when unknown
   * @param issueDate the issue date, or null; resolves 昨天 and 今天
   */
  public static EventDate lead(String paragraph, Integer year, LocalDate issueDate) {
    if (paragraph == null) {
      return null;
    }
    Matcher end = SENTENCE_END.matcher(paragraph);
    String first = end.find() ? paragraph.substring(0, end.end()) : paragraph;
    Matcher abs = ABSOLUTE.matcher(first);
    Matcher rel = RELATIVE.matcher(first);
    boolean hasRel = rel.find();
    if (abs.find() && !(hasRel && rel.start() < abs.start())) {
      Integer y = abs.group("y") != null ? Integer.valueOf(abs.group("y")) : year;
      String value = iso(y, Integer.parseInt(abs.group("m")), Integer.parseInt(abs.group("d")));
      return value == null ? null : new EventDate(abs.group().strip(), value);
    }
    if (hasRel) {
      String word = rel.group();
      return new EventDate(word, resolve(word, issueDate));
    }
    return null;
  }

  /** A dateline's {@code 1月14日} as a value, or null. */
  public static String dateline(String text, Integer year) {
    if (text == null) {
      return null;
    }
    Matcher m = ABSOLUTE.matcher(text);
    return m.find() ? iso(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))) : null;
  }

  static String iso(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (year == null) {
      return String.format("--%02d-%02d", month, day);
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String resolve(String word, LocalDate issue) {
    if (issue == null) {
      return null;
    }
    return switch (word) {
      case "今天", "今日" -> issue.toString();
      case "昨天", "昨日" -> issue.minusDays(1).toString();
      case "前天", "前日" -> issue.minusDays(2).toString();
      default -> null;
    };
  }
}
