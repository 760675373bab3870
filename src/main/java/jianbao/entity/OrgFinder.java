package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Organisation grammar: [place prefix] core head, where the head comes from the
 * suffix lexicon (有限公司, 管理局, 编办…) and the core is read leftwards over
 * content tokens, across short brackets (中商（威海）实业有限公司), and stops at
 * punctuation, function words, clause verbs, titles and people. HanLP's own
 * organisation recogniser is not used: it fires on many ordinary phrases and
 * breaks names at brackets.
 */
final class OrgFinder {
    private static final int MAX_LEN = 32;
    /** heads of community and village names, whose cores may be adjectives or verbs (幸福社区, 向阳村) */
    private static final java.util.Set<String> COMMUNITY_HEADS = java.util.Set.of("社区", "村", "小区", "街道", "居委会", "村委会");
    /** national-level words that make a generic core + head a proper name */
    private static final java.util.Set<String> NATIONAL = java.util.Set.of("国家", "中央", "全国", "中华", "中国");
    private final Lexicons lex;
    private final PersonFinder persons;

    OrgFinder(Lexicons lex, PersonFinder persons) {
        this.lex = lex;
        this.persons = persons;
    }

    List<Mention> find(Passage p, BitSet people) {
        String text = p.text;
        List<int[]> spans = new ArrayList<>();
        for (int t = 0; t < p.size(); t++) {
            int e = p.end[t];
            int sl = headEndingAt(p, t);
            // a name HanLP's dictionary lists as an organisation (nt*), whole
            if (p.is(t, "nt") && p.len(t) >= 2 && !people.get(p.start[t]) && dictionaryName(p, t))
                spans.add(new int[] {p.start[t], e});
            if (partyCommittee(p, t) && !people.get(p.start[t])) spans.add(new int[] {p.start[t], e});
            if (sl == 0) continue;
            int hs = Math.min(e - sl, p.institution(t) ? p.start[t] : e - sl);
            int s = extendLeft(p, hs, e, people);
            if (s >= 0 && s < hs && valid(p, s, hs, e, sl, t) && !placeGovernment(p, s, hs, e)) spans.add(new int[] {s, e});
        }
        // keep only outermost spans: 示范区减灾委员会 inside 示范区减灾委员会办公室
        List<Mention> out = new ArrayList<>();
        for (int[] a : spans) {
            boolean inner = false;
            for (int[] b : spans)
                if (b != a && b[0] <= a[0] && a[1] <= b[1] && (b[1] - b[0]) > (a[1] - a[0])) { inner = true; break; }
            if (!inner) out.add(new Mention(text.substring(a[0], a[1]), null, a[0], a[1]));
        }
        return out;
    }

    /**
     * A local party committee named by its level alone (市委, 县委, 镇党委, 团县委)
     * standing as an actor, not as the first half of an office (市委书记, 县委常委).
     */
    private boolean partyCommittee(Passage p, int t) {
        String w = p.word[t];
        if (!p.is(t, "nis") && !p.is(t, "n") && !p.is(t, "j") || w.length() < 2 || w.length() > 4 || !w.endsWith("委")) return false;
        String level = w.startsWith("团") ? w.substring(1) : w;
        if (level.length() < 2 || "省市县区镇乡州".indexOf(level.charAt(0)) < 0) return false;
        String mid = level.substring(1, level.length() - 1);
        if (!mid.isEmpty() && !mid.equals("党")) return false;
        int u = t + 1;
        return u >= p.size() || !(p.nature[u].equals("nnt") || persons.titleEndingAt(p, p.end[u]) > 0 && p.start[u] == p.end[t]
                || lex.titles.longestStartingAt(p.text, p.end[t]) > 0);
    }

    /** Length of the org head ending at token t's end, 0 if none is trusted there. */
    private int headEndingAt(Passage p, int t) {
        int e = p.end[t];
        long bits = lex.orgSuffixes.allEndingAt(p.text, e, Math.max(0, e - 12));
        for (int l = 12; l > 0; l--) {
            if ((bits & (1L << l)) == 0) continue;
            int s = e - l;
            // a head spanning whole tokens (编办 = 编|办), or the tail of an institution word (城管局/nis)
            if (l >= 2 && p.boundary(s)) return l;
            if (p.start[t] <= s && (p.institution(t) || p.is(t, "j") && p.len(t) > l
                    || p.is(t, "n") && (p.len(t) == l || "省市县区镇乡".indexOf(p.text.charAt(p.start[t])) >= 0))) return l;
        }
        // an institution word of HanLP's dictionary (国会/nis, 使馆/nis, 农科院/nis) is a head of its own
        if (p.len(t) >= 2 && (p.is(t, "nis") || p.is(t, "nit") || p.is(t, "nic")) && !lex.facilities.contains(p.word[t])) return p.len(t);
        return 0;
    }

    /** Start of the name whose head starts at hs, or -1 when a demonstrative opens it. */
    private int extendLeft(Passage p, int hs, int e, BitSet people) {
        String text = p.text;
        int i = hs;
        while (i > 0 && hs - i < MAX_LEN) {
            char c = text.charAt(i - 1);
            if (Passage.closeBracket(c)) {
                int o = p.matchingOpen(i, 0);
                if (o < 0 || o == 0) break;
                i = o;
                continue;
            }
            if (people.get(i - 1)) break;
            int t = p.tokenAt[i - 1];
            if (t < 0) break;
            String w = p.word[t];
            if (isAnd(w)) {
                // 行政审批与大数据管理局: 与 joins two nouns inside one name, but not two names or a person
                int l = p.tokenAt[Math.max(0, p.start[t] - 1)];
                if (p.start[t] == 0 || l < 0 || !(p.is(l, "n") || p.is(l, "vn") || p.is(l, "gi")) || p.institution(l)
                        || headEndingAt(p, l) > 0 || people.get(p.start[t] - 1)) break;
                i = p.start[t];
                continue;
            }
            // 该公司 / 该产业园…有限公司 refer back to a name; they are not one
            if (lex.demonstratives.contains(w) || lex.demonstratives.contains(w.substring(0, 1)) && p.is(t, "r")) return -1;
            // 北京九十中学, 第五中学, 第一人民医院: an ordinal inside a school or hospital name
            if ((p.is(t, "m") || p.is(t, "mq")) && numbered(p, t, hs, e)) { i = p.start[t]; continue; }
            // 市青年志愿者协会, 律师协会: a role noun right before the head names the members
            if (p.nature[t].equals("nnt") && p.end[t] == hs && p.len(t) >= 2 && "者师工生人".indexOf(w.charAt(w.length() - 1)) >= 0) {
                i = p.start[t];
                continue;
            }
            if (p.functional(t) || p.nature[t].equals("nnt") || lex.clauseOpeners.contains(w)) break;
            // 居民委员会, 村民委员会: a group noun right before the head names the members, not an office
            boolean members = p.end[t] == hs && p.is(t, "n") && p.len(t) >= 2;
            if (!members && (lex.titles.contains(w) || persons.titleEndingAt(p, p.end[t]) == p.len(t) && p.len(t) > 1)) break;
            // 幸福|社区, 向阳|社区, 团结|村: an adjective or verb naming a community or village
            boolean community = t + 1 < p.size() && COMMUNITY_HEADS.contains(p.word[t + 1]);
            if (p.len(t) > 1 && !community && (p.is(t, "f") || p.is(t, "a") || p.is(t, "z") || p.is(t, "l")
                    || p.verb(t) && (takesNamedObject(p, t) || !persons.verbInsideName(p, t)))) break;
            if (dateline(p, t)) break;
            i = p.start[t];
        }
        // a leading bracket or one-char verb belongs to the sentence, not the name (获|县政府, 应|中国…学会)
        while (i < hs) {
            int t = p.tokenStartingAt(i);
            if (Passage.openBracket(text.charAt(i)) || Passage.closeBracket(text.charAt(i))) i++;
            else if (t >= 0 && p.len(t) == 1 && p.verb(t) && p.end[t] <= hs) i = p.end[t];
            else break;
        }
        return i;
    }

    /** Token t is a Chinese ordinal or number (五, 九十, 第一) inside a numbered school or hospital name ending at e. */
    private static boolean numbered(Passage p, int t, int hs, int e) {
        String head = p.text.substring(hs, e);
        if (!(head.endsWith("中学") || head.endsWith("小学") || head.endsWith("学校") || head.endsWith("医院") || head.endsWith("幼儿园")
                || head.endsWith("中") && e - hs == 1)) return false;
        String w = p.word[t];
        for (int i = 0; i < w.length(); i++) if ("第一二三四五六七八九十".indexOf(w.charAt(i)) < 0) return false;
        return true;
    }

    /** A verb whose object is a name (授予|铁道部…, 调往|闻韶派出所, 贯彻执行|国家旅游局): not part of the name. */
    private static boolean takesNamedObject(Passage p, int t) {
        int u = t + 1;
        if (u >= p.size()) return false;
        String n = p.nature[u];
        return n.startsWith("nt") || n.startsWith("ns") || n.startsWith("nr") || n.equals("nis") || NATIONAL.contains(p.word[u]);
    }

    /** The date of a dateline (…15日讯, …18日电, 1994年7月5日): a name never reaches back across it. */
    private static boolean dateline(Passage p, int t) {
        String w = p.word[t];
        if ((w.equals("讯") || w.equals("电")) && t > 0 && p.word[t - 1].equals("日")) return true;
        if (w.length() != 1 || "年月日号".indexOf(w.charAt(0)) < 0 || t == 0) return false;
        return p.is(t - 1, "m");
    }

    /**
     * 中国政府, 辽宁省政府: a place word + 政府 names the place's government; the
     * news NER sets tag the place, not an organisation. 市政府 / 县人民政府 stay.
     */
    private static boolean placeGovernment(Passage p, int s, int hs, int e) {
        if (!p.text.startsWith("政府", hs) || e != hs + 2) return false;
        int t = p.tokenStartingAt(s);
        return t >= 0 && p.end[t] == hs && p.is(t, "ns") && p.len(t) >= 2;
    }

    private static boolean isAnd(String w) {
        return w.equals("与");
    }

    /**
     * Token t is an organisation word of HanLP's dictionaries (organisation
     * recognition is off in the engine's segmenter, so an nt tag comes from a
     * dictionary entry), not a demonstrative or generic form.
     */
    private boolean dictionaryName(Passage p, int t) {
        String w = p.word[t];
        // 该局, 本院: a demonstrative before a bare head; 全国政协 starts with 全 but is a name
        boolean pointer = lex.demonstratives.contains(w.substring(0, 1)) && (w.length() <= 2 || lex.orgSuffixes.contains(w.substring(1)));
        return !HanDict.mostlyNotOrganization(w) && !pointer && !lex.genericPlaces.contains(w);
    }

    /**
     * A name needs something distinctive before its head: a place, a proper or
     * institution word, an administrative prefix. Generic compounds such as
     * 专业合作社 or 应急管理局 alone are kinds of organisation, not names.
     */
    private boolean valid(Passage p, int s, int hs, int e, int headLen, int headTok) {
        if (e - s < 3 && !p.institution(headTok)) return false;
        // a name set in quotes on its own (成立“防汛救灾领导小组”) is that body's name
        if (s > 0 && e < p.length() && p.text.charAt(s - 1) == '“' && p.text.charAt(e) == '”' && e - s >= 4) return true;
        for (int i = s; i < hs; ) {
            int t = p.tokenAt[i];
            if (t < 0) { i++; continue; }
            String n = p.nature[t];
            if (n.startsWith("ns") || n.startsWith("nt") || n.equals("nis") || n.startsWith("nr") || n.equals("nz")
                    || n.equals("j") || n.equals("nx")) return true;
            if (p.len(t) == 1 && !n.equals("n") && !n.equals("vn")) return true;   // brand chars: 钰/g 欣/vg
            char last = p.text.charAt(p.end[t] - 1);
            if ("省市县区州镇乡村".indexOf(last) >= 0 || "省市县区".indexOf(p.text.charAt(p.start[t])) >= 0) return true;
            if (Passage.openBracket(p.text.charAt(i))) return true;
            if (NATIONAL.contains(p.word[t])) return true;   // 国家旅游局, 中央电视台, 全国妇联
            i = p.end[t];
        }
        return false;
    }
}
