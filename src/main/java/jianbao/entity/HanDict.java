package jianbao.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * How HanLP's own core dictionary (built from tagged news text) knows a
 * string: not at all, as a person name, as a rare word or as a common word.
 * Used to tell a name HanLP's role tagger proposed from an ordinary word it
 * glued together.
 */
final class HanDict {
    static final int NONE = 0, PERSON = 1, RARE = 2, COMMON = 3;
    /** total corpus frequency above which a word counts as common */
    private static final int COMMON_FREQUENCY = 50;

    private HanDict() {
    }

    static int kind(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return NONE;
        for (Nature n : a.nature) if (n != null && n.startsWith("nr")) return PERSON;
        return a.totalFrequency > COMMON_FREQUENCY ? COMMON : RARE;
    }

    /** True when HanLP's custom dictionary (not the core one) lists w as a word, with no person nature (丰收/vi). */
    static boolean customWord(String w) {
        CoreDictionary.Attribute a = CustomDictionary.get(w);
        if (a == null) return false;
        for (Nature n : a.nature) if (n == null || n.startsWith("nr")) return false;
        return true;
    }

    /**
     * True when the dictionary's corpus uses the char mostly as a function word
     * (preposition, conjunction, adverb, pronoun, particle): 于, 和, 向, 都, 那.
     * As a surname such a char needs a cue; HanLP's role tagger reads it into names.
     */
    static boolean functionChar(char c) {
        return mostlyOf(c, "p", "c", "d", "r", "u");
    }

    /** True when the corpus uses the char mostly with a nature starting with one of the prefixes. */
    static boolean mostlyOf(char c, String... prefixes) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        if (a == null) return false;
        int top = 0;
        for (int i = 1; i < a.nature.length; i++) if (a.frequency[i] > a.frequency[top]) top = i;
        String n = a.nature[top].toString();
        for (String x : prefixes) if (n.startsWith(x)) return true;
        return false;
    }

    /** True when a two- or three-char name the core dictionary lists as a person starts at s. */
    static boolean isPerson(String text, int s) {
        for (int len = 3; len >= 2; len--) if (s + len <= text.length() && kind(text.substring(s, s + len)) == PERSON) return true;
        return false;
    }

    /** True when HanLP's dictionary lists w with a place nature (ns*). */
    static boolean place(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return false;
        for (Nature n : a.nature) if (n != null && n.startsWith("ns")) return true;
        return false;
    }

    /** True when the core dictionary does not know w or lists it only with natures starting with one of the prefixes. */
    static boolean onlyNatures(String w, String... prefixes) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return true;
        for (Nature n : a.nature) {
            boolean ok = false;
            for (String x : prefixes) ok |= n != null && n.startsWith(x);
            if (!ok) return false;
        }
        return true;
    }

    /** How often the dictionary's corpus uses w as an abbreviation (nature j), and in all: {j, total}. */
    static int[] abbreviationUses(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return new int[2];
        int j = 0;
        for (int i = 0; i < a.nature.length; i++) if (a.nature[i] == Nature.j) j += a.frequency[i];
        return new int[] {j, a.totalFrequency};
    }

    /**
     * True when the core dictionary knows w mostly as something other than an
     * organisation (现代 is a brand but mostly "modern"); false for words it
     * lists mostly as nt*, or not at all (custom-dictionary names).
     */
    static boolean mostlyNotOrganization(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        // a frequency-1 "n" entry is a placeholder for a custom-dictionary word (中国共产党, 世界银行):
        // the segmenter's nt tag comes from that dictionary and is trusted
        if (a == null || a.totalFrequency <= 1) return false;
        int nt = 0;
        for (int i = 0; i < a.nature.length; i++)
            if (a.nature[i] != null && a.nature[i].startsWith("nt")) nt += a.frequency[i];
        return nt * 2 < a.totalFrequency;
    }
}
