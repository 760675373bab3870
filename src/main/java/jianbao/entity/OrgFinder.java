package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Organisation grammar: [place prefix] core head, where the head comes from the
 * suffix lexicon (有限公司, 管理局, 编办…) and the core is read leftwards over
 * content tokens, across short brackets (华信（深圳）科技有限公司), and stops at
 * punctuation, function words, clause verbs, titles and people. HanLP's own
 * organisation recogniser is not used: it fires on many ordinary phrases and
 * breaks names at brackets.
 */
final class OrgFinder implements Recogniser {
    private static final int MAX_LEN = 32;
    /** heads of community and village names, whose cores may be adjectives or verbs (幸福社区, 向阳村) */
    private static final java.util.Set<String> COMMUNITY_HEADS = java.util.Set.of("社区", "村", "小区", "街道", "居委会", "村委会");
    /** national-level words that make a generic core + head a proper name */
    private static final java.util.Set<String> NATIONAL = java.util.Set.of("国家", "中央", "全国", "中华", "中国", "中共");
    /** heads that name a body whatever common words come before them (unlike 局, 中心, 公司) */
    private static final java.util.Set<String> STRONG_HEADS = java.util.Set.of("委员会", "规划署", "理事会", "联合会", "联盟");
    private final Lexicons lex;
    private final PersonFinder persons;

    OrgFinder(Lexicons lex, PersonFinder persons) {
        this.lex = lex;
        this.persons = persons;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public List<Proposal> propose(Passage p) {
        List<Proposal> out = new ArrayList<>();
        for (int[] a : find(p, new BitSet())) out.add(new Proposal(EntityType.ORGANIZATION, a[0], a[1], null, name(), a[2]));
        // a body the list knows by its bare name or short form, on HanLP's word boundaries (居民|建房 holds no 民建)
        for (int t = 0; t < p.size(); t++) {
            int l = lex.knownOrganisations.longestStartingAt(p.text, p.start[t]);
            if (l > 0 && p.boundary(p.start[t] + l)) out.add(new Proposal(EntityType.ORGANIZATION, p.start[t], p.start[t] + l, null, name(), KNOWN));
        }
        return out;
    }

    /** Kinds of evidence (Proposal.kind): which rule read the name. */
    static final int DICTIONARY = 0, PARTY_COMMITTEE = 1, ABBREVIATION = 2, LEVEL_ORGAN = 3, MINISTRY = 4, CONGRESS = 5,
            LEVEL_HEAD = 6, GRAMMAR = 7, BRANCH = 8, DEPARTMENT = 9, CUT_PLACE = 10, PLACED = 11, KNOWN = 12;

    private static int[] kind(int[] span, int kind) {
        return new int[] {span[0], span[1], kind};
    }

    /** Spans {start, end, kind}, outermost only. */
    List<int[]> find(Passage p, BitSet people) {
        String text = p.text;
        List<int[]> spans = new ArrayList<>();
        List<int[]> congresses = new ArrayList<>();
        for (int t = 0; t < p.size(); t++) {
            int e = p.end[t];
            int sl = headEndingAt(p, t);
            // a name HanLP's dictionary lists as an organisation (nt*), whole
            if (p.is(t, "nt") && p.len(t) >= 2 && !people.get(p.start[t]) && dictionaryName(p, t))
                spans.add(new int[] {p.start[t], e, DICTIONARY});
            if (partyCommittee(p, t) && !people.get(p.start[t])) spans.add(new int[] {p.start[t], e, PARTY_COMMITTEE});
            if (abbreviatedBody(p, t) && !people.get(p.start[t])) spans.add(new int[] {p.start[t], e, ABBREVIATION});
            int[] lc = levelCommittee(p, t);
            if (lc != null && !people.get(lc[0])) spans.add(kind(lc, LEVEL_ORGAN));
            int[] m = ministry(p, t);
            if (m != null && !people.get(m[0])) spans.add(kind(m, MINISTRY));
            int[] c = congress(p, t);
            if (c != null && !people.get(c[0])) congresses.add(c);
            if (sl == 0 || weakOrganisationHead(p, t, sl)) continue;
            // 新|门诊|楼, 行政|服务中心|楼: a head before 楼 names the building's use, not a body
            int bu = p.tokenStartingAt(e);
            if (bu >= 0 && p.word[bu].equals("楼")) continue;
            // 镇政府/nis, 乡政府/n: a level character fused with its head, like 市|政府 and 县|法院 cut apart
            String w = p.word[t];
            // (a place before it makes the longer name found below: 城关镇政府)
            if (w.length() >= 3 && "省市县区州镇乡村".indexOf(w.charAt(0)) >= 0 && lex.orgSuffixes.contains(w.substring(1)) && !people.get(p.start[t]))
                spans.add(new int[] {p.start[t], e, LEVEL_HEAD});
            int hs = Math.min(e - sl, p.institution(t) ? p.start[t] : e - sl);
            int s = extendLeft(p, hs, e, people);
            if (s >= 0 && s < hs && (valid(p, s, hs, e, sl, t) || officeOfPerson(p, s, hs, e, t, people)) && !placeGovernment(p, s, hs, e)) spans.add(new int[] {s, e, placed(p, s, hs) ? PLACED : GRAMMAR});
        }
        // 中原银行洛阳分行: a branch named by its place after the parent's name, cut or not (洛阳|分|行为)
        for (int k = 0, n = spans.size(); k < n; k++) {
            int[] b = branch(p, spans.get(k), people);
            if (b != null) spans.add(kind(b, BRANCH));
        }
        // 科学技术部|农村科技司: a department (司) of a ministry named right before it
        for (int t = 0; t < p.size(); t++) {
            int[] d = ministryDepartment(p, t, spans, people);
            if (d != null) spans.add(kind(d, DEPARTMENT));
        }
        // 召|忽|镇党委: a place HanLP cut into single chars before its level character
        for (int k = 0, n = spans.size(); k < n; k++) {
            int s = cutPlaceStart(p, spans.get(k)[0]);
            if (s < spans.get(k)[0] && !people.get(s)) spans.add(new int[] {s, spans.get(k)[1], CUT_PLACE});
        }
        // a congress belongs to the body named right before it (中国民主建国会|第七次全国代表大会)
        for (int[] c : congresses) {
            int s = c[0];
            for (int[] a : spans) if (a[1] == c[0] && a[0] < s) s = a[0];
            spans.add(new int[] {s, c[1], CONGRESS});
        }
        // two readings that overlap without one holding the other (信阳市第一人民医院 and 人民医院|心内科) are one chain: their union
        for (boolean merged = true; merged; ) {
            merged = false;
            for (int[] a : spans)
                for (int[] b : spans)
                    if (a != b && a[0] < b[0] && b[0] < a[1] && a[1] < b[1]) { a[1] = b[1]; b[0] = a[0]; merged = true; }
        }
        // keep only outermost spans: 县减灾委员会 inside 县减灾委员会办公室
        // (two rules may find the same span: 乡纪委 by level and by grammar)
        List<int[]> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int[] a : spans) {
            if (!seen.add((long) a[0] << 32 | a[1])) continue;
            boolean inner = false;
            for (int[] b : spans)
                if (b != a && b[0] <= a[0] && a[1] <= b[1] && (b[1] - b[0]) > (a[1] - a[0])) { inner = true; break; }
            if (!inner) out.add(a);
        }
        return out;
    }

    /**
     * A local party committee named by its level alone (市委, 县委, 镇党委, 团县委),
     * as an actor or as the first half of an office (市委书记, 县委常委).
     */
    private boolean partyCommittee(Passage p, int t) {
        String w = p.word[t];
        if (!p.is(t, "nis") && !p.is(t, "n") && !p.is(t, "j") || w.length() < 2 || w.length() > 4 || !w.endsWith("委")) return false;
        String level = w.startsWith("团") ? w.substring(1) : w;
        if (level.length() < 2 || "省市县区镇乡州地村".indexOf(level.charAt(0)) < 0) return false;
        // 市委书记, 县委常委: the committee inside an office is an organisation too (both news NER sets tag it so)
        String mid = level.substring(1, level.length() - 1);
        return mid.isEmpty() || mid.equals("党");
    }

    /** Last characters of shortened body names: 联盟, 大学, 银行, 科学院, 宣传部, 公约组织, 共产党, 通讯社, 联合体. */
    private static final String ABBREVIATED_HEADS = "盟大行院部约党社体共";

    /**
     * A shortened name of one body (欧盟, 北大, 亚行, 中科院, 中共): HanLP's
     * dictionary knows the word mostly as an abbreviation (j) and its last
     * character is the short form of a body head. Numbered ones (十五大, 三大)
     * are congresses or counts, read elsewhere; kinds of body (纪委, 妇联, 高校)
     * end in other characters.
     */
    private boolean abbreviatedBody(Passage p, int t) {
        String w = p.word[t];
        if (w.length() < 2 || w.length() > 4 || ABBREVIATED_HEADS.indexOf(w.charAt(w.length() - 1)) < 0) return false;
        if (!(p.is(t, "n") || p.is(t, "j") || p.is(t, "nis") || p.is(t, "nz"))) return false;
        if ("第一二三四五六七八九十两百".indexOf(w.charAt(0)) >= 0) return false;
        int[] u = HanDict.abbreviationUses(w);
        return u[0] > 0 && u[0] * 5 >= u[1] * 4;
    }

    /**
     * A ministry's department (司) at token t, written right after its ministry
     * (科学技术部农村科技司, 外交部礼宾司): the ministry's span and the department.
     * The ministry is a span found already or a noun core before a bare 部.
     */
    private int[] ministryDepartment(Passage p, int t, List<int[]> spans, BitSet people) {
        String w = p.word[t];
        if (w.length() < 2 || w.length() > 6 || !w.endsWith("司") || w.endsWith("公司") || !p.nature[t].startsWith("n") || p.is(t, "nr")) return null;
        // the department's own words before 司 (农村|科技司)
        int j = p.start[t];
        for (int k = t - 1; k >= 0 && k >= t - 2 && j >= 1 && p.text.charAt(j - 1) != '部'; k--) {
            if (p.end[k] != j || p.len(k) < 2 || !(p.nature[k].equals("n") || p.nature[k].equals("vn"))) break;
            j = p.start[k];
        }
        if (p.end[t] - j < 3 || j < 3 || p.text.charAt(j - 1) != '部' || people.get(j)) return null;
        for (int[] a : spans) if (a[1] == j && a[1] - a[0] >= 3) return new int[] {a[0], p.end[t]};
        int b = p.tokenAt[j - 1];
        if (b < 0 || p.start[b] != j - 1) return null;   // a bare 部, cut from its core
        int s = extendLeft(p, j - 1, j, people);
        if (s < 0 || j - 1 - s < 2) return null;
        for (int i = s; i < j - 1; ) {
            int u = p.tokenAt[i];
            if (u < 0 || !(p.is(u, "n") || p.is(u, "vn") || p.is(u, "ns"))) return null;
            i = p.end[u];
        }
        return new int[] {s, p.end[t]};
    }

    /** Heads of a branch named after its parent and its place (…银行洛阳分行, …公司郑州分公司). */
    private static final String[] BRANCH_HEADS = {"分公司", "分行", "支行", "分局", "分院", "分社", "分校", "分会"};

    /**
     * The span of a branch: the parent name [s, e) ending in a bank, company or
     * body head, a place word right after it (with its level char), then a branch
     * head, whether HanLP cut it as a word or not (分|行为).
     */
    private int[] branch(Passage p, int[] parent, BitSet people) {
        int e = parent[1];
        if (e - parent[0] < 3) return null;
        int t = p.tokenStartingAt(e);
        if (t < 0 || !p.is(t, "ns") || p.len(t) < 2 || people.get(e)) return null;
        int pe = p.end[t];
        if (pe < p.length() && "省市县区".indexOf(p.text.charAt(pe)) >= 0 && p.tokenStartingAt(pe) >= 0 && p.len(p.tokenStartingAt(pe)) == 1) pe++;
        for (String h : BRANCH_HEADS)
            if (p.text.startsWith(h, pe)) return new int[] {parent[0], pe + h.length()};
        return null;
    }

    /**
     * Start of a name opening at s with a level char (镇, 乡, 县…) that HanLP cut
     * from its place, read as two stray single chars (召|忽|镇): the two chars when
     * a clause boundary or function word comes before them and neither is a
     * function word, a number or a demonstrative; s otherwise.
     */
    private int cutPlaceStart(Passage p, int s) {
        if (s < 2 || "县区镇乡村".indexOf(p.text.charAt(s)) < 0 || !p.boundary(s)) return s;
        int a = p.tokenStartingAt(s - 2), b = p.tokenStartingAt(s - 1);
        if (a < 0 || b < 0 || p.len(a) != 1 || p.len(b) != 1) return s;
        for (int t : new int[] {a, b}) {
            String n = p.nature[t];
            char c = p.text.charAt(p.start[t]);
            if ("wpcurmqfte".indexOf(n.charAt(0)) >= 0 || n.equals("vshi") || n.equals("vyou") || functionChar(c)
                    || lex.demonstratives.contains(String.valueOf(c)) || lex.clauseOpeners.contains(String.valueOf(c))
                    || lex.nameEnders.contains(String.valueOf(c)) || lex.travelVerbChar(c)) return s;
        }
        int before = s - 2;
        if (before > 0) {
            char c = p.text.charAt(before - 1);
            int u = p.tokenEndingAt(before);
            if (!("，。；：、！？“”（）(), ".indexOf(c) >= 0 || u >= 0 && p.functional(u))) return s;
        }
        return before;
    }

    /** Party organs a bare level character names (镇|党委, 站|党委, 厅|党组, 村党支部), also fused with an office (乡|党委书记). */
    private static final String[] LEVEL_ORGANS = {"党工委", "党委", "党组", "纪委", "党支部", "党总支", "团委"};
    private static final String LEVELS = "省市县区镇乡村地州厅局站";

    /**
     * The party organ of one level, written as the level character and the organ
     * starting inside token t (镇|党委, 乡|党委书记). The level character stands
     * alone or ends a word HanLP misread as a name (任乡/nr|党委书记).
     */
    private int[] levelCommittee(Passage p, int t) {
        int j = p.start[t];
        if (j == 0 || LEVELS.indexOf(p.text.charAt(j - 1)) < 0) return null;
        int l = p.tokenAt[j - 1];
        if (l < 0 || p.end[l] != j || !(p.len(l) == 1 || p.is(l, "nr"))) return null;
        for (String h : LEVEL_ORGANS) {
            int e = j + h.length();
            if (!p.text.startsWith(h, j)) continue;
            // the organ ends a word or an office follows it (党委|书记, 党委书记/n)
            if (!(p.boundary(e) || lex.titles.longestStartingAt(p.text, e) > 0)) continue;
            // 白马镇/nr|党委: an official township name HanLP read as a person opens the organ's name
            return new int[] {p.len(l) > 1 && lex.divisions.contains(p.word[l]) ? p.start[l] : j - 1, e};
        }
        return null;
    }

    /**
     * A ministry or department named as one word (人事部, 中组部, 外经贸部) or fused
     * with its minister's office (财政部长 → 财政部), with a country word right
     * before it (美国财政部). Directions (西南部), 干部 and clubs are no ministries.
     */
    private int[] ministry(Passage p, int t) {
        String w = p.word[t];
        int len;
        if (w.length() >= 3 && w.endsWith("部") && (p.nature[t].equals("n") || p.is(t, "nis") || p.is(t, "nt") || p.is(t, "j"))) len = w.length();
        else if (w.length() >= 4 && w.endsWith("部长") && p.nature[t].equals("nnt") && !w.startsWith("副")) len = w.length() - 1;
        else return null;
        String core = w.substring(0, len - 1);
        // generic department heads (宣传部, 组织部) alone name no one body; 对外贸易|经济|合作部 is cut, not a name
        if (len == w.length() && lex.orgSuffixes.contains(w)) return null;
        if (t > 0 && p.end[t - 1] == p.start[t] && java.util.Set.of("n", "vn", "nz", "j", "gi").contains(p.nature[t - 1])) return null;
        if (core.endsWith("干") || core.endsWith("乐") || core.endsWith("支") || core.endsWith("半") || core.endsWith("结合") || core.chars().allMatch(ch -> "东南西北中上下内外前后全总本分局".indexOf(ch) >= 0)) return null;
        int s = p.start[t];
        if (t > 0 && p.end[t - 1] == s && p.is(t - 1, "ns") && p.len(t - 1) >= 2) s = p.start[t - 1];
        return new int[] {s, p.start[t] + len};
    }

    /**
     * A numbered congress or session: [body] 第N届/第N次 [全国|中央] [人民] 代表大会 /
     * 委员会 / 常务委员会 (九三学社第七次全国代表大会, 政协第八届全国委员会), and the
     * party-congress short form [中共] N大 for N from 十一 on (十五大, 中共十五大).
     */
    private int[] congress(Passage p, int t) {
        String text = p.text;
        String w = p.word[t];
        if (w.length() >= 3 && w.endsWith("大") && (p.is(t, "n") || p.is(t, "nz") || p.is(t, "j")) && ordinalAbove10(w.substring(0, w.length() - 1))) {
            if (t > 0 && p.word[t - 1].equals("第")) return null;   // 第十一大湖: a rank
            return new int[] {bodyBefore(p, t), p.end[t]};
        }
        // 党的二十大, 中共十九大: the segmenter cuts the number off (十九/m 大/a)
        if (p.is(t, "m") && ordinalAbove10(w) && t + 1 < p.size() && p.word[t + 1].equals("大") && p.start[t + 1] == p.end[t]
                && (t > 0 && p.word[t - 1].equals("中共") || t > 1 && p.word[t - 1].equals("的") && p.word[t - 2].equals("党")))
            return new int[] {bodyBefore(p, t), p.end[t + 1]};
        if (!w.equals("第") && !(w.startsWith("第") && p.is(t, "m"))) return null;
        int i = p.start[t] + 1;
        int n0 = i;
        while (i < text.length() && "一二三四五六七八九十零〇".indexOf(text.charAt(i)) >= 0) i++;
        if (i == n0 || i >= text.length() || "届次".indexOf(text.charAt(i)) < 0) return null;
        i++;
        for (String lvl : new String[] {"全国", "中央"}) if (text.startsWith(lvl, i)) { i += lvl.length(); break; }
        if (text.startsWith("人民", i)) i += 2;
        int e = -1;
        for (String h : new String[] {"代表大会常务委员会", "代表大会", "党代会", "人大常委会", "人大", "常务委员会", "委员会", "常委会"})
            if (text.startsWith(h, i)) { e = i + h.length(); break; }
        if (e < 0 || e - p.start[t] < 6) return null;
        int s = bodyBefore(p, t);
        // 市第十六次代表大会, 县第十五次党代会: the level of a local congress
        if (s == p.start[t] && t > 0 && p.end[t - 1] == s && p.len(t - 1) == 1 && "省市县区镇乡".indexOf(p.word[t - 1].charAt(0)) >= 0)
            s = p.start[t - 1];
        return new int[] {s, e};
    }

    /**
     * Start of the body named right before a congress at token t: organisation,
     * institution and abbreviation words (九三学社, 政协, 民建, 中共), with a
     * country word before them (中国|致公党); t's own start when there is none.
     */
    private int bodyBefore(Passage p, int t) {
        int s = p.start[t];
        int u = t - 1;
        // a bare head (委员会, 促进会) is the tail of a longer name, joined only when that name was found whole
        if (u >= 0 && p.end[u] == s && p.len(u) >= 2 && !(p.len(u) >= 3 && lex.orgSuffixes.contains(p.word[u])) && (p.nature[u].startsWith("nt") || p.is(u, "nis") || p.is(u, "j") || p.is(u, "nz")
                || p.word[u].equals("中共"))) {
            s = p.start[u];
            if (u > 0 && p.end[u - 1] == s && (p.is(u - 1, "ns") || NATIONAL.contains(p.word[u - 1]))) s = p.start[u - 1];
        }
        return s;
    }

    /** 十一 … 九十九 written in Chinese numerals. */
    private static boolean ordinalAbove10(String n) {
        if (n.length() < 2 || n.length() > 3) return false;
        for (int i = 0; i < n.length(); i++) if ("一二三四五六七八九十".indexOf(n.charAt(i)) < 0) return false;
        return n.indexOf('十') >= 0 && !n.endsWith("十") || n.length() == 2 && n.charAt(1) == '十' && n.charAt(0) != '一';
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

    /**
     * 组织 heads a name only as a noun after a content word (北大西洋公约组织); after
     * another body (商会组织, 基金会组织) it is a plain word, and it is a verb before
     * 了/着/过, a role or, after plain words only, an object (县里组织|干部…).
     */
    private boolean weakOrganisationHead(Passage p, int t, int sl) {
        if (sl != 2 || !p.word[t].equals("组织")) return false;
        if (!p.nature[t].equals("n") || t == 0 || p.institution(t - 1) || headEndingAt(p, t - 1) > 0) return true;
        if (t + 1 >= p.size()) return false;
        String next = p.nature[t + 1];
        if (next.startsWith("u") && !next.equals("ude1") || next.equals("nnt")) return true;
        if (!next.equals("n") && !next.equals("vn")) return false;
        // an object follows: only a coined word (亚太|经合, 非统) still makes 组织 a name
        for (int k = t - 1; k >= 0 && k >= t - 4 && !p.functional(k); k--)
            if (p.is(k, "j") || p.is(k, "b") || p.is(k, "nz") || p.is(k, "nt")) return false;
        return true;
    }

    /** Start of the name whose head starts at hs, or -1 when a demonstrative opens it. */
    private int extendLeft(Passage p, int hs, int e, BitSet people) {
        String text = p.text;
        int i = hs, memberEnd = hs;
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
            if (isAnd(w) || w.equals("和")) {
                // 行政审批与大数据管理局: 与 joins two nouns inside one name, but not two names or a person
                int l = p.tokenAt[Math.max(0, p.start[t] - 1)];
                // 待遇与|公司, 市场与|政府: right before the bare head it joins two things, not two nouns of one core
                // (文化广电和|旅游局: a head word holding its own noun core is a conjunct, where a level opens the name)
                if (i == hs && !(w.equals("和") && e - hs >= 3 && p.tokenStartingAt(hs) >= 0 && p.end[p.tokenStartingAt(hs)] == e)) break;
                if (p.start[t] == 0 || l < 0 || !(p.is(l, "n") || p.is(l, "vn") || p.is(l, "gi")) || p.institution(l)
                        || headEndingAt(p, l) > 0 || people.get(p.start[t] - 1)) break;
                // 市住房和城乡建设局: 和 as well, only inside a name its level opens right before the first noun
                // (市委和市政府, 居民和县…局 are two)
                if (w.equals("和") && !levelOpened(p, l, i, hs)) break;
                i = p.start[t];
                continue;
            }
            // 该公司 / 该产业园…有限公司 refer back to a name; they are not one
            if (lex.demonstratives.contains(w) || lex.demonstratives.contains(w.substring(0, 1)) && p.is(t, "r")) return -1;
            // 北京九十中学, 第五中学, 第一人民医院: an ordinal inside a school or hospital name
            if ((p.is(t, "m") || p.is(t, "mq")) && numbered(p, t, hs, e)) { i = p.start[t]; continue; }
            // 市青年志愿者协会, 律师协会: a role noun right before the head names the members
            if (p.nature[t].equals("nnt") && p.end[t] == memberEnd && p.len(t) >= 2 && "者师工生人家".indexOf(w.charAt(w.length() - 1)) >= 0) {
                i = memberEnd = p.start[t];
                continue;
            }
            // 县纪委|监委: two bodies of one office named together, the first one a committee word HanLP tags as a role
            if (p.end[t] == hs && i == hs && w.length() == 2 && w.endsWith("委") && p.text.charAt(e - 1) == '委' && e - hs == 2) {
                i = p.start[t];
                continue;
            }
            if (p.functional(t) || p.nature[t].equals("nnt") || lex.clauseOpeners.contains(w)) break;
            // 居民委员会, 村民委员会: a group noun right before the head names the members, not an office
            boolean members = p.end[t] == memberEnd && p.is(t, "n") && p.len(t) >= 2;
            if (members) memberEnd = p.start[t];   // 青年|志愿者|协会: members named by two nouns
            if (!members && (lex.titles.contains(w) || persons.titleEndingAt(p, p.end[t]) == p.len(t) && p.len(t) > 1)) break;
            // 幸福|社区, 向阳|社区, 团结|村: an adjective or verb naming a community or village
            boolean community = t + 1 < p.size() && COMMUNITY_HEADS.contains(p.word[t + 1]);
            // 县|招商引资|服务中心, 疾病|预防|控制中心: a set phrase, or a verb after its noun object, right before the head
            if (p.end[t] == hs && (p.len(t) == 4 && (p.is(t, "l") || p.is(t, "vl"))
                    || p.verb(t) && p.len(t) == 2 && nominalVerb(w) && t > 0 && p.end[t - 1] == p.start[t] && p.nature[t - 1].equals("n") && p.len(t - 1) >= 2 && headEndingAt(p, t - 1) == 0)) {
                i = p.start[t];
                continue;
            }
            if (p.len(t) > 1 && !community && (p.is(t, "f") || p.is(t, "a") || p.is(t, "z") || p.is(t, "l")
                    || p.verb(t) && (takesNamedObject(p, t) || !persons.verbInsideName(p, t) || clauseVerb(w)))) break;
            // 会议上|全国人大常委会, 在|上|中学: a one-char locative ends a phrase (compass chars are place
            // short forms: 美中|贸易…, 美西|分会)
            if (p.len(t) == 1 && p.is(t, "f") && "上下内外里前后间".indexOf(w.charAt(0)) >= 0) break;
            if (dateline(p, t) || w.equals("讯") || w.equals("本报讯")) break;
            // 航线|阿根廷航空公司, 农家女|甘肃省…: a name opens with its place; a common noun before the place is the sentence's
            int r = p.tokenStartingAt(i);
            // (not an organisation before its local branch: 国家税务总局|洛阳市|税务局, 中国|移动|洛阳|分公司)
            if (r >= 0 && p.is(r, "ns") && p.len(r) >= 2 && p.len(t) >= 2 && java.util.Set.of("n", "vn", "i").contains(p.nature[t])
                    && !p.institution(t) && !NATIONAL.contains(w) && "省市县区州镇乡村".indexOf(w.charAt(w.length() - 1)) < 0
                    && lex.orgSuffixes.longestEndingAt(w, w.length(), 0) == 0
                    && !(t > 0 && p.end[t - 1] == p.start[t] && (p.is(t - 1, "ns") || NATIONAL.contains(p.word[t - 1])))) break;
            i = p.start[t];
        }
        // a leading bracket or one-char verb belongs to the sentence, not the name (获|县政府, 应|中国…学会,
        // 继|马赛总领事馆: a verb morpheme before a proper word)
        while (i < hs) {
            int t = p.tokenStartingAt(i);
            int u = p.tokenAt[i];
            if (Passage.openBracket(text.charAt(i)) || Passage.closeBracket(text.charAt(i))) i++;
            else if (t >= 0 && p.len(t) == 1 && (p.verb(t) || p.is(t, "vg") && t + 1 < p.size() && properWord(p, t + 1)) && p.end[t] <= hs) i = p.end[t];
            // 向乡/nr|纪委: HanLP glued a preposition or pronoun to the name's first word and read a person there
            else if (u >= 0 && p.is(u, "nr") && functionChar(text.charAt(i))) i++;
            else break;
        }
        return i;
    }

    /**
     * The name read by the grammar opens with a place or a level char (县|人民政府,
     * 洛阳市|税务局, 市|住房和城乡建设局): a body the place opens, the grammar's
     * most exact shape.
     */
    private static boolean placed(Passage p, int s, int hs) {
        int t = p.tokenStartingAt(s);
        if (t < 0 || p.end[t] > hs) return false;
        return p.is(t, "ns") && p.len(t) >= 2 || p.len(t) == 1 && "省市县区州镇乡村".indexOf(p.word[t].charAt(0)) >= 0;
    }

    private static boolean properWord(Passage p, int t) {
        return p.is(t, "ns") || p.is(t, "nt") || p.is(t, "nr") || p.is(t, "nz");
    }

    /** A character HanLP's dictionary knows mostly as a preposition, conjunction, pronoun or 是 (向, 于, 那). */
    private static boolean functionChar(char c) {
        if (c == '是') return true;   // listed as a plain verb
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(String.valueOf(c));
        if (a == null || a.nature.length == 0 || a.nature[0] == null) return false;
        String n = a.nature[0].toString();
        return "pcru".indexOf(n.charAt(0)) >= 0;
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

    /**
     * A verb HanLP's dictionary knows mostly as a clause verb, rarely as a noun
     * (尊重, 设立, 加上): it governs the name, while the verbs names are made of
     * are nominal (管理, 开发, 审批, 救助).
     */
    private static boolean clauseVerb(String w) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (a == null) return false;
        int v = 0, vn = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i] == null) continue;
            String n = a.nature[i].toString();
            if (n.equals("v")) v += a.frequency[i];
            else if (n.equals("vn") || n.equals("n")) vn += a.frequency[i];
        }
        return v > 4 * vn;
    }

    /** A verb HanLP's dictionary also lists as a noun use (预防/vn, 监测/vn), not only as a clause verb (传到). */
    private static boolean nominalVerb(String w) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (a == null) return false;
        for (int i = 0; i < a.nature.length; i++) if (a.nature[i] != null && a.nature[i].toString().equals("vn")) return true;
        return false;
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

    /**
     * The noun at token l, left of a 和 inside a name ending before pos, is opened
     * by a level character or place right before it (市|住房, 省|交通): the name's start.
     */
    private static boolean levelOpened(Passage p, int l, int pos, int hs) {
        int k = l - 1;
        if (k < 0 || p.end[k] != p.start[l]) return false;
        // a left conjunct of two nouns (县|人力|资源|和…, 县|文化|广电|和…)
        if (k > 0 && p.nature[k].equals("n") && p.len(k) == 2 && p.end[k - 1] == p.start[k]
                && (p.is(k - 1, "ns") || p.len(k - 1) == 1 && "省市县区州".indexOf(p.word[k - 1].charAt(0)) >= 0)) k--;
        // the right conjunct opens no name of its own (市委和|市政府, 居民和|县…)
        int r = p.tokenStartingAt(pos);
        boolean headWord = r >= 0 && p.start[r] == hs && p.len(r) >= 3 && p.institution(r);   // 和|旅游局/nis
        if (r < 0 || !(p.nature[r].equals("n") || p.nature[r].equals("vn") || headWord) || p.len(r) < 2 || p.end[r] > hs && !headWord || "省市县区州镇乡村".indexOf(p.text.charAt(pos)) >= 0 || p.len(l) < 2) return false;
        String w = p.word[k];
        return p.is(k, "ns") || "省市县区州镇乡".indexOf(w.charAt(w.length() - 1)) >= 0 && (p.len(k) == 1 || p.is(k, "ns"));
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
     * 国际足联主席李四: a body named before an office that a person holds is that
     * person's organisation, even when its words are common ones. Only an
     * institution word (足联/nis) or a strong head counts, of three chars or more.
     */
    private boolean officeOfPerson(Passage p, int s, int hs, int e, int headTok, BitSet people) {
        if (e - s < 4 || !(p.institution(headTok) || STRONG_HEADS.contains(p.text.substring(hs, e)))) return false;
        int tl = lex.titles.longestStartingAt(p.text, e);
        return tl > 0 && e + tl < p.length() && (people.get(e + tl) || persons.parseName(p, e + tl) > 0 || persons.looseName(p, e + tl) > 0);
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
            if (abbreviatedBody(p, t)) return true;   // 欧盟|委员会, 中科院|水生生物研究所
            i = p.end[t];
        }
        // 联邦贸易委员会, 国际游泳联合会: a long name of common words before a body head is still one body;
        // so is a ministry fused with its last word (对外贸易|经济|合作部)
        return e - s >= 6 && (STRONG_HEADS.contains(p.text.substring(hs, e)) || p.text.charAt(e - 1) == '部' && p.institution(headTok) && p.len(headTok) >= 3);
    }
}
