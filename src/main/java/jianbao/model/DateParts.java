package jianbao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's date ({@code YYYY-MM-DD}, or {@code --MM-DD} when the page gave no year) as numbers,
 * for outputs that cannot take the year-less form: no database casts {@code --05-17}, and
 * spreadsheets read a cell starting with "-" as arithmetic.
 *
 * @param year null when the page gave none
 */
public record DateParts(Integer year, int month, int day) {

  private static final Pattern SHAPE = Pattern.compile("(\\d{4}|-)-(\\d{2})-(\\d{2})");

  /** The parts of {@code date}, or null for a null date or one of another shape. */
  public static DateParts of(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = SHAPE.matcher(date);
    if (!m.matches()) {
      return null;
    }
    Integer year = m.group(1).equals("-") ? null : Integer.valueOf(m.group(1));
    return new DateParts(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
