package jianbao.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import jianbao.typography.Typography;

/**
 * Place grammar on top of HanLP's place tags: a place word plus a following
 * 街道/社区/镇 head is one place; village and town names (X村, X镇, X乡) are
 * rebuilt whole from the pieces HanLP cuts them into (李家|庄村 → 李家庄村); a
 * word that can be a place and sits in a 、-list with a place (甲、乙等地) is a
 * place too. One-character abbreviations (中美两国, 访华, 在京, 中方) are a
 * place each. Places inside organisation names or person names are not places
 * of their own.
 * <p>Local places: a street office, community or street head standing as its
 * own token takes the proper-name pieces before it (龙翔|街道, 许衡|社区,
 * 中原|路); an ordinary word (向阳, 幸福, 红旗) is a core only where the text
 * gives a place (right after a higher-level place, listed after one, after a
 * verb of residence). A head HanLP cut off is taken back (李家庄|村, 和平街|道),
 * and a district cut into pieces right before a lower-level place is rebuilt
 * (中|站区|龙翔街道). A place and a development-zone kind name that zone (洛阳|高新区).
 */
final class PlaceFinder implements Recogniser {
    private static final String VILLAGE_HEADS = "村镇乡庄寨屯";
    /** village heads that also end village cores (王屯|乡, 李庄|镇): one char of them may sit inside a core */
    private static final String CORE_HEADS = "庄寨屯";
    /** whole-token heads of street offices, communities and streets (龙翔|街道, 许衡|社区, 中原|路) */
    private static final java.util.Set<String> WORD_HEADS = java.util.Set.of("街道", "社区", "大街", "大道", "路", "街",
            "东路", "西路", "南路", "北路", "中路");
    /** the last chars of all those heads */
    private static final String HEAD_ENDS = VILLAGE_HEADS + "道区街路";
    /** of those, the heads whose cores never take a one-char piece (马|路, 上|街 are words) */
    private static final java.util.Set<String> STREET_HEADS = java.util.Set.of("大街", "大道", "路", "街", "东路", "西路", "南路", "北路", "中路");
    /** numerals that open village and street-office names (五里源, 三里屯) */
    private static final String NUMERALS = "一二三四五六七八九十百千";
    /** words joining listed places (团结村、红旗村和胜利村) */
    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of("、", "和", "与", "及", "同", "跟");
    private static final int MAX_CORE = 4;
    /** heads after an abbreviation naming a party or its people: 中方, 华侨, 港人, 台商 */
    private static final String PARTY_HEADS = "方侨裔胞商资军企籍人";
    private final Lexicons lex;
    private final DivisionNames divisions;

    PlaceFinder(Lexicons lex, DivisionNames divisions) {
        this.lex = lex;
        this.divisions = divisions;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public List<Proposal> propose(Passage p) {
        return find(p, new BitSet(), new BitSet());
    }

    /** Kinds of evidence (Proposal.kind): which rule read the name. */
    static final int DIVISION = 0, VILLAGE = 1, FEATURE = 2, HANLP_PLACE = 3, HEADED = 4, STREET = 5, PEOPLE_WORD = 6,
            LISTED = 7, ABBREVIATION = 8, LEVEL_ABOVE = 9;

    private Proposal place(Passage p, int s, int e, int kind) {
        return new Proposal(EntityType.PLACE, s, e, null, name(), kind);
    }

    /** A place read at a token: its span, the rule that read it, and whether it is a natural feature. */
    private record Reading(int[] span, int kind, boolean feature) {}

    List<Proposal> find(Passage p, BitSet people, BitSet orgs) {
        List<Proposal> out = new ArrayList<>();
        int lastEnd = 0;
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t];
            if (people.get(s) || orgs.get(s)) continue;
            Proposal prev = out.isEmpty() ? null : out.get(out.size() - 1);
            int d = divisions.end(p, s);
            if (d > 0 && (people.get(s, d).cardinality() > 0 || orgs.get(s, d).cardinality() > 0)) d = -1;
            Reading r = d > 0 ? new Reading(new int[] {s, d}, DIVISION, false) : reading(p, t, lastEnd, prev, people, orgs);
            if (r == null) {
                int last = abbreviations(p, t, people, orgs, out);
                if (last >= 0) {
                    lastEnd = p.end[last];
                    t = last;
                }
                continue;
            }
            int[] span = r.span();
            if (orgs.get(span[0], span[1]).cardinality() > 0 || people.get(span[0], span[1]).cardinality() > 0) continue;
            lastEnd = take(p, r, d, prev, people, orgs, out);
            t = p.tokenAt[lastEnd - 1];
        }
        return out;
    }

    /** Adds the place read (and the level above it, or an official name inside it); returns where it ends. */
    private int take(Passage p, Reading r, int d, Proposal prev, BitSet people, BitSet orgs, List<Proposal> out) {
        int[] span = r.span();
        if (d < 0 && !r.feature()) span[1] = headAfter(p, span[1], orgs, people);   // an official name is whole already
        // 中|站区|龙翔街道: the district a town or street office is named under, cut by HanLP
        int[] upper = r.feature() ? null : levelAbove(p, span[0], prev, people, orgs);
        if (upper != null) out.add(place(p, upper[0], upper[1], LEVEL_ABOVE));
        out.add(place(p, span[0], span[1], r.kind()));
        // 郸城|县城|关镇: an official name ending inside HanLP's token, the next level's name starting there
        if (d > 0 && !p.boundary(span[1])) {
            int d2 = divisions.end(p, span[1]);
            if (d2 > 0) {
                out.add(place(p, span[1], d2, DIVISION));
                span[1] = d2;
            }
        }
        return span[1];
    }

    /** The place a rule reads at token t, where no official division name starts; null for none. */
    private Reading reading(Passage p, int t, int lastEnd, Proposal prev, BitSet people, BitSet orgs) {
        int s = p.start[t], e = p.end[t];
        boolean villageHere = villageHead(p, t);
        int[] span = villageHere ? village(p, t, lastEnd, prev) : null;
        if (span == null) span = villageAhead(p, t, lastEnd, prev);
        if (span != null) return new Reading(span, villageHere ? VILLAGE : DIVISION, false);
        span = feature(p, t, prev, people, orgs);
        // 天安门广场/nz: a proper word HanLP keeps whole with its feature kind
        if (span == null && (p.is(t, "nz") || p.is(t, "nrf")) && featureWord(p.word[t], featureContext(p, s, e, prev))) span = new int[] {s, e};
        // 岷江/nz after 沿着: a two-char proper word ending in a feature kind, where the text gives a place
        if (span == null && p.len(t) == 2 && (p.is(t, "nz") || p.is(t, "nr")) && lex.featureHeads.contains(p.word[t].substring(1))
                && oneCharCoreChar(p.word[t].charAt(0)) && featureContext(p, s, e, prev)) span = new int[] {s, e};
        if (span != null) return new Reading(span, FEATURE, true);
        if (p.is(t, "ns") && placeWord(p.word[t])) return new Reading(hanlpPlace(p, t, prev), HANLP_PLACE, false);
        if (!p.is(t, "ns") && p.is(t, "n") && headedPlace(p.word[t])) return new Reading(new int[] {s, e}, HEADED, false);
        // 新华街/nz: a street name HanLP knows as a proper word
        if (p.is(t, "nz") && streetWord(p.word[t])) return new Reading(new int[] {s, e}, STREET, false);
        // 中国人, 北京人: a people word built on a place names the place
        if (p.len(t) >= 3 && p.word[t].endsWith("人") && p.nature[t].startsWith("n")
                && HanDict.place(p.word[t].substring(0, p.len(t) - 1)) && placeWord(p.word[t].substring(0, p.len(t) - 1))) {
            return new Reading(new int[] {s, e - 1}, PEOPLE_WORD, false);
        }
        if (prev != null && listedWithPlace(p, t, prev)) return new Reading(new int[] {s, e}, LISTED, false);
        return null;
    }

    /** 安阳|城|街道, 黄庄|镇: a lower-level head within the next two tokens takes token t into its name. */
    private int[] villageAhead(Passage p, int t, int lastEnd, Proposal prev) {
        for (int u = t + 1; u <= t + 2 && u < p.size(); u++) {
            if (p.functional(u - 1) && u - 1 > t || !villageHead(p, u)) continue;
            int[] v = village(p, u, lastEnd, prev);
            if (v != null && v[0] <= p.start[t]) return v;
        }
        return null;
    }

    /** A place HanLP tagged (ns), with the rare pieces before it and the head after it that belong to it. */
    private int[] hanlpPlace(Passage p, int t, Proposal prev) {
        int s = p.start[t], e = p.end[t];
        int[] span = {s, e};
        // 喀/b|喇/x|昆仑山/ns: rare one-char pieces HanLP left before a feature name open it
        if (lex.featureHeads.contains(p.word[t].substring(p.len(t) - 1))) {
            int i = s, k = t - 1;
            while (k >= 0 && s - p.start[k] <= 2 && p.len(k) == 1 && (p.is(k, "x") || p.is(k, "b") || p.is(k, "g"))
                    && oneCharCoreChar(p.word[k].charAt(0)) && (prev == null || prev.end() <= p.start[k])) i = p.start[k--];
            if (i < s && (k < 0 || p.functional(k) || p.verb(k))) span[0] = i;
        }
        // 文昌 + 街道: the head belongs to the name
        int u = t + 1;
        if (u < p.size() && p.start[u] == e && (lex.placeSuffixes.contains(p.word[u]) || STREET_HEADS.contains(p.word[u]))
                && !(p.word[u].equals("地区") && HanDict.place(p.word[t]))) span[1] = p.end[u];   // 北京|地区: the area around 北京
        // 洛阳|高新区, 苏州|新区: a place and a kind of development zone name that zone
        else if (u < p.size() && p.start[u] == e && lex.zoneHeads.contains(p.word[u])) span[1] = p.end[u];
        return span;
    }

    private boolean placeWord(String w) {
        return w.length() >= 2 && !lex.genericPlaces.contains(w) && !lex.demonstratives.contains(w.substring(0, 1))
                && !Character.isDigit(w.charAt(0)) && ("一二三四五六七八九十两几多".indexOf(w.charAt(0)) < 0 || numeralPlace(w));
    }

    /** 四川, 九江, 十堰: a place HanLP's dictionary lists only as a place, though it opens with a numeral (not 三省, 两岸). */
    private static boolean numeralPlace(String w) {
        // 四国, 三环: a numeral and a counted unit, though the dictionary lists a place so named
        if (w.length() == 2 && "国省市县区地方岸环桥路江河山".indexOf(w.charAt(1)) >= 0) return false;
        return w.length() >= 2 && HanDict.place(w) && HanDict.onlyNatures(w, "ns");
    }

    /** 香港特别行政区/n, 香港特区/n: a place and a two-char administrative head that HanLP keeps as one common noun. */
    private boolean headedPlace(String w) {
        for (int k = 2; k <= w.length() - 2; k++) {
            String head = w.substring(w.length() - k), core = w.substring(0, w.length() - k);
            if (lex.placeSuffixes.contains(head) && !head.equals("地区") && HanDict.place(core) && placeWord(core)) return true;
        }
        return false;
    }

    /**
     * The end of a place ending at e, with a head HanLP cut off: 李家庄|村 (a
     * village named after its hamlet), 和平街|道 (a street office).
     */
    private int headAfter(Passage p, int e, BitSet orgs, BitSet people) {
        int u = p.tokenStartingAt(e);
        if (u < 0 || p.len(u) != 1 || orgs.get(e) || people.get(e)) return e;
        char last = p.text.charAt(e - 1), next = p.text.charAt(e);
        if (next == '村' && p.is(u, "n") && "村镇乡区县市省".indexOf(last) < 0) return e + 1;
        if (next == '道' && last == '街' && !p.is(u, "n") && e - p.start[p.tokenAt[e - 1]] >= 3) return e + 1;
        return e;
    }

    /**
     * 中|站区 right before 龙翔街道: a district, county or town HanLP cut into
     * pieces, named right before a lower-level place. One token ending with the
     * level head, with at most one one-char piece before it; nothing when a
     * place was already found there or the word is generic (城区, 全县).
     */
    private int[] levelAbove(Passage p, int s, Proposal prev, BitSet people, BitSet orgs) {
        if (prev != null && prev.end() == s) return null;
        int k = p.tokenEndingAt(s);
        if (k < 0 || p.functional(k) || p.len(k) > 3) return null;
        String w = p.word[k];
        if ("区县市镇乡".indexOf(w.charAt(w.length() - 1)) < 0 || !(p.is(k, "n") || p.is(k, "ns") || p.is(k, "nr") || p.is(k, "nz"))) return null;
        int i = p.start[k];
        if (p.len(k) == 1) return null;
        int j = p.tokenEndingAt(i);
        if (j >= 0 && p.len(j) == 1 && p.len(k) == 2 && !p.functional(j) && !p.is(j, "v") && !p.is(j, "w")
                && Typography.isHan(p.word[j].charAt(0))
                && lex.placeSuffixes.longestStartingAt(p.word[j], 0) == 0 && !lex.demonstratives.contains(p.word[j])
                && (prev == null || prev.end() <= p.start[j])) i = p.start[j];
        else if (!p.is(k, "ns")) return null;   // 站区 alone is not a name; 中|站区 is
        String name = p.text.substring(i, s);
        if (lex.genericPlaces.contains(name) || lex.genericPlaces.contains(w) || !placeWord(name)
                || people.get(i, s).cardinality() > 0 || orgs.get(i, s).cardinality() > 0) return null;
        return new int[] {i, s};
    }

    /**
     * 新华街: a proper-name core (新华/nz) and a street head, in one word the
     * core dictionary does not list (万宝路/nz is a brand there; 新思路 has no
     * proper core).
     */
    private boolean streetWord(String w) {
        if (CoreDictionary.get(w) != null) return false;
        for (String h : STREET_HEADS) {
            if (!w.endsWith(h) || w.length() - h.length() < 2) continue;
            String core = w.substring(0, w.length() - h.length());
            CoreDictionary.Attribute a = CoreDictionary.get(core);
            if (a == null || !placeWord(core) || lex.genericPlaces.contains(w)) return false;
            for (Nature n : a.nature) if (n != null && (n.startsWith("ns") || n.startsWith("nz") || n.startsWith("nr"))) return true;
            return false;
        }
        return false;
    }

    /** Token t ends with a village/town head: 村 alone, or a tagged word such as 庄村/ns, 宁X镇/nr. */
    private boolean villageHead(Passage p, int t) {
        String w = p.word[t];
        char last = w.charAt(w.length() - 1);
        if (HEAD_ENDS.indexOf(last) < 0) return false;   // asked of every token: most end in no head's char
        if (WORD_HEADS.contains(w)) return true;
        if (VILLAGE_HEADS.indexOf(last) < 0 && !w.endsWith("街道") && !w.endsWith("社区")) return false;
        return w.length() == 1 ? p.is(t, "n") : (p.is(t, "ns") || p.is(t, "nr")) && !lex.genericPlaces.contains(w);
    }

    /** The whole village name ending with token t, reading back over short pieces; null if no core. */
    private int[] village(Passage p, int t, int floor, Proposal prev) {
        int e = p.end[t];
        String head = p.word[t];
        boolean street = STREET_HEADS.contains(head);
        int headLen = WORD_HEADS.contains(head) ? head.length() : head.endsWith("街道") || head.endsWith("社区") ? 2 : 1;
        int coreEnd = e - headLen;
        int i = p.start[t] < coreEnd ? p.start[t] : coreEnd;
        while (i > floor && coreEnd - i < MAX_CORE) {
            int k = p.tokenAt[i - 1];
            if (k < 0) break;
            String w = p.word[k];
            boolean piece = p.len(k) == 1
                    ? !street && !p.is(k, "w") && !p.is(k, "m") && !p.is(k, "q") && !p.is(k, "r") && !p.is(k, "p") && !p.is(k, "c") && !p.is(k, "u")
                      && Typography.isHan(w.charAt(0))
                      && !lex.clauseOpeners.contains(w) && !lex.demonstratives.contains(w)
                      && (VILLAGE_HEADS.indexOf(w.charAt(0)) < 0 || CORE_HEADS.indexOf(w.charAt(0)) >= 0)
                      && (lex.placeSuffixes.longestStartingAt(w, 0) == 0 || CORE_HEADS.indexOf(w.charAt(0)) >= 0)
                    : (p.is(k, "nr") || p.is(k, "ns") || p.is(k, "nz")) && !higherLevel(w) && (!villageHead(p, k) || i == coreEnd && nestedHead(p, k, head))
                      || i == coreEnd && p.len(k) == 2 && commonCore(p, k) && placeContext(p, k, prev);
            // 五|里|源|乡: a numeral opening the core, not next to the head
            if (!piece && p.len(k) == 1 && p.is(k, "m") && NUMERALS.indexOf(w.charAt(0)) >= 0 && coreEnd - i >= 2 && !street) piece = true;
            if (!piece || coreEnd - p.start[k] > MAX_CORE) break;
            // 西虢镇|莫 of the token 虢镇莫: the name before ends inside HanLP's token, this one starts there
            if (p.start[k] < floor) { i = floor; break; }
            i = p.start[k];
            if (!(p.is(k, "nr") || p.is(k, "ns") || p.is(k, "nz") || p.len(k) == 1)) break;   // 向阳 街道: a word core is the whole core
        }
        String name = p.text.substring(i, e);
        boolean numbered = coreEnd - i >= 3 && NUMERALS.indexOf(name.charAt(0)) >= 0;
        // 淮阳区|四通/nz|镇: a proper core opening with a numeral, a town right after the place above it
        boolean numeralTown = coreEnd - i == 2 && (head.equals("镇") || head.equals("乡")) && prev != null && prev.end() == i
                && p.tokenStartingAt(i) >= 0 && p.end[p.tokenStartingAt(i)] == coreEnd && (p.is(p.tokenStartingAt(i), "nz") || p.is(p.tokenStartingAt(i), "ns"));
        if (coreEnd - i < 2 || lex.genericPlaces.contains(name) || !(numbered ? placeWord(name.substring(1)) : placeWord(name) || numeralTown)) return null;
        if (numbered && i > 0 && "第每各这那".indexOf(p.text.charAt(i - 1)) >= 0) return null;
        if (street && cutBefore(p, i)) return null;   // 特|维尔|大街: the name starts further left
        return new int[] {i, e};
    }

    /** A one-char content piece (特/ag, 弗/dg) sits right before i: a name would start in it. */
    private static boolean cutBefore(Passage p, int i) {
        int j = p.tokenEndingAt(i);
        if (j < 0 || p.len(j) != 1 || !Typography.isHan(p.word[j].charAt(0))) return false;
        String n = p.nature[j];
        if (n.equals("dg") || n.equals("ag") || n.equals("ng") || n.equals("b")) return true;
        return !(p.functional(j) || p.is(j, "v") || p.is(j, "f") || p.is(j, "a") || p.is(j, "d"));
    }

    /** 温县, 林州市: a county-level or higher place is named before a village, never inside its name. */
    private static boolean higherLevel(String w) {
        return w.length() >= 2 && "省市县区州旗盟".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** 朱村|社区, 黄庄|镇: a village named before a community, a hamlet before a town or village head. */
    private static boolean nestedHead(Passage p, int k, String head) {
        char last = p.word[k].charAt(p.len(k) - 1);
        if (head.equals("社区")) return "村庄寨屯".indexOf(last) >= 0;
        return head.length() == 1 && "村镇乡".indexOf(head.charAt(0)) >= 0 && CORE_HEADS.indexOf(last) >= 0;
    }

    /** 向阳/vi, 幸福/a, 红旗/n: an ordinary word that names communities, villages and streets. */
    private boolean commonCore(Passage p, int k) {
        String n = p.nature[k];
        // not transitive verbs (推行|乡、村) nor distinguishing words (主要|街道)
        // a place word too (云台山镇|岸上/s|村)
        return (n.equals("a") || n.equals("an") || n.equals("vi") || n.equals("vn") || n.equals("n") || n.equals("s"))
                && !lex.genericPlaces.contains(p.word[k]) && !lex.demonstratives.contains(p.word[k].substring(0, 1))
                && Typography.isHan(p.word[k].charAt(0));
    }

    /**
     * An ordinary-word core at token k is read as a name only where the text
     * gives a place: right after a higher-level place (马村区|向阳街道), listed
     * after a place (团结村、红旗村), or after a verb of residence (家住|幸福社区).
     */
    private boolean placeContext(Passage p, int k, Proposal prev) {
        int s = p.start[k];
        if (prev != null && prev.end() == s) return true;
        int j = p.tokenEndingAt(s);
        if (j < 0) return false;
        if (prev != null && prev.end() == p.start[j] && LIST_JOINERS.contains(p.word[j])) return true;
        return lex.residenceVerbs.contains(p.word[j]);
    }

    /**
     * One-character place abbreviations at token t, each char a place: a run of
     * them naming the parties of a relation (中美|两国, 中|韩|关系, or one word
     * 港澳台 that HanLP knows only as an abbreviation), a travel verb's object
     * (访华, 在|京), a party or its people (中方, 华侨). Most of the chars are
     * ordinary words too (中 其中, 日 28日, 美 美丽), so nothing else counts.
     * Adds the mentions and returns the last token read, or -1.
     */
    private int abbreviations(Passage p, int t, BitSet people, BitSet orgs, List<Proposal> out) {
        String w = p.word[t];
        int s = p.start[t], last = -1, from = 0, to = 0;
        int u = t, end = s;
        while (u < p.size() && p.start[u] == end && p.end[u] - s <= 4 && abbreviationToken(p, u)) end = p.end[u++];
        if (end - s >= 2 && !(p.len(t) == 1 && t > 0 && p.is(t - 1, "m"))   // 28|日: a date, not Japan
                && (lex.abbreviationHeads.longestStartingAt(p.text, end) > 0 || u == t + 1 && !p.is(t, "nr"))) {
            last = u - 1;
            from = s;
            to = end;
        } else if (p.len(t) == 2 && lex.travelVerbChar(w.charAt(0)) && abbreviation(w.charAt(1))
                && HanDict.onlyNatures(w, "v", "j", "nz")) {
            last = t;   // 访华 (来日 is a time word)
            from = s + 1;
        } else if (p.len(t) == 1 && lex.travelVerbChar(w.charAt(0)) && t + 1 < p.size() && p.start[t + 1] == p.end[t]
                && p.len(t + 1) == 1 && abbreviation(p.word[t + 1].charAt(0))
                && ((p.is(t + 1, "b") || p.is(t + 1, "j")) && usualAbbreviation(p.word[t + 1])
                    || p.is(t + 1, "n") && mostlyAbbreviation(p.word[t + 1]))) {
            last = t + 1;   // 在|京, 访|韩; not 对|新 (new), 对|非 (non-)
            from = p.start[t + 1];
        } else if (p.len(t) == 2 && p.nature[t].equals("n") && abbreviation(w.charAt(0)) && PARTY_HEADS.indexOf(w.charAt(1)) >= 0
                && (w.charAt(1) == '人' ? mostlyAbbreviation(w.substring(0, 1))   // 港人 but not 法人, 美人
                    : usualAbbreviation(w.substring(0, 1)))) {   // 中方 but not 贵方, 黑方
            last = t;
            from = s;
        }
        if (last < 0 && p.len(t) == 1 && (p.is(t, "b") || p.is(t, "j")) && mostlyAbbreviation(w) && abbreviation(w.charAt(0))
                && !nameSyllable(p, t - 1) && !nameSyllable(p, t + 1)) {
            last = t;   // 俄|政府: a char used only as an abbreviation, away from a foreign name's syllables
            from = s;
        }
        if (last < 0) return -1;
        if (to == 0) to = from + 1;
        for (int i = from; i < to; i++)
            if (!people.get(i) && !orgs.get(i)) out.add(place(p, i, i + 1, ABBREVIATION));
        return last;
    }

    /** Token t is a one-char piece HanLP left of a name (哈|·, 阿|旺) rather than a word. */
    private static boolean nameSyllable(Passage p, int t) {
        if (t < 0 || t >= p.size()) return false;
        return p.word[t].equals("·") || p.is(t, "nr") || p.len(t) == 1 && !p.functional(t) && !p.is(t, "v");
    }

    private boolean abbreviation(char c) {
        return lex.abbreviationChar(c);
    }

    /** A token of abbreviation chars only: one char used as a word (中/f, 俄/b), or a word HanLP knows only as an abbreviation. */
    private boolean abbreviationToken(Passage p, int t) {
        String w = p.word[t];
        for (int i = 0; i < w.length(); i++) if (!abbreviation(w.charAt(i))) return false;
        // a custom-dictionary pair (中加/nz, frequency 1) but not a word of its own (中华/nz, 华美/a)
        return w.length() == 1 ? p.is(t, "b") || p.is(t, "j") || p.is(t, "f") || p.is(t, "n")
                : !p.is(t, "a") && (HanDict.onlyNatures(w, "j") || HanDict.onlyNatures(w, "nz") && HanDict.abbreviationUses(w)[1] <= 2);
    }

    /** The dictionary's corpus uses the char as an abbreviation at least ten times (中, 日, 台; not 新, 贵, 非). */
    private static boolean usualAbbreviation(String c) {
        return HanDict.abbreviationUses(c)[0] >= 10;
    }

    /** The dictionary's corpus uses the char nine times in ten as an abbreviation (京, 华, 俄; not 中, 日, 新). */
    private static boolean mostlyAbbreviation(String c) {
        int[] u = HanDict.abbreviationUses(c);
        return u[0] > 0 && u[0] * 10 >= u[1] * 9;
    }

    /** 洛阳、许昌等地: a word HanLP can read as a place, listed right after a place. */
    private boolean listedWithPlace(Passage p, int t, Proposal prev) {
        int s = p.start[t];
        if (prev.end() != s - 1 || p.text.charAt(s - 1) != '、' || p.len(t) < 2 || p.len(t) > 4) return false;
        CoreDictionary.Attribute a = CoreDictionary.get(p.word[t]);
        if (a == null) return false;
        for (Nature n : a.nature) if (n == Nature.ns) return true;
        return false;
    }

    /**
     * A named geographic feature starting at token t: a proper core and a
     * feature kind right after it (feature_heads.txt: 河, 山, 湖, 半岛, 水库).
     * The core is one word HanLP tags as a place, a proper noun or a name
     * (马拉维|湖, 陈家|沟), or one or two single chars that are rare as words
     * of their own (沁|河, 恒|山). A core that is a known place needs nothing
     * more; any other needs the text to give a place (see featureContext).
     * Returns {start, end} or null.
     */
    private int[] feature(Passage p, int t, Proposal prev, BitSet people, BitSet orgs) {
        int s = p.start[t], h;
        boolean known;
        if (p.len(t) >= 2 && !properCore(p, t)) {
            // an ordinary noun names a feature only before two kinds, one naming the other (青天|河|水库),
            // or where the text gives a place (在|棉花|岛, 华盛顿|国家|广场, 群英|湖、X湖); not a kind
            // of its own (湿地|公园); an adjective or activity (休闲/vn|广场) only right after its place (郑州|航海|体育场)
            boolean after = prev != null && prev.end() == s;
            if (!(p.len(t) == 2 && commonCore(p, t) && (p.nature[t].equals("n") || after) && !lex.featureHeads.contains(p.word[t])
                    && t + 1 < p.size() && lex.featureHeads.contains(p.word[t + 1]) && p.start[t + 1] == p.end[t]
                    && (stackedHead(p, t + 2) > 0 || featureContext(p, s, p.end[t + 1], prev)))) return null;
            h = t + 1;
            known = true;
        } else if (p.len(t) >= 2) {
            h = t + 1;
            // 马拉维|湖, 劳伦斯|河: a foreign name before a feature kind names the feature
            known = p.is(t, "ns") || p.is(t, "nrf");
            // 祁连/nr|山坡: a name before a side word; not a Chinese place (武汉|江边 is the riverside of the city)
            if (t + 1 < p.size() && sideWord(p, t + 1)) {
                if (p.nature[t].equals("ns")) return null;
                known = true;
            }
        } else {
            if (!oneCharCore(p, t)) return null;
            h = t + 1;
            // 伊|洛|河: two single-char pieces
            if (h + 1 < p.size() && p.len(h) == 1 && headEnd(p, h) < 0 && oneCharCore(p, h) && p.start[h + 1] == p.end[h]) h++;
            known = false;
        }
        if (h >= p.size() || p.start[h] != p.end[h - 1]) return null;
        int e = headEnd(p, h);
        if (e < 0) return null;
        // 圣|劳伦斯|河: the saint prefix HanLP leaves off a foreign name belongs to it
        int j = p.tokenEndingAt(s);
        if (p.is(t, "nrf") && j >= 0 && p.word[j].equals("圣") && (prev == null || prev.end() <= p.start[j])) s = p.start[j];
        // X河|水库, X湖|湿地: a second kind after the first names the larger feature, and vouches for the name
        int h2 = p.tokenStartingAt(e);
        if (e == p.end[h] && stackedHead(p, h2) > 0) {
            e = p.end[h2];
            known = true;
        }
        if (people.get(s, e).cardinality() > 0 || orgs.get(s, e).cardinality() > 0) return null;
        if (!known && !HanDict.place(p.text.substring(s, p.start[h])) && !featureContext(p, s, e, prev)) return null;
        return new int[] {s, e};
    }

    /** A word of a core of two chars or more and a feature kind (天安门广场), the core no common word unless placed by the text. */
    private boolean featureWord(String w, boolean placed) {
        for (int k = 1; k <= w.length() - 2; k++) {
            String core = w.substring(0, w.length() - k);
            if (!lex.featureHeads.contains(w.substring(w.length() - k)) || !placeWord(core)) continue;
            // 勇攀|高峰: the kind char ends a common word instead; 国家|公园: a common core names a kind of park
            String tail = w.substring(w.length() - 2);
            CoreDictionary.Attribute a = CoreDictionary.get(tail);
            if (k == 1 && a != null && a.totalFrequency > RARE_CHAR && !HanDict.place(tail)) return false;
            // 在|人民大会堂: unless the text gives it a place
            return placed || !(HanDict.kind(core) == HanDict.COMMON && !HanDict.place(core));
        }
        return false;
    }

    /** End of a multi-char feature kind at token h that can follow another kind (水库, 湿地), or -1. */
    private int stackedHead(Passage p, int h) {
        return h >= 0 && h < p.size() && p.len(h) >= 2 && lex.featureHeads.contains(p.word[h]) && p.start[h] == p.end[h - 1] ? p.end[h] : -1;
    }

    /** End of the feature kind at token h (湖, 半岛), or -1. */
    private int headEnd(Passage p, int h) {
        String w = p.word[h];
        if (lex.featureHeads.contains(w)) return p.end[h];
        // 丹|河流|经: HanLP read 河流 (river) where 河 ends the name and 流经 (flows through) follows
        if (w.equals("河流") && h + 1 < p.size() && p.start[h + 1] == p.end[h] && p.word[h + 1].startsWith("经")) return p.start[h] + 1;
        if (sideWord(p, h)) return p.start[h] + 1;
        return -1;
    }

    /** sides and parts of a feature that HanLP glues to its kind char (山|坡, 河|畔, 湖|边) */
    private static final String FEATURE_SIDES = "畔边岸坡顶脚麓谷";

    /** positions HanLP also glues to a kind char (山|下, 河|两岸, 江|沿岸, 山|脚下) */
    private static final java.util.Set<String> FEATURE_POSITIONS = java.util.Set.of("上", "下", "两岸", "沿岸", "岸边", "脚下", "之畔", "之滨");

    /** 山坡, 河畔, 湖边, 山下, 河两岸: a kind char and a side or position read as one word, the kind ending the name before it. */
    private boolean sideWord(Passage p, int h) {
        String w = p.word[h];
        if (w.length() < 2 || !lex.featureHeads.contains(w.substring(0, 1))) return false;
        return w.length() == 2 && FEATURE_SIDES.indexOf(w.charAt(1)) >= 0 || FEATURE_POSITIONS.contains(w.substring(1));
    }

    /** 马拉维/nsf, 陈家/nz, 梅兰杰/nr: a proper word that can name a feature. */
    private boolean properCore(Passage p, int t) {
        String w = p.word[t];
        return (p.is(t, "ns") || p.is(t, "nz") || p.is(t, "nr")) && placeWord(w)
                && Typography.isHan(w.charAt(0));
    }

    /**
     * 沁/v, 恒/ag, 陈/vg: a single char HanLP left alone that its dictionary
     * knows rarely or mostly as a name or an abbreviation, so not a word of
     * the sentence (爬|山, 大|河, 雪|山 are words).
     */
    private boolean oneCharCore(Passage p, int t) {
        // 瀍/w: a rare Han char HanLP does not know comes tagged as punctuation
        return p.len(t) == 1 && (!p.functional(t) || p.is(t, "w")) && !p.is(t, "f") && oneCharCoreChar(p.word[t].charAt(0));
    }

    private boolean oneCharCoreChar(char c) {
        String w = String.valueOf(c);
        if (!Typography.isHan(c)
                || lex.clauseOpeners.contains(w) || lex.demonstratives.contains(w) || lex.featureHeads.contains(w)
                || lex.placeSuffixes.contains(w) || NUMERALS.indexOf(c) >= 0 || HanDict.functionChar(c)) return false;
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a != null && HanDict.mostlyOf(c, "w", "p", "c", "u", "r", "m", "q", "f", "d")) return false;
        return a == null || a.totalFrequency <= RARE_CHAR || HanDict.mostlyOf(c, "nr", "j");
    }

    /** corpus frequency up to which a single char counts as rare as a word of its own */
    private static final int RARE_CHAR = 20;

    /**
     * The text gives the feature named at [s, e) a place: right after a place
     * (赵堡镇|陈家沟), listed with one (黄河、沁河), after a preposition or verb of
     * location (在|恒山, 流经), or listed before a place or another feature.
     */
    private boolean featureContext(Passage p, int s, int e, Proposal prev) {
        if (prev != null && prev.end() == s) return true;
        int j = p.tokenEndingAt(s);
        if (j >= 0) {
            if (LIST_JOINERS.contains(p.word[j]) && prev != null && prev.end() == p.start[j]) return true;
            if (lex.locativeVerbs.contains(p.word[j]) || lex.residenceVerbs.contains(p.word[j])) return true;
        }
        int k = p.tokenStartingAt(e);
        if (k < 0 || !LIST_JOINERS.contains(p.word[k]) || k + 1 >= p.size()) return false;
        if (p.is(k + 1, "ns")) return true;
        for (int u = k + 1; u <= k + 3 && u < p.size(); u++) {
            if (p.is(u, "w")) break;
            if (headEnd(p, u) > 0 || lex.featureHeads.contains(p.word[u].substring(p.len(u) - 1))
                    && (p.is(u, "ns") || p.is(u, "nz") || p.is(u, "nr"))) return true;
        }
        return false;
    }
}
