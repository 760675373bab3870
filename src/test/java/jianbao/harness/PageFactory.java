package jianbao.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Builds newspaper pages with known truth: real article texts (the sample page's checked records)
 * set in random layouts — column widths 12–24, headlines before or after their bodies, with or
 * without blank lines between paragraphs, column breaks anywhere, every byline shape, in-body
 * subheads, spacing noise, section labels and photo captions. The truth comes out in the gold
 * format that {@code jianbao eval} and shared/eval/score.py read.
 */
public final class PageFactory {

  /** A page and its gold file content. */
  public record Built(List<String> lines, ObjectNode gold, String description) {}

  /** Layout knobs drawn per page (null = draw at random). */
  public record Knobs(Boolean headlineAfter, Boolean blankBetweenParagraphs, Boolean blankAroundHeadline, Boolean jitter) {
    public static final Knobs RANDOM = new Knobs(null, null, null, null);
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] SECTIONS = {"要闻", "综合新闻", "经济", "社会", "国内新闻", "一周动态", "地方"};
  private static final String[] REPORTERS = {"王立新", "陈晓", "李华", "张明远", "刘洋", "赵一鸣", "孙丽", "周建国", "吴昊", "郑红梅", "欧阳文", "钱程"};
  private static final String[] PLACES = {"北京", "上海", "杭州", "郑州", "成都", "广州"};
  private static final String[] SUBHEADS = {
      "若跨界水质不达标，上游要给下游补偿", "核心阅读", "补齐短板 提升服务", "创新机制添活力",
      "从“要我做”到“我要做”", "一张蓝图绘到底", "数据多跑路，群众少跑腿"};
  private static final String[] AUTHOR_NOTES = {"某大学经济学院教授", "市社会科学院研究员", "本报评论员"};
  private static final String[] SERIES = {"（小康路上·绿色力量②）", "（新春走基层）", "（奋进新征程·一线见闻③）"};

  private final List<JsonNode> articles = new ArrayList<>();
  private final List<JsonNode> photos = new ArrayList<>();

  public PageFactory() {
    try (InputStream in = PageFactory.class.getResourceAsStream("/jianbao/pipeline/seed.expected.json")) {
      for (JsonNode r : JSON.readTree(in)) {
        (r.get("kind").asText().equals("photo") ? photos : articles).add(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Built page(long seed, Knobs knobs) {
    return page(seed, knobs, 0);
  }

  /** @param stories how many articles to set (0: two to five, drawn) */
  public Built page(long seed, Knobs knobs, int stories) {
    // Consecutive seeds give java.util.Random correlated first draws: scramble them.
    Random rnd = new Random(new java.util.SplittableRandom(seed).nextLong());
    boolean after = knobs.headlineAfter() != null ? knobs.headlineAfter() : rnd.nextBoolean();
    boolean blankParas = knobs.blankBetweenParagraphs() != null ? knobs.blankBetweenParagraphs() : rnd.nextBoolean();
    boolean blankHead = knobs.blankAroundHeadline() != null ? knobs.blankAroundHeadline() : rnd.nextInt(3) > 0;
    int columnBreak = rnd.nextInt(3) == 0 ? 0 : 8 + rnd.nextInt(25);
    boolean jitter = knobs.jitter() != null ? knobs.jitter() : rnd.nextBoolean();
    // One page in five mixes the two orders: the first articles print their headlines after the
    // body, the rest before, so two headline blocks meet where the order changes. (The other
    // change, a before-article followed by an after-article with no byline, leaves two bodies
    // touching with nothing between them: no reader could cut that.)
    boolean mixed = knobs.headlineAfter() == null && rnd.nextInt(5) == 0;
    int switchAt = 1 + rnd.nextInt(3);
    String section = rnd.nextInt(4) == 0 ? null : SECTIONS[rnd.nextInt(SECTIONS.length)];

    List<JsonNode> pick = new ArrayList<>(articles);
    Collections.shuffle(pick, rnd);
    int count = 2 + rnd.nextInt(4);
    pick = pick.subList(0, stories > 0 ? stories : count);

    Page page = new Page(rnd, columnBreak);
    ArrayNode goldRecords = JSON.createArrayNode();
    if (section != null) {
      page.line(rnd.nextBoolean() ? " " + section : section);
      page.blank();
    }
    int n = 0;
    for (JsonNode a : pick) {
      boolean headAfter = mixed ? n < switchAt : after;
      int width = 12 + rnd.nextInt(13);
      ObjectNode gold = goldArticle(a, "A" + (++n));
      List<String> head = headlineBlock(a, rnd, blankHead, gold);
      Byline by = byline(rnd, a);
      gold.set("reporters", strings(by.reporters));
      gold.set("correspondents", strings(by.correspondents));
      // A dateline dates the article; without one, the lead's first sentence does.
      if (by.datelineDate != null) {
        gold.put("date", by.datelineDate);
      }
      List<String> paragraphs = new ArrayList<>();
      a.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
      if (by.cited) {
        paragraphs.set(0, by.lead + paragraphs.get(0)); // part of the text
      }
      if (paragraphs.size() >= 3 && rnd.nextInt(3) == 0) {
        paragraphs.add(1 + rnd.nextInt(paragraphs.size() - 1), SUBHEADS[rnd.nextInt(SUBHEADS.length)]);
      }
      gold.set("paragraphs", strings(paragraphs));
      if (!headAfter) {
        page.lines(head);
        if (blankHead) {
          page.blank();
        }
      }
      if (by.line != null) {
        page.line(by.line);
        if (blankHead) {
          page.blank();
        }
      }
      for (int p = 0; p < paragraphs.size(); p++) {
        String text = paragraphs.get(p);
        if (p == 0 && by.lead != null && !by.cited) {
          text = by.lead + text;
        }
        boolean subhead = PageRenderer.wrap(text, width).size() == 1 && !text.endsWith("。");
        if (subhead) {
          page.body(text);
        } else {
          for (String l : PageRenderer.wrap(text, width, jitter ? rnd : null)) {
            page.body(noise(l, rnd));
          }
        }
        if (blankParas && p + 1 < paragraphs.size()) {
          page.blank();
        }
      }
      // A closing line stays the body's last paragraph: an author note, or a credit naming the
      // reporters (who then follow any the lead names).
      String closing = switch (rnd.nextInt(10)) {
        case 0 -> "（作者为" + AUTHOR_NOTES[rnd.nextInt(AUTHOR_NOTES.length)] + "）";
        case 1 -> closingCredit(rnd, gold, by);
        default -> null;
      };
      if (closing != null) {
        if (blankParas) {
          page.blank();
        }
        for (String l : PageRenderer.wrap(closing, width)) {
          page.body(l);
        }
        paragraphs.add(closing);
        gold.set("paragraphs", strings(paragraphs));
      }
      page.blank();
      if (headAfter) {
        page.lines(head);
        page.blank();
      }
      goldRecords.add(gold);
    }
    int captions = rnd.nextInt(3);
    List<JsonNode> ph = new ArrayList<>(photos);
    Collections.shuffle(ph, rnd);
    for (int c = 0; c < captions; c++) {
      JsonNode p = ph.get(c);
      int width = 8 + rnd.nextInt(8);
      ObjectNode gold = goldArticle(p, "P" + (c + 1));
      String photographer = REPORTERS[rnd.nextInt(REPORTERS.length)];
      gold.set("photographers", strings(List.of(photographer)));
      gold.remove("headline_block");
      List<String> paragraphs = new ArrayList<>();
      p.get("paragraphs").forEach(x -> paragraphs.add(x.asText()));
      gold.set("paragraphs", strings(paragraphs));
      for (int k = 0; k < paragraphs.size(); k++) {
        String text = (k == 0 ? "⬅➡⬆".charAt(rnd.nextInt(3)) : "") + paragraphs.get(k);
        for (String l : PageRenderer.wrap(text, width)) {
          page.body(noise(l, rnd));
        }
        if (blankParas && k + 1 < paragraphs.size()) {
          page.blank();
        }
      }
      page.line("本报记者 " + photographer + " 摄");
      page.blank();
      goldRecords.add(gold);
    }
    ObjectNode gold = JSON.createObjectNode();
    gold.put("source", "generated-" + seed + ".txt");
    gold.set("records", goldRecords);
    String description = String.format("seed=%d mixed=%s after=%s blankParas=%s blankHead=%s columnBreak=%d jitter=%s section=%s",
        seed, mixed, after, blankParas, blankHead, columnBreak, jitter, section);
    return new Built(page.out, gold, description);
  }

  private static ObjectNode goldArticle(JsonNode a, String id) {
    ObjectNode g = JSON.createObjectNode();
    g.put("id", id);
    g.put("kind", a.get("kind").asText());
    String date = a.get("date").isNull() ? null : a.get("date").asText().substring(a.get("date").asText().length() - 5);
    g.put("date", date);
    g.set("people", a.get("people"));
    g.set("organizations", a.get("organizations_include"));
    g.set("reporters", strings(List.of()));
    g.set("correspondents", strings(List.of()));
    g.set("photographers", strings(List.of()));
    return g;
  }

  /** The headline block's lines in page order; the gold gets the block's text. */
  private static List<String> headlineBlock(JsonNode a, Random rnd, boolean blankBetweenRoles, ObjectNode gold) {
    List<String> lines = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    String series = rnd.nextInt(6) == 0 ? SERIES[rnd.nextInt(SERIES.length)] : null;
    // A column or series label stands over the headline on a line of its own, or closes it.
    boolean seriesAfter = series != null && rnd.nextBoolean();
    if (series != null && !seriesAfter) {
      lines.add(series);
      block.append(series);
    }
    String kicker = a.get("kicker").isNull() ? null : a.get("kicker").asText();
    if (kicker != null) {
      lines.add(kicker);
      block.append(kicker);
      if (blankBetweenRoles) {
        lines.add("");
      }
    }
    String headline = a.get("headline").asText() + (seriesAfter ? series : "");
    block.append(headline);
    int len = headline.length();
    if (len >= 10 && rnd.nextInt(3) > 0) {
      int cut = len / 2 - 2 + rnd.nextInt(5);
      if (rnd.nextBoolean()) {
        lines.add(headline.substring(0, cut));
        lines.add(headline.substring(cut));
      } else {
        lines.add(headline.substring(0, cut) + " " + headline.substring(cut)); // two clauses, spaced
      }
    } else {
      lines.add(headline);
    }
    if (!a.get("subheadline").isNull()) {
      if (blankBetweenRoles) {
        lines.add("");
      }
      lines.add("——" + a.get("subheadline").asText());
      block.append(a.get("subheadline").asText());
    }
    gold.put("headline_block", block.toString());
    return lines;
  }

  /** A closing credit naming reporters, added to the gold's after the lead's. */
  private static String closingCredit(Random rnd, ObjectNode gold, Byline by) {
    String r = REPORTERS[rnd.nextInt(REPORTERS.length)];
    while (by.reporters.contains(r)) {
      r = REPORTERS[rnd.nextInt(REPORTERS.length)];
    }
    List<String> reporters = new ArrayList<>(by.reporters);
    reporters.add(r);
    gold.set("reporters", strings(reporters));
    return switch (rnd.nextInt(3)) {
      case 0 -> "（本报记者" + r + "）";
      case 1 -> "（综合本报记者" + r + "报道）";
      default -> "（本报" + PLACES[rnd.nextInt(PLACES.length)] + "电\u00a0\u00a0记者" + r + "）";
    };
  }

  /** One byline shape: a lead opening the first paragraph, a line of its own, or none. */
  private record Byline(String lead, String line, List<String> reporters, List<String> correspondents, String datelineDate,
                        boolean cited) {
    Byline(String lead, String line, List<String> reporters, List<String> correspondents, String datelineDate) {
      this(lead, line, reporters, correspondents, datelineDate, false);
    }
  }

  private static Byline byline(Random rnd, JsonNode article) {
    String r1 = REPORTERS[rnd.nextInt(REPORTERS.length)];
    String r2 = REPORTERS[rnd.nextInt(REPORTERS.length)];
    while (r2.equals(r1)) {
      r2 = REPORTERS[rnd.nextInt(REPORTERS.length)];
    }
    String place = PLACES[rnd.nextInt(PLACES.length)];
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    String md = String.format("%02d-%02d", month, day);
    String dl = month + "月" + day + "日";
    String sep = rnd.nextBoolean() ? " " : "\u3000";
    String gap = switch (rnd.nextInt(4)) {
      case 0 -> "";
      case 1 -> "  ";
      case 2 -> "\u00a0\u00a0";
      default -> "\u3000";
    };
    return switch (rnd.nextInt(14)) {
      case 12 -> new Byline("本报" + place + dl + "电" + gap + "（记者" + r1 + "、" + r2 + "）", null, List.of(r1, r2), List.of(), md);
      // A dispatch the paper quotes is text, not its byline: no reporters, no dateline.
      case 13 -> new Byline("据新华社" + place + dl + "电" + gap + "（记者" + r1 + "）", null, List.of(), List.of(), null, true);
      case 0 -> new Byline("本报讯（记者" + r1 + "）", null, List.of(r1), List.of(), null);
      case 1 -> new Byline("本报讯（记者" + r1 + sep + "通讯员" + r2 + "）", null, List.of(r1), List.of(r2), null);
      case 2 -> new Byline("（通讯员" + r2 + sep + "记者" + r1 + "）", null, List.of(r1), List.of(r2), null);
      case 3 -> new Byline("本报" + place + dl + "电（记者" + r1 + "、" + r2 + "）", null, List.of(r1, r2), List.of(), md);
      case 4 -> new Byline("新华社" + place + dl + "电（记者" + r1 + "）", null, List.of(r1), List.of(), md);
      case 5 -> new Byline("新华社" + place + dl + "电 ", null, List.of(), List.of(), md);
      case 6 -> new Byline("（记者" + r1 + "）", null, List.of(r1), List.of(), null);
      case 7 -> new Byline("本报" + place + dl + "电（" + r1 + "、" + r2 + "）", null, List.of(r1, r2), List.of(), md);
      case 8 -> new Byline(null, "本报记者" + sep + r1, List.of(r1), List.of(), null);
      case 9 -> new Byline(null, "本报记者 " + r1 + sep + r2, List.of(r1, r2), List.of(), null);
      default -> new Byline(null, null, List.of(), List.of(), null);
    };
  }

  private static String noise(String line, Random rnd) {
    int k = rnd.nextInt(20);
    if (k == 0) {
      return PageRenderer.spaceNoise(line, rnd);
    }
    if (k == 1 && line.length() < 16) {
      return String.join(" ", line.split("")); // letter-spaced
    }
    return line;
  }

  private static ArrayNode strings(List<String> xs) {
    ArrayNode a = JSON.createArrayNode();
    xs.forEach(a::add);
    return a;
  }

  /** Lines as extraction yields them, with a column break every N body lines. */
  private static final class Page {
    final List<String> out = new ArrayList<>();
    final Random rnd;
    final int columnBreak;
    int sinceBreak;

    Page(Random rnd, int columnBreak) {
      this.rnd = rnd;
      this.columnBreak = columnBreak;
    }

    void line(String l) {
      out.add(l);
    }

    void lines(List<String> ls) {
      out.addAll(ls);
    }

    void blank() {
      if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
        out.add("");
      }
    }

    void body(String l) {
      if (columnBreak > 0 && ++sinceBreak >= columnBreak) {
        out.add("");
        sinceBreak = 0;
      }
      out.add(l);
    }
  }
}
