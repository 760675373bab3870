package jianbao.pipeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The issue date of a page: given on the command line, or read from its file or folder name. */
public final class IssueDate {
  /**
   * The shapes archives name issues by, each with groups year, month, day, none inside a longer
   * run of digits: 20210518; 2021-05-18, 2021_5_18, 2021.05.18 or 2021/05/18 (one separator
   * throughout, so folders year/month/day count); 2021年5月18日 (or 号), spaces allowed; and the
   * same in Chinese numerals, 二〇二一年五月十八日.
   */
  private static final List<Pattern> SHAPES = List.of(
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)"),
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-_./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"),
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"),
      Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]"));

  private static final String DIGITS = "〇一二三四五六七八九";

  private IssueDate() {}

  /** The last date named in the path (the file's own name wins over its folders'), or null. */
  public static LocalDate fromPath(String path) {
    String p = path.replace('\\', '/');
    LocalDate found = null;
    int foundAt = -1;
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(p);
      while (m.find()) {
        LocalDate date = date(m);
        if (date != null && m.start() > foundAt) {
          found = date;
          foundAt = m.start();
        }
      }
    }
    return found;
  }

  /** The match's date, or null when it names no calendar day (2021-02-30). */
  private static LocalDate date(Matcher m) {
    // The separated shape has its separator as group 2.
    int month = m.groupCount() == 4 ? 3 : 2;
    try {
      return LocalDate.of(number(m.group(1), true), number(m.group(month), false), number(m.group(month + 1), false));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Arabic digits, or Chinese numerals: a year digit by digit (二〇二一), a month or day with 十
   * for the tens (五, 十八, 二十, 三十一). -1 for numerals of no such shape (十十).
   */
  private static int number(String s, boolean year) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    String digits = s.replace('零', '〇');
    if (year) {
      int n = 0;
      for (char c : digits.toCharArray()) {
        n = n * 10 + DIGITS.indexOf(c);
      }
      return n;
    }
    int ten = digits.indexOf('十');
    if (ten < 0) {
      return digits.length() == 1 ? DIGITS.indexOf(digits.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(digits.charAt(0)) : -1;
    int units = ten == digits.length() - 1 ? 0 : ten == digits.length() - 2 ? DIGITS.indexOf(digits.charAt(ten + 1)) : -1;
    return tens < 1 || units < 0 ? -1 : tens * 10 + units;
  }
}
