package jianbao.review;

/** The two ways review puts text into HTML: as escaped text, and as JSON inside a script element. */
final class Html {
  private Html() {}

  /** Text for an element's content or a quoted attribute value. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * JSON text made safe to stand inside {@code <script type="application/json">}: the HTML parser
   * ends a script element at {@code </script} and treats {@code <!--} specially, whatever JSON
   * means, so {@code <}, {@code >} and {@code &} are written as JSON escapes. They can only occur
   * inside JSON strings, where {@code \u003c} reads back as the same character.
   */
  static String jsonForScript(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
