package jianbao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes newspaper pages of new articles for the benchmark, from text the project ships: the
 * sentences of its sample pages recombined, with names, places, organisations and titles drawn
 * from its own word lists. Each article has a headline (sometimes a kicker or a subheadline), a
 * 本报讯 lead with reporters, at times a dateline, and paragraphs of varied length, set in a
 * column width chosen per page. So the bench times the shapes real pages have, not one page over
 * and over (whose lines the layout index and HanLP's caches would soon know by heart).
 */
final class ArticleComposer {
  private static final String[] SECTIONS = {"要闻", "综合", "经济", "社会", "政务", "城建", "文化", "民生"};
  private static final String[] SPEECH = {"表示", "指出", "强调", "介绍", "说", "认为", "要求"};

  private final List<String> sentences;
  private final List<String> clauses;
  private final String[] surnames;
  private final String[] givenChars;
  private final String[] places;
  private final String[] organisations;
  private final String[] titles;

  ArticleComposer(List<List<String>> samplePages) throws IOException {
    this(sentences(samplePages), words("surnames.txt"), words("given_name_chars.txt"), words("divisions.txt"),
        words("known_organisations.txt"), words("titles.txt"));
  }

  ArticleComposer(List<String> sentences, String[] surnames, String[] givenChars, String[] places,
      String[] organisations, String[] titles) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences in the sample pages");
    }
    this.sentences = sentences;
    this.clauses = clauses(sentences);
    this.surnames = surnames;
    this.givenChars = givenChars;
    this.places = places;
    this.organisations = organisations;
    this.titles = titles;
  }

  /** A page's lines: a section line, then articles until about {@code chars} characters, set {@code width} wide. */
  List<String> page(Random rnd) {
    int width = 12 + rnd.nextInt(14); // a narrow broadsheet column to a wide tabloid one
    int target = 3_000 + rnd.nextInt(12_000);
    List<String> lines = new ArrayList<>();
    lines.add(SECTIONS[rnd.nextInt(SECTIONS.length)]);
    lines.add("");
    int chars = 0;
    while (chars < target) {
      List<String> article = article(rnd, width);
      for (String l : article) {
        chars += l.length();
      }
      lines.addAll(article);
      lines.add("");
    }
    return lines;
  }

  /** One article: headline lines, lead, body paragraphs, each paragraph set {@code width} wide. */
  List<String> article(Random rnd, int width) {
    List<String> out = new ArrayList<>();
    if (rnd.nextInt(4) == 0) {
      out.add(clause(rnd, 6, 16)); // kicker
    }
    out.add(clause(rnd, 8, 20));
    if (rnd.nextInt(3) == 0) {
      out.add("——" + clause(rnd, 8, 22)); // subheadline
    }
    out.add("");
    StringBuilder lead = new StringBuilder("本报讯（记者").append(name(rnd));
    if (rnd.nextInt(2) == 0) {
      lead.append(' ').append(name(rnd));
    }
    if (rnd.nextInt(3) == 0) {
      lead.append(" 通讯员").append(name(rnd));
    }
    lead.append('）');
    if (rnd.nextInt(2) == 0) {
      lead.append(1 + rnd.nextInt(12)).append('月').append(1 + rnd.nextInt(28)).append("日，");
    }
    int paragraphs = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 12 : 5); // mostly short pieces, some long ones
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder text = p == 0 ? lead : new StringBuilder();
      int count = 1 + rnd.nextInt(4);
      for (int s = 0; s < count; s++) {
        text.append(sentence(rnd));
      }
      set(text.toString(), width, out);
      out.add("");
    }
    return out;
  }

  /** A sample sentence, at times said by a named person or set at a place or an organisation. */
  private String sentence(Random rnd) {
    String s = sentences.get(rnd.nextInt(sentences.size()));
    return switch (rnd.nextInt(6)) {
      case 0 -> name(rnd) + SPEECH[rnd.nextInt(SPEECH.length)] + "，" + s;
      case 1 -> pick(rnd, places) + pick(rnd, titles) + name(rnd) + SPEECH[rnd.nextInt(SPEECH.length)] + "，" + s;
      case 2 -> "在" + pick(rnd, places) + "，" + pick(rnd, organisations) + "有关负责人" + name(rnd) + "介绍，" + s;
      default -> s;
    };
  }

  private String name(Random rnd) {
    StringBuilder n = new StringBuilder(pick(rnd, surnames)).append(pick(rnd, givenChars));
    if (rnd.nextInt(3) != 0) {
      n.append(pick(rnd, givenChars));
    }
    return n.toString();
  }

  /** A clause of a sample sentence, for a headline: between {@code min} and {@code max} characters where there is one. */
  private String clause(Random rnd, int min, int max) {
    for (int tries = 0; tries < 20; tries++) {
      String c = clauses.get(rnd.nextInt(clauses.size()));
      if (c.length() >= min && c.length() <= max) {
        return c;
      }
    }
    String c = clauses.get(rnd.nextInt(clauses.size()));
    return c.length() > max ? c.substring(0, max) : c;
  }

  private static String pick(Random rnd, String[] words) {
    return words[rnd.nextInt(words.length)];
  }

  /** Sets a paragraph in lines of {@code width} characters, as a page's text layer gives it. */
  static void set(String text, int width, List<String> out) {
    for (int at = 0; at < text.length(); at += width) {
      out.add(text.substring(at, Math.min(text.length(), at + width)));
    }
  }

  /** The sentences of the pages: paragraphs (blank-line separated) joined, then cut after 。！？. */
  static List<String> sentences(List<List<String>> pages) {
    List<String> out = new ArrayList<>();
    for (List<String> page : pages) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : page) {
        if (line.isBlank()) {
          cut(paragraph.toString(), out);
          paragraph.setLength(0);
        } else {
          paragraph.append(line.strip());
        }
      }
      cut(paragraph.toString(), out);
    }
    return out;
  }

  private static void cut(String paragraph, List<String> out) {
    int from = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        String s = paragraph.substring(from, i + 1);
        // Whole sentences only: a headline or a byline fragment is no body sentence.
        if (s.length() >= 10 && !s.startsWith("本报讯")) {
          out.add(s);
        }
        from = i + 1;
      }
    }
  }

  /** The clauses of the sentences (cut at ，；、 and the stops), for headlines. */
  private static List<String> clauses(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      for (String c : s.split("[，；。！？：]")) {
        if (c.length() >= 6) {
          out.add(c);
        }
      }
    }
    return out.isEmpty() ? sentences : out;
  }

  /** The entries of one of the entity stage's word lists (whitespace-separated, "#" comments). */
  private static String[] words(String list) {
    return jianbao.entity.WordLists.read(list).toArray(String[]::new);
  }

}
