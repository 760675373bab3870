package jianbao.byline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Byline;

/**
 * Byline grammar of Chinese newspapers. Three places a byline stands:
 *
 * <ul>
 *   <li>a <em>lead</em> at the start of an article's first paragraph: {@code 本报讯（记者X 通讯员Y）},
 *       {@code 本报北京1月14日电（记者X、Y）}, {@code 新华社北京1月16日电}, or a bare {@code （记者X）};
 *   <li>a <em>line</em> of its own: {@code 本报记者 X}, {@code 文/图 X}, {@code 本报评论员};
 *   <li>a photo <em>credit</em>: {@code 本报记者 X 摄}.
 * </ul>
 *
 * Parsing works on raw text, because spaces separate names ({@code 记者 张三 李四}).
 */
public final class BylineParser {

  /** Role words and the byline list each fills. Longest first, so 本报记者 wins over 记者. */
  private static final String REPORTER_ROLES =
      "本报特约记者|本报见习记者|本报记者|特约记者|见习记者|首席记者|融媒体记者|摄影记者|记者|实习生|本报评论员|评论员";
  private static final String CORRESPONDENT_ROLES = "本报通讯员|特约通讯员|通讯员";
  /** 文 and 图 alone are roles only where a word starts: inside a name they are characters. */
  private static final String ROLE = "(?:" + REPORTER_ROLES + "|" + CORRESPONDENT_ROLES
      + "|[文图][/／][文图]|(?<![\\p{IsHan}])[文图](?=[\\s\\u00A0\\u3000:：]))";

  private static final String CJK = "\\p{IsHan}";
  private static final String SP = "[\\s\\u00A0\\u3000]*";

  /** Agency and dateline: 本报讯, 本报北京1月14日电, 新华社北京1月16日电, 本报记者... is not an agency. */
  private static final Pattern AGENCY = Pattern.compile(
      "^(?<agency>本报|本刊|" + CJK + "{1,5}社|" + CJK + "{1,4}网|" + CJK + "{1,4}台|" + CJK + "{1,4}客户端)"
          + SP + "(?<place>" + CJK + "{1,8}?)?" + SP
          + "(?<date>\\d{1,2}" + SP + "月" + SP + "\\d{1,2}" + SP + "日)?" + SP
          + "(?<kind>讯|电(?![话视脑力影网池商器梯站子源费厂动信量缆线])|消息)");

  /** A parenthesised credit right after the agency, or alone at the start of a paragraph. */
  private static final Pattern PAREN = Pattern.compile("^" + SP + "[（(](?<names>[^（()）]{1,60})[）)]");

  private static final Pattern ROLE_AT = Pattern.compile(ROLE);

  /**
   * A stand-alone byline line: a role word, a space (or 本报's role words joined to the name), then
   * one to four names; {@code 文/图 本报记者 X} names X for text and pictures.
   */
  private static final Pattern LINE = Pattern.compile(
      "^" + SP + "(?:(?<role>本报" + CJK + "{0,3}?(?:记者|通讯员|评论员))" + SP
          + "|(?<role2>" + ROLE + ")(?:[\\s\\u00A0\\u3000]+|[:：]" + SP + ")(?:(?<inner>" + ROLE + ")" + SP + ")?)"
          + "(?<names>" + CJK + "{2,4}(?:[·•]" + CJK + "{1,6})?(?:[\\s\\u00A0\\u3000、，,]+" + CJK + "{2,4}(?:[·•]" + CJK + "{1,6})?){0,3})" + SP + "$");

  /** News agencies that prefix a role in a credit line: 新华社记者, 中新社记者. */
  private static final String AGENCY_PREFIX = "(?:本报|本刊|新华社|中新社|人民日报)?";

  /** Several roles on one line: 本报记者 王浩 本报通讯员 李晓. */
  private static final Pattern LINE_ROLES = Pattern.compile(
      "^" + SP + "(?:" + AGENCY_PREFIX + "(?:特约|见习|首席)?(?:记者|通讯员|评论员|实习生)" + SP
          + CJK + "{2,4}(?:[\\s\\u00A0\\u3000、，,]+" + CJK + "{2,4})*" + SP + "){2,3}$");

  /** Cheap tests that spare the full patterns on ordinary text lines (the hot path). */
  private static final Pattern ROLE_WORD = Pattern.compile("记者|通讯员|评论员|实习生|[文图]");

  private static boolean mayOpenLead(String raw) {
    String t = trim(raw);
    if (t.startsWith("（") || t.startsWith("(")) {
      return true;
    }
    int end = Math.min(raw.length(), 60);
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '讯' || c == '电' || c == '息') {
        return true;
      }
    }
    return false;
  }

  /** A photo credit: a role, names, then 摄 / 摄影 / 供图; without a role a space must precede 摄. */
  private static final String NAMES = CJK + "{2,4}(?:[\\s\\u00A0\\u3000、，,]+" + CJK + "{2,4}){0,3}";
  private static final String VERB = "(?:摄影|摄|供图|制图)";
  private static final Pattern CREDIT = Pattern.compile(
      "^" + SP + AGENCY_PREFIX + "(?<role>" + ROLE + ")" + SP + "(?<names>" + NAMES + ")" + SP + VERB + SP + "$");
  private static final Pattern CREDIT_BARE = Pattern.compile(
      "^" + SP + "(?<names>" + NAMES + ")[\\s\\u00A0\\u3000]+" + VERB + SP + "$");

  /** The first half of a credit split by a column break: a role word and the start of a name. */
  private static final Pattern CREDIT_HEAD = Pattern.compile("^" + SP + "(?:本报|新华社|中新社|本刊)?(?:特约|见习)?(?:记者|摄影记者|通讯员)" + SP + CJK + "{0,3}" + SP + "$");
  private static final Pattern CREDIT_TAIL = Pattern.compile("^" + SP + CJK + "{0,4}" + SP + "(?:摄影|摄|供图)" + SP + "$");

  private BylineParser() {}

  /** The text without leading and trailing spaces of any kind (no-break and full-width ones too). */
  public static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** A byline at the start of a paragraph: its raw length in {@code raw} and what it says. */
  public record Lead(int length, Byline byline) {}

  /**
   * The byline that opens {@code raw} (an agency/dateline, a parenthesised credit, or both), or
   * null. {@code length} counts raw characters, so the caller can cut the byline off the line.
   */
  public static Lead lead(String raw) {
    if (!mayOpenLead(raw)) {
      return null;
    }
    int[] map = letterSpacing(raw);
    if (map != null) {
      // A letter-spaced line (本 报 讯 （ 记 者 …）): read it closed up, cut it where the raw ends.
      StringBuilder closed = new StringBuilder();
      for (int i : map) {
        closed.append(raw.charAt(i));
      }
      Lead l = leadOf(closed.toString());
      return l == null ? null : new Lead(map[l.length() - 1] + 1, l.byline());
    }
    return leadOf(raw);
  }

  /**
   * For a letter-spaced line, the raw index of each character kept when single spaces between
   * characters are closed up (wide spaces stay: they separate names); null for ordinary lines.
   */
  /**
   * A byline lead that begins on line {@code first} and ends on line {@code second}, or null.
   * {@code length} counts the raw characters it takes from {@code second}.
   */
  public static Lead leadAcross(String first, String second) {
    String head = closeUp(first);
    int[] map = letterSpacing(second);
    String tail = closeUp(second);
    Lead l = lead(head + tail);
    if (l == null || l.length() <= head.length()) {
      return null;
    }
    int k = l.length() - head.length();
    return new Lead(map == null ? k : map[k - 1] + 1, l.byline());
  }

  /** A letter-spaced line closed up (wide spaces kept); any other line as it is. */
  public static String closeUp(String raw) {
    int[] map = letterSpacing(raw);
    if (map == null) {
      return raw;
    }
    StringBuilder closed = new StringBuilder();
    for (int i : map) {
      closed.append(raw.charAt(i));
    }
    return closed.toString();
  }

  static int[] letterSpacing(String raw) {
    int gaps = 0;
    int joins = 0;
    for (int i = 1; i + 1 < raw.length(); i++) {
      char prev = raw.charAt(i - 1);
      char next = raw.charAt(i + 1);
      if (Character.isWhitespace(prev) || Character.isWhitespace(next) || prev == '\u3000' || next == '\u3000') {
        continue;
      }
      if (raw.charAt(i) == ' ') {
        gaps++;
      } else if (!Character.isWhitespace(raw.charAt(i))) {
        joins++;
      }
    }
    if (gaps < 4 || gaps < 2 * joins) {
      return null;
    }
    int[] keep = new int[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      boolean single = raw.charAt(i) == ' ' && i > 0 && i + 1 < raw.length()
          && raw.charAt(i - 1) != ' ' && raw.charAt(i + 1) != ' ';
      if (!single) {
        keep[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(keep, n);
  }

  /** A line that quotes another agency's dispatch: 据新华社北京1月2日电. */
  public static boolean citesDispatch(String raw) {
    String t = trim(raw);
    return t.startsWith("据") && AGENCY.matcher(t.substring(1)).lookingAt();
  }

  private static Lead leadOf(String raw) {
    if (trim(raw).startsWith("据")) {
      return null; // 据新华社…电: the article quotes another agency's dispatch; it is text, not a byline
    }
    Matcher a = AGENCY.matcher(raw);
    int end = 0;
    String agency = null;
    String place = null;
    String date = null;
    if (a.find()) {
      agency = a.group("agency");
      place = a.group("place");
      date = a.group("date");
      end = a.end();
    }
    Matcher p = PAREN.matcher(raw).region(end, raw.length());
    Roles roles = new Roles();
    if (p.lookingAt()) {
      String names = p.group("names");
      // After an agency any parenthesised names are the writers; alone, a role word is required.
      if (agency != null ? parseNames(names, roles, true) : ROLE_AT.matcher(trim(names)).lookingAt() && parseNames(names, roles, false)) {
        end = p.end();
      }
    }
    if (end == 0) {
      return null;
    }
    String text = trim(raw.substring(0, end));
    return new Lead(end, new Byline(text, roles.reporters(), roles.correspondents(), roles.photographers(),
        agency, place == null || place.isEmpty() ? null : place, date == null ? null : date.replaceAll("[\\s\\u00A0\\u3000]", "")));
  }

  /**
   * Whether a line opens a byline that it does not close ({@code 本报讯（记者甲 通讯}): the rest is
   * on the next line.
   */
  public static boolean opensUnclosed(String raw) {
    if (raw.indexOf('（') < 0 && raw.indexOf('(') < 0) {
      return false;
    }
    raw = closeUp(raw);
    Matcher a = AGENCY.matcher(raw);
    int from = a.lookingAt() ? a.end() : 0;
    String rest = trim(raw.substring(from));
    return (rest.startsWith("（") || rest.startsWith("(")) && rest.indexOf('）') < 0 && rest.indexOf(')') < 0
        && rest.length() <= 40 && (from > 0 || ROLE_AT.matcher(trim(rest.substring(1))).lookingAt());
  }

  private static final Pattern AUTHOR_NOTE = Pattern.compile("^[（(]\\s*作者(?:为|系|是|单位[:：]?)[^（()）]{2,80}[）)]$");

  /** A closing note on the author: {@code （作者为某大学教授）}. */
  public static boolean isAuthorNote(String text) {
    return AUTHOR_NOTE.matcher(trim(text)).matches();
  }

  // ---- closing lines ----

  /** What a line or paragraph that closes an article says. */
  public enum ClosingKind {
    /** The dispatch the article was filed from, with or without its reporters: （新华社北京1月2日电  记者X）. */
    DISPATCH,
    /** The reporters of the article: （本报记者X、Y）, （综合本报记者X报道）. */
    REPORTERS,
    /** Who the author is: （作者为某大学教授）. */
    AUTHOR_NOTE,
    /** Any other note in brackets: （相关报道见第二版）, （执笔：X）, （X参与采写）. */
    NOTE,
    /** Who said the quotation above: ——严某（某大学教授）. */
    ATTRIBUTION,
    /** A photo credit: 新华社记者 X摄, X摄（人民视觉）. */
    PHOTO_CREDIT,
    /** Who set, drew or sourced the page: 版式设计：X, 制图：X, 数据来源：X. */
    COLOPHON
  }

  /** A closing line: its kind and what it credits (reporters, photographers, the dispatch's dateline). */
  public record Closing(ClosingKind kind, Byline byline) {}

  private static final Pattern BRACKETED = Pattern.compile("^[（(](?<inner>.+)[）)]$");
  private static final Pattern DISPATCH = Pattern.compile(
      "^(?<agency>本报|本刊|" + CJK + "{1,5}社)" + SP + "(?<place>[\\p{IsHan}、]{1,30}?)?" + SP
          + "(?<date>\\d{1,2}" + SP + "月" + SP + "\\d{1,2}" + SP + "日)?" + SP + "电");
  /** A newsroom before a role word is no name: 新华社记者, 解放军报记者, 本报驻外记者. */
  private static final Pattern OUTLET = Pattern.compile("(?:本报|本刊|" + CJK + "{1,6}(?:社|报|台|网))(?:驻外|驻地|特派)?$");
  /** Verbs a credit ends on. 整理 alone credits a compiler, not a reporter; 采访整理 a reporter. */
  private static final Pattern CREDIT_VERB = Pattern.compile("(?:采访整理|报道|采写|整理)$");
  /** Who said a quotation: ——严某（某大学教授）, closing the quotation's paragraph. */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "^" + SP + "[—―－]{1,2}" + SP + CJK + "(?:" + SP + CJK + "){1,3}(?:[（(][^（()）]{2,60}[）)])?" + SP + "$");
  /** A picture distributed by an agency (新华社发), or drawn and written by two (曹一 图  吕岩 文). */
  private static final Pattern AGENCY_PHOTO = Pattern.compile("^" + SP + "(?:" + CJK + "{1,4}社|" + CJK + "{1,4}视觉)" + SP + "(?:记者" + SP + ")?发$");
  private static final Pattern PICTURE_AND_TEXT = Pattern.compile(
      "^" + SP + "(?<pic>" + CJK + "(?:" + SP + CJK + "){1,3})" + SP + "图" + "[\\s\\u00A0\\u3000]+" + "(?<txt>" + CJK + "(?:" + SP + CJK + "){1,3})" + SP + "文" + SP + "$");
  private static final Pattern COLOPHON = Pattern.compile(
      "^(?:版式设计|版面设计|美术编辑|制图|图表制作|数据来源|资料来源|本版摄影|本版图片|本版制图|责任编辑|图片来源)" + SP + "[:：]");
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "^" + SP + "(?:" + AGENCY_PREFIX + "(?:" + ROLE + ")" + SP + ")?(?<names>" + CJK + "(?:" + SP + CJK + "){0,3}"
          + "(?:[\\s\\u00A0\\u3000、，,]+" + CJK + "(?:" + SP + CJK + "){1,3}){0,3})" + SP + "(?:摄影报道|摄影|摄|供图)"
          + SP + "(?:[（(][^（()）]{1,12}[）)])?" + SP + "$");

  /**
   * A line or paragraph that closes an article (a dispatch, a reporters' credit, an author note, a
   * photo credit, a colophon), or null. Reporters are the names it credits as 记者 (and those after
   * 参与记者： or 参与采写：); a bare name in brackets, or a name that only 整理 (compiled) the text,
   * credits no reporter.
   */
  public static Closing closing(String raw) {
    String t = trim(raw);
    if (t.isEmpty()) {
      return null;
    }
    Matcher photo = PHOTO_CREDIT.matcher(t);
    if ((t.contains("摄") || t.contains("供图")) && photo.matches()) {
      return new Closing(ClosingKind.PHOTO_CREDIT, new Byline(t, List.of(), List.of(), spacedNames(photo.group("names")), null, null, null));
    }
    if (AGENCY_PHOTO.matcher(t).matches()) {
      return new Closing(ClosingKind.PHOTO_CREDIT, new Byline(t, List.of(), List.of(), List.of(), null, null, null));
    }
    if (ATTRIBUTION.matcher(t).matches()) {
      return new Closing(ClosingKind.ATTRIBUTION, new Byline(t, List.of(), List.of(), List.of(), null, null, null));
    }
    Matcher pt = PICTURE_AND_TEXT.matcher(t);
    if (pt.matches()) {
      return new Closing(ClosingKind.PHOTO_CREDIT, new Byline(t, List.of(), List.of(), spacedNames(pt.group("pic")), null, null, null));
    }
    if (COLOPHON.matcher(t).lookingAt()) {
      return new Closing(ClosingKind.COLOPHON, new Byline(t, List.of(), List.of(), List.of(), null, null, null));
    }
    Matcher b = BRACKETED.matcher(t);
    if (!b.matches() || t.length() > 160) {
      return null;
    }
    String inner = trim(b.group("inner"));
    if (inner.indexOf('（') >= 0 && !isAuthorNote(t) || inner.indexOf('。') >= 0 && inner.indexOf('。') < inner.length() - 1) {
      return null; // brackets inside brackets, or sentences: text, not a credit
    }
    if (isAuthorNote(t)) {
      // （作者为…，本报记者X采访整理）: the interviewer who wrote it down is a reporter.
      int at = inner.lastIndexOf("记者");
      List<String> reporters = at >= 0 && inner.endsWith("采访整理") ? creditedReporters(inner.substring(at)) : List.of();
      return new Closing(ClosingKind.AUTHOR_NOTE, new Byline(t, reporters, List.of(), List.of(), null, null, null));
    }
    Matcher d = DISPATCH.matcher(inner);
    if (d.lookingAt()) {
      String date = d.group("date") == null ? null : d.group("date").replaceAll("[\\s\\u00A0\\u3000]", "");
      String place = d.group("place") == null || d.group("place").isEmpty() ? null : d.group("place");
      return new Closing(ClosingKind.DISPATCH, new Byline(t, creditedReporters(inner.substring(d.end())), List.of(), List.of(),
          d.group("agency"), place, date));
    }
    List<String> reporters = creditedReporters(inner);
    return new Closing(reporters.isEmpty() ? ClosingKind.NOTE : ClosingKind.REPORTERS,
        new Byline(t, reporters, List.of(), List.of(), null, null, null));
  }

  /** Names a credit gives as reporters: those after 记者 (a newsroom's name before it is skipped) and after 参与采写：. */
  static List<String> creditedReporters(String s) {
    Set<String> out = new LinkedHashSet<>();
    Matcher role = Pattern.compile("记者|参与采写[:：]|参与记者[:：]").matcher(s);
    List<int[]> at = new ArrayList<>();
    while (role.find()) {
      at.add(new int[] {role.start(), role.end()});
    }
    for (int k = 0; k < at.size(); k++) {
      int from = at.get(k)[1];
      int to = k + 1 < at.size() ? at.get(k + 1)[0] : s.length();
      String chunk = s.substring(from, to);
      // The next role's newsroom (，解放军报记者) is not a name of this one.
      if (k + 1 < at.size()) {
        Matcher outlet = OUTLET.matcher(trim(chunk));
        if (outlet.find()) {
          chunk = chunk.substring(0, outlet.start());
        }
      }
      chunk = trim(chunk);
      Matcher verb = CREDIT_VERB.matcher(chunk);
      if (verb.find()) {
        if (verb.group().equals("整理")) {
          continue; // compiled by: a compiler, not a reporter
        }
        chunk = chunk.substring(0, verb.start());
      }
      for (String name : splitNames(chunk)) {
        if (isName(name)) {
          out.add(name);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Two to four Chinese characters, or a transliterated name joined by a middle dot. */
  private static boolean isName(String s) {
    return s.matches("\\p{IsHan}{2,4}|\\p{IsHan}{1,8}(?:[·•]\\p{IsHan}{1,8}){1,3}");
  }

  /** Names in a credit where wide spaces may also split one name's characters (张  炜, 詹 彦). */
  private static List<String> spacedNames(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String piece : trim(s).split("[\\s\\u00A0\\u3000、，,]+")) {
      cur.append(piece);
      // A single character is half a spaced-out name: wait for the rest.
      if (cur.length() >= 2) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** A whole line that is a byline of its own ({@code 本报记者 X}), or null. */
  public static Byline line(String raw) {
    if (raw.length() > 60 || !ROLE_WORD.matcher(raw).find()) {
      return null;
    }
    Matcher m = LINE.matcher(raw);
    if (!m.matches()) {
      if (LINE_ROLES.matcher(raw).matches()) {
        Roles roles = new Roles();
        String bare = raw.replaceAll("本报|本刊|新华社|中新社|人民日报", " ");
        if (parseNames(bare, roles, false)) {
          return new Byline(trim(raw), roles.reporters(), roles.correspondents(), roles.photographers(), null, null, null);
        }
      }
      return null;
    }
    Roles roles = new Roles();
    String role = m.group("role") != null ? m.group("role") : m.group("role2");
    List<String> names = splitNames(m.group("names"));
    if (names.stream().anyMatch(n -> ROLE_AT.matcher(n).lookingAt())) {
      return null; // "本报记者走进乡村" is a sentence, not a role and a name
    }
    roles.add(role, names);
    return new Byline(trim(raw), roles.reporters(), roles.correspondents(), roles.photographers(), null, null, null);
  }

  /** A photo credit line ({@code 本报记者 X 摄}), or null. */
  public static Byline credit(String raw) {
    String t = trim(raw);
    if (!(t.endsWith("摄") || t.endsWith("摄影") || t.endsWith("供图") || t.endsWith("制图"))) {
      return null;
    }
    Matcher m = CREDIT.matcher(raw);
    if (!m.matches()) {
      m = CREDIT_BARE.matcher(raw);
      if (!m.matches()) {
        return null;
      }
    }
    List<String> names = splitNames(m.group("names"));
    return new Byline(trim(raw), List.of(), List.of(), names, null, null, null);
  }

  /** Whether a line is the first half of a credit broken by a column end ({@code 本报记者 翟}). */
  public static boolean isCreditHead(String raw) {
    if (raw.length() > 20 || raw.indexOf('记') < 0 && raw.indexOf('通') < 0) {
      return false;
    }
    return CREDIT_HEAD.matcher(raw).matches();
  }

  /** Whether a line is the second half of a broken credit ({@code 鹏程 摄}). */
  public static boolean isCreditTail(String raw) {
    return CREDIT_TAIL.matcher(raw).matches();
  }

  /**
   * Splits "记者X 通讯员Y" or "X、Y" into role lists. Names without a role word are reporters when
   * {@code bareNamesAllowed} (after a dateline, {@code （X、Y）}). False when a piece is no name.
   */
  static boolean parseNames(String s, Roles roles, boolean bareNamesAllowed) {
    Matcher m = ROLE_AT.matcher(s);
    int pos = 0;
    String role = null;
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String before = s.substring(pos, m.start());
      if (!before.isBlank()) {
        if (role == null && !bareNamesAllowed) {
          return false;
        }
        roles.add(role, splitNames(before));
      }
      role = m.group();
      pos = m.end();
      seen.add(role);
    }
    String rest = s.substring(pos);
    if (role == null && !bareNamesAllowed) {
      return false;
    }
    roles.add(role, splitNames(rest));
    return !roles.isEmpty();
  }

  static List<String> splitNames(String s) {
    List<String> out = new ArrayList<>();
    for (String n : s.split("[\\s\\u00A0\\u3000、，,；;]+")) {
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Names collected per role, in byline order, without repeats. */
  static final class Roles {
    private final Set<String> reporters = new LinkedHashSet<>();
    private final Set<String> correspondents = new LinkedHashSet<>();
    private final Set<String> photographers = new LinkedHashSet<>();

    void add(String role, List<String> names) {
      if (role == null || role.matches(REPORTER_ROLES)) {
        reporters.addAll(names);
      } else if (role.matches(CORRESPONDENT_ROLES)) {
        correspondents.addAll(names);
      } else if (role.contains("文") && role.contains("图")) {
        reporters.addAll(names);
        photographers.addAll(names);
      } else if (role.equals("图")) {
        photographers.addAll(names);
      } else {
        reporters.addAll(names);
      }
    }

    boolean isEmpty() {
      return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty();
    }

    List<String> reporters() {
      return List.copyOf(reporters);
    }

    List<String> correspondents() {
      return List.copyOf(correspondents);
    }

    List<String> photographers() {
      return List.copyOf(photographers);
    }
  }
}
