package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the places where the text itself vouches for a person name: a title
 * written right before it (局长张三), a 、-list continuing such a name, a title
 * right after it (张三书记), a speech or group word after a HanLP person tag
 * (张三表示), and anonymised names (钱某, 王某某). Bare HanLP person tags are not
 * trusted on their own: on newspaper text about half of them are ordinary words.
 */
final class PersonFinder {
    /** A vouched-for name at [start, end), with the title the text gives there (may be null). */
    record Cue(String name, String title, int start, int end) {}

    /** chars after 某 that make it a determiner (某日, 某地), not an anonymised given name */
    private static final String NOT_AFTER_MOU = "一些年月日天时地处种个位项家次点件份批名人事物样类单村镇乡县市省区";
    /** grammatical chars that do not occur in given names; a tag containing one has run into the sentence */
    private static final String NOT_IN_NAME = "之的了和与其及是在上下时把被都也就为着过地得这那等";
    /** a name never follows a numeral directly: there the "surname" is a measure word (3张卫星, 五十余人) */
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几多数每";

    private final Lexicons lex;

    PersonFinder(Lexicons lex) {
        this.lex = lex;
    }

    List<Cue> cues(Passage p) {
        String text = p.text;
        List<int[]> spans = new ArrayList<>();   // {start, end, titleStart(-1 none), titleEnd, kind}
        BitSet names = new BitSet(text.length());

        for (int t = 0; t < p.size(); t++) {
            int e = p.end[t];
            int tl = titleEndingAt(p, e);
            if (tl == 0) continue;
            int ne = parseName(p, e);
            if (ne < 0 || names.get(e)) continue;
            add(spans, names, e, ne, e - tl, e, 0);
            // a 、-list right after a titled name shares its title (区领导甲、乙出席)
            for (int pos = ne; pos < text.length() - 1 && text.charAt(pos) == '、'; ) {
                int ne2 = parseName(p, pos + 1);
                if (ne2 < 0 || titleEndingAt(p, ne2) == ne2 - pos - 1) break;
                add(spans, names, pos + 1, ne2, e - tl, e, 1);
                pos = ne2;
            }
        }
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t];
            if (names.get(s)) continue;
            if (p.is(t, "nr")) {
                int ne = parseName(p, s);
                if (ne < 0) continue;
                int tl = titleStartingAt(p, ne);
                if (tl > 0 && p.boundary(ne + tl) && endsClause(p, ne + tl)) {
                    add(spans, names, s, ne, ne, ne + tl, 0);   // 张三书记: the title is the word itself
                } else {
                    int cl = lex.personCues.longestStartingAt(text, ne);
                    if (cl > 0 && p.boundary(ne + cl) || fullName(p, t, ne)) add(spans, names, s, ne, -1, -1, 0);
                }
            }
        }
        for (int i = text.indexOf('某'); i > 0; i = text.indexOf('某', i + 1)) {
            for (int sl = 2; sl >= 1; sl--) {
                int s = i - sl;
                if (s < 0 || names.get(s) || !lex.isSurname(text.substring(s, i))) continue;
                int e = anonymisedAt(p, s);
                if (e > 0 && (p.boundary(s) || titleEndingAt(p, s) > 0)) {
                    int tl = titleEndingAt(p, s);
                    add(spans, names, s, e, tl > 0 ? s - tl : -1, s, 0);
                    i = e - 1;
                    break;
                }
            }
        }

        List<Cue> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            String title = sp[2] < 0 ? null
                    : sp[3] > sp[0] ? text.substring(sp[2], sp[3])          // title after the name
                    : readTitle(p, sp[2], sp[3], names, 0);
            out.add(new Cue(text.substring(sp[0], sp[1]), title, sp[0], sp[1]));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<int[]> spans, BitSet names, int s, int e, int ts, int te, int kind) {
        spans.add(new int[] {s, e, ts, te, kind});
        names.set(s, e);
    }

    /**
     * A HanLP person tag covering surname + two-character given name exactly,
     * not running into an organisation or place head. Such three-character tags
     * are rarely ordinary words; the two-character ones (康养, 苏家) often are.
     */
    private boolean fullName(Passage p, int t, int ne) {
        int sl = lex.surnameAt(p.text, p.start[t]);
        if (p.end[t] != ne || p.len(t) != sl + 2) return false;
        if (ne < p.length() && (lex.placeSuffixes.longestStartingAt(p.text, ne) > 0
                || lex.orgSuffixes.longestStartingAt(p.text, ne) > 0)) return false;
        return true;
    }

    /** True when a clause can end at pos: end of text, punctuation or a function word / verb follows. */
    private boolean endsClause(Passage p, int pos) {
        if (pos >= p.length()) return true;
        int t = p.tokenStartingAt(pos);
        return t >= 0 && (p.functional(t) || p.verb(t) || lex.personCues.longestStartingAt(p.text, pos) > 0);
    }

    /**
     * End of a person name starting at s, or -1. Decides between two- and
     * three-character names from HanLP's token boundaries: HanLP often tags only
     * surname + one char (许海|玲) or leaves the surname alone (代|新洋).
     */
    int parseName(Passage p, int s) {
        if (s >= p.length()) return -1;
        int t = p.tokenStartingAt(s);
        if (t < 0) return -1;
        int sl = lex.surnameAt(p.text, s);
        if (sl == 0 || s > 0 && NUMERALS.indexOf(p.text.charAt(s - 1)) >= 0) return -1;
        // a lone "surname" HanLP reads as a conjunction, preposition or adverb (和, 都) is that word
        if (p.len(t) == sl && p.functional(t) && !p.is(t, "q") && !p.is(t, "m")) return -1;
        int anon = anonymisedAt(p, s);
        if (anon > 0) return anon;
        int len = p.len(t);
        String nat = p.nature[t];
        int e = -1;
        if (nat.startsWith("nr") && len >= sl + 1 && len <= sl + 2) {
            e = p.end[t];
            if (len == sl + 1 && givenNameChar(p, t + 1, e)) e++;
        } else if (len == sl || (sl == 2 && len == 1)) {
            int u = p.tokenStartingAt(s + sl);
            if (u < 0 || p.functional(u) || p.institution(u) || p.nature[u].equals("nnt") || p.len(u) > 2) return -1;
            if (p.len(u) == 1 && !givenNameChar(p, u, s + sl)) return -1;
            if (p.len(u) == 2 && p.verb(u)) return -1;
            e = p.end[u];
            if (p.len(u) == 1 && sl == 1 && givenNameChar(p, u + 1, e)) e++;
        } else if (len >= sl + 1 && len <= sl + 2
                && (nat.equals("nz") || nat.equals("ng") || nat.equals("g") || nat.equals("j") || nat.equals("nrf"))) {
            e = p.end[t];
        }
        if (e < 0) return -1;
        // a transliterated foreign name (罗朗·雷斯) is not cut into a Chinese one
        if (e < p.length() && "·•．".indexOf(p.text.charAt(e)) >= 0) return -1;
        return plausible(p.text.substring(s, e)) ? e : -1;
    }

    /** Token u is a lone char starting at pos that can finish a given name (not 到/在/是…). */
    private boolean givenNameChar(Passage p, int u, int pos) {
        if (u < 0 || u >= p.size() || p.start[u] != pos || p.len(u) != 1) return false;
        char c = p.text.charAt(pos);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && !p.functional(u) && !lex.nameEnders.contains(p.word[u])
                && lex.titles.longestStartingAt(p.text, pos) == 0;
    }

    private boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 4) return false;
        for (int i = 0; i < name.length(); i++)
            if (Character.UnicodeScript.of(name.charAt(i)) != Character.UnicodeScript.HAN
                    || i > 0 && NOT_IN_NAME.indexOf(name.charAt(i)) >= 0) return false;
        // 李卜村, 龙泉乡: a place head at the end makes it a place
        return lex.placeSuffixes.longestEndingAt(name, name.length(), name.length() - 1) == 0
                && !lex.titles.contains(name) && !lex.genericPlaces.contains(name);
    }

    /** End of an anonymised name (surname + 某 or 某某) at s, or -1. */
    int anonymisedAt(Passage p, int s) {
        String text = p.text;
        int sl = lex.surnameAt(text, s);
        if (sl == 0) return -1;
        int i = s + sl, n = 0;
        while (i < text.length() && text.charAt(i) == '某' && n < 2) { i++; n++; }
        if (n == 0) return -1;
        if (i < text.length() && NOT_AFTER_MOU.indexOf(text.charAt(i)) >= 0) return -1;
        return i;
    }

    /** Length of the longest title word ending at pos whose start is a token boundary. */
    int titleEndingAt(Passage p, int pos) {
        if (!p.boundary(pos)) return 0;
        long bits = lex.titles.allEndingAt(p.text, pos, 0);
        for (int l = 63; l > 0 && bits != 0; l--)
            if ((bits & (1L << l)) != 0 && p.boundary(pos - l)) return l;
        return 0;
    }

    private int titleStartingAt(Passage p, int pos) {
        int l = lex.titles.longestStartingAt(p.text, pos);
        return l > 0 && p.boundary(pos + l) ? l : 0;
    }

    /**
     * The office as the text gives it for a title word at [ts, te): from the
     * start of the clause up to the name. Reaching back stops at punctuation,
     * function words, clause-opening verbs and other names; a demonstrative
     * (该公司董事长) leaves only the bare office words; a 、-joined segment that
     * is itself a title with no name (党工委书记、管委会主任) is prepended.
     */
    String readTitle(Passage p, int ts, int te, BitSet names, int depth) {
        String text = p.text;
        int i = ts;
        boolean demonstrative = false;
        while (i > 0 && te - i < 48) {
            char c = text.charAt(i - 1);
            if (Passage.closeBracket(c)) {
                int o = p.matchingOpen(i, 0);
                if (o < 0) break;
                i = o;
                continue;
            }
            if (names.get(i - 1)) break;
            int t = p.tokenAt[i - 1];
            if (t < 0) break;
            String w = p.word[t];
            if (lex.demonstratives.contains(w) || lex.demonstratives.contains(w.substring(0, 1)) && p.is(t, "r")) {
                demonstrative = true;
                break;
            }
            if (p.functional(t) || lex.clauseOpeners.contains(w)) break;
            if (p.len(t) > 1 && (p.is(t, "f") || p.is(t, "a"))) break;
            if (p.verb(t) && p.len(t) > 1 && !verbInsideName(p, t)) break;
            i = p.start[t];
        }
        if (demonstrative) return titleChain(p, te);
        String title = text.substring(i, te);
        if (depth < 3 && i > 1 && text.charAt(i - 1) == '、' && !names.get(i - 2)) {
            int tl = titleEndingAt(p, i - 1);
            if (tl > 0) title = readTitle(p, i - 1 - tl, i - 1, names, depth + 1) + "、" + title;
        }
        return title;
    }

    /** Consecutive title words ending at te (副处长, 党委书记), without anything before them. */
    private String titleChain(Passage p, int te) {
        int i = te;
        for (int l; (l = titleEndingAt(p, i)) > 0; ) i -= l;
        return p.text.substring(i, te);
    }

    /**
     * A verb inside an institution name (党史学习教育领导小组) is followed within
     * two tokens by an institution word; a verb that takes an object
     * (会见市委书记) is followed by a place or an administrative prefix.
     */
    boolean verbInsideName(Passage p, int t) {
        for (int k = t + 1; k < p.size() && k <= t + 2; k++) {
            if (p.functional(k) || p.is(k, "ns") || "省市县区".indexOf(p.text.charAt(p.start[k])) >= 0) return false;
            if (p.institution(k) || lex.orgSuffixes.longestEndingAt(p.text, p.end[k], p.start[k]) >= 2) return true;
        }
        return false;
    }
}
