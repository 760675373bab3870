package jianbao.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The hand-written word lists under resources/jianbao/entity, loaded once. */
final class Lexicons {
    final Set<String> surnames = new HashSet<>();
    private final java.util.BitSet singleSurnames = new java.util.BitSet(Character.MAX_VALUE + 1);
    /** first chars of two-char surnames (欧阳, 司马) */
    private final java.util.BitSet surnameStarts = new java.util.BitSet(Character.MAX_VALUE + 1);
    /** how many of the first surnames.txt entries (frequency order) count as common surnames */
    private static final int COMMON_SURNAMES = 150;
    /** the most frequent surnames: as common as the function words some of them spell (何, 于, 曾) */
    final Set<String> commonSurnames;
    final WordTrie titles = new WordTrie();
    final WordTrie orgSuffixes = new WordTrie();
    /** organisations named by a bare name or short form (欧盟, 民革, 新华社) */
    final WordTrie knownOrganisations = new WordTrie();
    final WordTrie placeSuffixes = new WordTrie();
    final Set<String> genericPlaces;
    final WordTrie personCues = new WordTrie();
    final Set<String> nameEnders;
    final Set<String> clauseOpeners;
    final Set<String> demonstratives;
    final Set<String> honorifics;
    final WordTrie nameBlockers = new WordTrie();
    final Set<String> facilities;
    /** kinds of development zone that follow a place name (洛阳|高新区) */
    final Set<String> zoneHeads;
    /** verbs of residence and arrival whose object is a place (家住, 来到) */
    final Set<String> residenceVerbs;
    /** kinds of geographic feature that end a feature name (河 山 湖 半岛 水库) */
    final Set<String> featureHeads;
    /** prepositions and verbs of location whose object is a place (在 沿 流经 位于) */
    final Set<String> locativeVerbs;
    /** one-character place abbreviations (中 美 京 华 ...) */
    private final java.util.BitSet placeAbbreviations;
    final WordTrie abbreviationHeads = new WordTrie();
    /** one-character verbs that take a place abbreviation as object (访 来 在 ...) */
    private final java.util.BitSet travelVerbs;
    /** transliteration syllable characters */
    private final java.util.BitSet translit;
    /** characters common in Chinese given names */
    private final java.util.BitSet givenChars;
    /** full names of administrative divisions down to township level (divisions.txt) */
    final Set<String> divisions;
    /** length of the longest name in {@link #divisions} */
    final int longestDivision;
    /** the division names again, to find every name starting at a char in one walk */
    private final WordTrie divisionTrie = new WordTrie();

    private static volatile Lexicons instance;

    static Lexicons get() {
        Lexicons l = instance;
        if (l == null) {
            synchronized (Lexicons.class) {
                if (instance == null) instance = new Lexicons();
                l = instance;
            }
        }
        return l;
    }

    private Lexicons() {
        List<String> bySize = load("surnames.txt");
        surnames.addAll(bySize);
        for (String n : bySize) {
            if (n.length() == 1) singleSurnames.set(n.charAt(0));
            else surnameStarts.set(n.charAt(0));
        }
        commonSurnames = Set.copyOf(bySize.subList(0, Math.min(COMMON_SURNAMES, bySize.size())));
        for (String t : load("titles.txt")) {
            titles.add(t);
            if (!t.startsWith("副")) titles.add("副" + t); // deputy forms are regular
        }
        load("org_suffixes.txt").forEach(orgSuffixes::add);
        load("known_organisations.txt").forEach(knownOrganisations::add);
        load("place_suffixes.txt").forEach(placeSuffixes::add);
        genericPlaces = new HashSet<>(load("generic_places.txt"));
        load("person_cues.txt").forEach(personCues::add);
        nameEnders = new HashSet<>(load("name_enders.txt"));
        clauseOpeners = new HashSet<>(load("clause_openers.txt"));
        demonstratives = new HashSet<>(load("demonstratives.txt"));
        honorifics = new HashSet<>(load("honorifics.txt"));
        load("name_blockers.txt").forEach(nameBlockers::add);
        facilities = new HashSet<>(load("facilities.txt"));
        zoneHeads = new HashSet<>(load("zone_heads.txt"));
        divisions = new HashSet<>(load("divisions.txt"));
        longestDivision = divisions.stream().mapToInt(String::length).max().orElse(0);
        divisions.forEach(divisionTrie::add);
        residenceVerbs = new HashSet<>(load("residence_verbs.txt"));
        featureHeads = new HashSet<>(load("feature_heads.txt"));
        locativeVerbs = new HashSet<>(load("locative_verbs.txt"));
        placeAbbreviations = chars(load("place_abbreviations.txt"));
        load("abbreviation_heads.txt").forEach(abbreviationHeads::add);
        travelVerbs = chars(load("travel_verbs.txt"));
        translit = chars(load("transliteration_chars.txt"));
        givenChars = chars(load("given_name_chars.txt"));
    }

    private static java.util.BitSet chars(List<String> words) {
        java.util.BitSet b = new java.util.BitSet();
        for (String w : words) w.chars().forEach(b::set);
        return b;
    }

    /** a one-character place abbreviation (中 美 京 华 ...) */
    boolean abbreviationChar(char c) {
        return placeAbbreviations.get(c);
    }

    /** a one-character verb that takes a place abbreviation as object (访 来 在 ...) */
    boolean travelVerbChar(char c) {
        return travelVerbs.get(c);
    }

    /** a transliteration syllable character */
    boolean translitChar(char c) {
        return translit.get(c);
    }

    /** a character common in Chinese given names */
    boolean givenChar(char c) {
        return givenChars.get(c);
    }

    boolean isSurname(String s) {
        return surnames.contains(s);
    }

    /**
     * Per char of the text, the lengths of the division names starting there as a bit set (bit k = a
     * name of length k): asked by three readers at every char, so walked once per passage.
     */
    long[] divisionsAt(String text) {
        long[] out = new long[text.length()];
        for (int i = 0; i < out.length; i++) out[i] = divisionTrie.allStartingAt(text, i);
        return out;
    }

    /** Surname length (2 for compound, 1 for single) at {@code at}, 0 when none. */
    int surnameAt(String text, int at) {
        if (at >= text.length()) return 0;
        char c = text.charAt(at);
        // asked at nearly every token: chars first, a string only for a possible two-char surname
        if (at + 2 <= text.length() && surnameStarts.get(c) && surnames.contains(text.substring(at, at + 2))) return 2;
        return singleSurnames.get(c) ? 1 : 0;
    }

    /** Words of a list file: whitespace separated, '#' starts a comment. */
    private static List<String> load(String name) {
        return WordLists.read(name);
    }
}
