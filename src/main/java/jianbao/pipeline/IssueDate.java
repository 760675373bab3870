package jianbao.pipeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The issue date of a page: given on the command line, or read from its file or folder name. */
public final class IssueDate {
  /** 2021-05-18, 2021_05_18, 2021.05.18 or 20210518, not inside a longer run of digits. */
  private static final Pattern IN_NAME =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private IssueDate() {}

  /** The last date named in the path (the file's own name wins over its folders'), or null. */
  public static LocalDate fromPath(String path) {
    Matcher m = IN_NAME.matcher(path.replace('\\', '/'));
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // not a calendar date: keep looking
      }
    }
    return found;
  }
}
