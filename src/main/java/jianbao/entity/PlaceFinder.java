package jianbao.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Place grammar on top of HanLP's place tags: a place word plus a following
 * 街道/社区/镇 head is one place; village and town names (X村, X镇, X乡) are
 * rebuilt whole from the pieces HanLP cuts them into (李家|庄村 → 李家庄村); a
 * word that can be a place and sits in a 、-list with a place (甲、乙等地) is a
 * place too. Places inside organisation names or person names are not places
 * of their own.
 */
final class PlaceFinder {
    private static final String VILLAGE_HEADS = "村镇乡庄寨屯";
    private static final int MAX_CORE = 4;
    private final Lexicons lex;

    PlaceFinder(Lexicons lex) {
        this.lex = lex;
    }

    List<Mention> find(Passage p, BitSet people, BitSet orgs) {
        String text = p.text;
        List<Mention> out = new ArrayList<>();
        int lastEnd = 0;
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t], e = p.end[t];
            if (people.get(s) || orgs.get(s)) continue;
            int[] span = null;
            if (villageHead(p, t)) span = village(p, t, lastEnd);
            if (span == null && p.is(t, "ns") && placeWord(p.word[t])) {
                span = new int[] {s, e};
                // 文昌 + 街道: the head belongs to the name
                int u = t + 1;
                if (u < p.size() && p.start[u] == e && lex.placeSuffixes.contains(p.word[u])
                        && !(p.word[u].equals("地区") && HanDict.place(p.word[t]))) span[1] = p.end[u];   // 北京|地区: the area around 北京
            }
            // 中国人, 北京人: a people word built on a place names the place
            if (span == null && p.len(t) >= 3 && p.word[t].endsWith("人") && p.nature[t].startsWith("n")
                    && HanDict.place(p.word[t].substring(0, p.len(t) - 1)) && placeWord(p.word[t].substring(0, p.len(t) - 1)))
                span = new int[] {s, e - 1};
            if (span == null && !out.isEmpty() && listedWithPlace(p, t, out.get(out.size() - 1))) span = new int[] {s, e};
            if (span == null || orgs.get(span[0], span[1]).cardinality() > 0 || people.get(span[0], span[1]).cardinality() > 0) continue;
            out.add(new Mention(text.substring(span[0], span[1]), null, span[0], span[1]));
            lastEnd = span[1];
            t = p.tokenAt[span[1] - 1];
        }
        return out;
    }

    private boolean placeWord(String w) {
        return w.length() >= 2 && !lex.genericPlaces.contains(w) && !lex.demonstratives.contains(w.substring(0, 1))
                && !Character.isDigit(w.charAt(0)) && "一二三四五六七八九十两几多".indexOf(w.charAt(0)) < 0;
    }

    /** Token t ends with a village/town head: 村 alone, or a tagged word such as 庄村/ns, 宁X镇/nr. */
    private boolean villageHead(Passage p, int t) {
        String w = p.word[t];
        char last = w.charAt(w.length() - 1);
        if (VILLAGE_HEADS.indexOf(last) < 0 && !w.endsWith("街道") && !w.endsWith("社区")) return false;
        return w.length() == 1 ? p.is(t, "n") : (p.is(t, "ns") || p.is(t, "nr")) && !lex.genericPlaces.contains(w);
    }

    /** The whole village name ending with token t, reading back over short pieces; null if no core. */
    private int[] village(Passage p, int t, int floor) {
        int e = p.end[t];
        int headLen = p.word[t].endsWith("街道") || p.word[t].endsWith("社区") ? 2 : 1;
        int coreEnd = e - headLen;
        int i = p.start[t] < coreEnd ? p.start[t] : coreEnd;
        while (i > floor && coreEnd - i < MAX_CORE) {
            int k = p.tokenAt[i - 1];
            if (k < 0) break;
            String w = p.word[k];
            boolean piece = p.len(k) == 1
                    ? !p.is(k, "w") && !p.is(k, "m") && !p.is(k, "q") && !p.is(k, "r") && !p.is(k, "p") && !p.is(k, "c") && !p.is(k, "u")
                      && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN
                      && !lex.clauseOpeners.contains(w) && !lex.demonstratives.contains(w)
                      && VILLAGE_HEADS.indexOf(w.charAt(0)) < 0 && lex.placeSuffixes.longestStartingAt(w, 0) == 0
                    : (p.is(k, "nr") || p.is(k, "ns") || p.is(k, "nz")) && !villageHead(p, k);
            if (!piece || coreEnd - p.start[k] > MAX_CORE) break;
            i = p.start[k];
        }
        String name = p.text.substring(i, e);
        if (coreEnd - i < 2 || lex.genericPlaces.contains(name) || !placeWord(name)) return null;
        return new int[] {i, e};
    }

    /** 南阳、开封等地: a word HanLP can read as a place, listed right after a place. */
    private boolean listedWithPlace(Passage p, int t, Mention prev) {
        int s = p.start[t];
        if (prev.end() != s - 1 || p.text.charAt(s - 1) != '、' || p.len(t) < 2 || p.len(t) > 4) return false;
        CoreDictionary.Attribute a = CoreDictionary.get(p.word[t]);
        if (a == null) return false;
        for (Nature n : a.nature) if (n == Nature.ns) return true;
        return false;
    }
}
