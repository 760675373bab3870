package jianbao.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The place gazetteer: official names of China's divisions down to township
 * level (divisions.txt), read at HanLP token starts. HanLP cuts many township
 * names (西|虢镇…, 赵|堡|镇); the gazetteer reads them whole.
 */
final class DivisionNames implements Recogniser {
    /** last chars of the names in divisions.txt (街道, 镇, 乡, 县, 区, 市, 旗, 省, 盟, 地区, 苏木, 自治州) */
    private static final String DIVISION_ENDS = "道镇乡县区市旗省盟木州";
    private final Lexicons lex;

    DivisionNames(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "divisions";
    }

    @Override
    public List<Proposal> propose(Passage p) {
        List<Proposal> out = new ArrayList<>();
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t], e = end(p, s);
            if (e < 0) continue;
            out.add(new Proposal(EntityType.PLACE, s, e, null, name(), 0));
            // 郸城|县城|关镇: a name ending inside HanLP's token, the next level's name starting there
            int e2 = p.boundary(e) ? -1 : end(p, e);
            if (e2 > 0) out.add(new Proposal(EntityType.PLACE, e, e2, null, name(), 1));
            t = p.tokenAt[Math.max(e, e2) - 1];
        }
        return out;
    }

    /**
     * End of the longest division name starting at s, or -1. The name must end
     * on a token boundary or run into a lower-level name (…镇|莫沟村), and a town
     * named by a common word (中心镇) must be set apart by the clause.
     */
    int end(Passage p, int s) {
        String text = p.text;
        long names = s < p.length() ? p.divisions[s] : 0;
        if (names == 0) return -1;
        for (int len = Math.min(lex.longestDivision, text.length() - s); len >= 2; len--) {
            if ((names & 1L << len) == 0) continue;
            if (DIVISION_ENDS.indexOf(text.charAt(s + len - 1)) < 0) continue;   // every name ends in a level char
            String name = text.substring(s, s + len);
            int e = s + len;
            if (!p.boundary(e) && !lowerLevelFrom(p, e)) continue;
            if (len == 2 && HanDict.functionChar(name.charAt(0))) continue;   // 和|县: the conjunction before a county word
            if (commonWordTown(name) && !(s == 0 || punctuationBefore(p, s))) continue;
            return e;
        }
        return -1;
    }

    /** True when a lower-level place name (…村, …社区, …街道) ends within four chars from pos. */
    private boolean lowerLevelFrom(Passage p, int pos) {
        for (int e = pos + 2; e <= Math.min(p.length(), pos + 5); e++)
            if (lex.placeSuffixes.longestEndingAt(p.text, e, e - 2) > 0 && p.boundary(e)) return true;
        return false;
    }

    /** A 镇 or 乡 named by a common word of HanLP's dictionary that names no place (中心镇, 和平乡). */
    private static boolean commonWordTown(String name) {
        if (!(name.endsWith("镇") || name.endsWith("乡"))) return false;
        String core = name.substring(0, name.length() - 1);
        return HanDict.kind(core) == HanDict.COMMON && !HanDict.place(core);
    }

    private static boolean punctuationBefore(Passage p, int s) {
        int u = p.tokenEndingAt(s);
        return u >= 0 && p.is(u, "w");
    }
}
