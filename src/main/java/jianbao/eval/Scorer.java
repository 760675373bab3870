package jianbao.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores output records against gold records with the same rules as the project's independent
 * scorer (shared/eval/score.py): records are paired by shared body bigrams, a record counts when
 * its body equals the truth with whitespace removed, and fields are compared on paired records.
 */
public final class Scorer {

  /** Whitespace as Python's str.isspace() has it (the independent scorer's): no-break and full-width spaces too. */
  private static final Pattern WS = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BYLINE = Pattern.compile(
      "^((本报|新华社|人民日报|中新社)[^，。（(]{0,16}?[电讯])?([（(][^）)]{1,40}[）)])?");
  private static final Pattern ARROW = Pattern.compile("^[⬅➡⬆⬇←→↑↓▲▼◀▶△▽]+");
  private static final Pattern DASHES = Pattern.compile("[—－-]");
  private static final Pattern DATE_TAIL = Pattern.compile("\\d\\d-\\d\\d$");

  /** Counts summed over pages: [ok, total] per field, and tp/fp/fn per set metric. */
  private final Map<String, int[]> raw = new TreeMap<>();
  private int goldRecords;
  private int predRecords;
  private int matched;
  private final List<String> findings = new ArrayList<>();

  /** Scores one page: gold records (seed.gold.json's "records") against output records. */
  public void page(String pageName, List<JsonNode> gold, List<JsonNode> pred) {
    List<String> gb = new ArrayList<>();
    for (JsonNode g : gold) {
      gb.add(bodyOf(g.get("paragraphs")));
    }
    List<String> pb = new ArrayList<>();
    for (JsonNode p : pred) {
      JsonNode paras = p.get("paragraphs");
      pb.add(bodyOf(paras));
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < gb.size(); i++) {
      Map<String, Integer> gi = bigrams(gb.get(i));
      for (int j = 0; j < pb.size(); j++) {
        int o = overlap(gi, bigrams(pb.get(j)));
        if (o > 0) {
          pairs.add(new int[] {o, i, j});
        }
      }
    }
    // score.py sorts (overlap, i, j) tuples in reverse
    pairs.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : a[1] != b[1] ? b[1] - a[1] : b[2] - a[2]);
    Map<Integer, Integer> gm = new HashMap<>();
    Set<Integer> pm = new HashSet<>();
    for (int[] t : pairs) {
      if (gm.containsKey(t[1]) || pm.contains(t[2])) {
        continue;
      }
      if (t[0] < 0.5 * Math.max(1, gb.get(t[1]).length() - 1)) {
        continue;
      }
      gm.put(t[1], t[2]);
      pm.add(t[2]);
    }
    goldRecords += gold.size();
    predRecords += pred.size();
    matched += gm.size();
    int exact = 0;
    for (Map.Entry<Integer, Integer> e : gm.entrySet()) {
      if (gb.get(e.getKey()).equals(pb.get(e.getValue()))) {
        exact++;
      }
    }
    add("seg_tp", exact);
    add("seg_fp", pred.size() - exact);
    add("seg_fn", gold.size() - exact);
    for (int i = 0; i < gold.size(); i++) {
      JsonNode g = gold.get(i);
      Integer j = gm.get(i);
      JsonNode p = j == null ? null : pred.get(j);
      boolean isExact = j != null && gb.get(i).equals(pb.get(j));
      List<String> wrong = new ArrayList<>();
      if (isExact) {
        Set<Integer> gc = cuts(g.get("paragraphs"));
        Set<Integer> pc = cuts(p.get("paragraphs"));
        add("cut_tp", intersect(gc, pc));
        add("cut_fp", pc.size() - intersect(gc, pc));
        add("cut_fn", gc.size() - intersect(gc, pc));
        if (!gc.equals(pc)) {
          wrong.add("paragraph breaks");
        }
      }
      String kind = text(p, "kind");
      check("kind", (kind == null ? "article" : kind).equals(text(g, "kind")), wrong);
      if (g.has("headline_block")) {
        String pv = dash(norm(text(p, "kicker")) + norm(text(p, "headline")) + norm(text(p, "subheadline")));
        check("headline_block", dash(norm(text(g, "headline_block"))).equals(pv), wrong);
      } else {
        for (String f : List.of("headline", "kicker", "subheadline")) {
          String gv = lstripDash(norm(text(g, f)));
          String pv = lstripDash(norm(text(p, f)));
          if (!gv.isEmpty() || !pv.isEmpty()) {
            check(f, gv.equals(pv), wrong);
          }
        }
      }
      for (String f : List.of("reporters", "correspondents", "photographers")) {
        List<String> gv = new ArrayList<>(names(g == null ? null : g.get(f)));
        JsonNode pn = p == null ? null : p.path("byline").has(f) ? p.path("byline").get(f) : p.get(f);
        List<String> pv = new ArrayList<>(names(pn));
        if (!gv.isEmpty() || !pv.isEmpty()) {
          gv.sort(null);
          pv.sort(null);
          check(f, gv.equals(pv), wrong);
        }
      }
      String gd = text(g, "date");
      if (gd != null) {
        String pd = text(p, "date");
        pd = pd != null && DATE_TAIL.matcher(pd).find() ? pd.substring(pd.length() - 5) : null;
        check("date", gd.equals(pd), wrong);
      }
      Map<String, String> gp = new LinkedHashMap<>();
      if (g.get("people") != null) {
        g.get("people").fields().forEachRemaining(e -> gp.put(norm(e.getKey()), e.getValue().isNull() ? null : e.getValue().asText()));
      }
      Map<String, String> pp = new LinkedHashMap<>();
      if (p != null && p.get("people") != null) {
        for (JsonNode x : p.get("people")) {
          pp.put(norm(x.isObject() ? text(x, "name") : x.asText()), x.isObject() ? text(x, "title") : null);
        }
      }
      int both = intersect(gp.keySet(), pp.keySet());
      add("ppl_tp", both);
      add("ppl_fp", pp.size() - both);
      add("ppl_fn", gp.size() - both);
      for (Map.Entry<String, String> e : gp.entrySet()) {
        if (e.getValue() != null) {
          String t = pp.get(e.getKey());
          tally("person_title", t != null && norm(e.getValue()).equals(norm(t)));
        }
      }
      List<String> po = names(p == null ? null : p.get("organizations"));
      for (String o : names(g.get("organizations"))) {
        tally("org_recall", po.stream().anyMatch(x -> x.equals(o) || x.contains(o)));
      }
      if (!isExact || !wrong.isEmpty()) {
        findings.add(pageName + " " + text(g, "id") + (j == null ? " unmatched" : isExact ? "" : " body differs")
            + (wrong.isEmpty() ? "" : " wrong " + wrong));
      }
    }
  }

  /** The metrics in score.py's names and order. */
  public Map<String, Object> metrics() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold_records", goldRecords);
    out.put("pred_records", predRecords);
    out.put("matched", matched);
    putPrf(out, "segment_exact", "seg");
    putPrf(out, "paragraph_cut", "cut");
    putPrf(out, "people", "ppl");
    for (Map.Entry<String, int[]> e : raw.entrySet()) {
      String k = e.getKey();
      if (k.endsWith("_tp") || k.endsWith("_fp") || k.endsWith("_fn") || e.getValue()[1] == 0) {
        continue;
      }
      out.put(k + (k.endsWith("recall") ? "" : "_acc"), round((double) e.getValue()[0] / e.getValue()[1]));
    }
    return out;
  }

  /** One line per gold record that was not recovered exactly. */
  public List<String> findings() {
    return List.copyOf(findings);
  }

  public double metric(String name) {
    Object v = metrics().get(name);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private void putPrf(Map<String, Object> out, String label, String key) {
    int tp = count(key + "_tp");
    int fp = count(key + "_fp");
    int fn = count(key + "_fn");
    double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    out.put(label + "_P", round(p));
    out.put(label + "_R", round(r));
    out.put(label + "_F1", round(f));
  }

  private int count(String k) {
    int[] v = raw.get(k);
    return v == null ? 0 : v[0];
  }

  private void add(String k, int n) {
    raw.computeIfAbsent(k, x -> new int[2])[0] += n;
  }

  private void tally(String k, boolean ok) {
    int[] v = raw.computeIfAbsent(k, x -> new int[2]);
    v[1]++;
    if (ok) {
      v[0]++;
    }
  }

  private void check(String field, boolean ok, List<String> wrong) {
    tally(field, ok);
    if (!ok) {
      wrong.add(field);
    }
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    return WS.matcher(s).replaceAll("").replace("(", "（").replace(")", "）").replace(",", "，");
  }

  private static String dash(String s) {
    return DASHES.matcher(s).replaceAll("");
  }

  private static String lstripDash(String s) {
    int i = 0;
    while (i < s.length() && "—-－".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return s.substring(i);
  }

  private static String text(JsonNode n, String field) {
    if (n == null || n.get(field) == null || n.get(field).isNull()) {
      return null;
    }
    return n.get(field).asText();
  }

  private static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode x : list) {
      String v = x.isObject() ? (x.hasNonNull("name") ? x.get("name").asText() : text(x, "text")) : x.asText();
      if (v != null && !v.isEmpty()) {
        out.add(norm(v));
      }
    }
    return out;
  }

  private static List<String> paragraphs(JsonNode paras) {
    List<String> out = new ArrayList<>();
    if (paras != null) {
      for (JsonNode p : paras) {
        out.add(p.isObject() ? (p.hasNonNull("text") ? p.get("text").asText() : "") : p.asText());
      }
    }
    return out;
  }

  static String bodyOf(JsonNode paras) {
    String t = norm(String.join("", paragraphs(paras)));
    return ARROW.matcher(BYLINE.matcher(t).replaceFirst("")).replaceFirst("");
  }

  static Set<Integer> cuts(JsonNode paras) {
    List<String> ps = new ArrayList<>();
    for (String p : paragraphs(paras)) {
      String n = norm(p);
      if (!n.isEmpty()) {
        ps.add(n);
      }
    }
    if (!ps.isEmpty()) {
      ps.set(0, ARROW.matcher(BYLINE.matcher(ps.get(0)).replaceFirst("")).replaceFirst(""));
    }
    Set<Integer> cuts = new HashSet<>();
    int pos = 0;
    for (int i = 0; i + 1 < ps.size(); i++) {
      pos += ps.get(i).length();
      cuts.add(pos);
    }
    return cuts;
  }

  private static Map<String, Integer> bigrams(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      m.merge(s.substring(i, i + 2), 1, Integer::sum);
    }
    return m;
  }

  private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer o = b.get(e.getKey());
      if (o != null) {
        n += Math.min(o, e.getValue());
      }
    }
    return n;
  }

  private static <T> int intersect(Set<T> a, Set<T> b) {
    int n = 0;
    for (T x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }
}
