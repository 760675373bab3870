package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one place where the recognisers' proposals become mentions. With a
 * sequence model, the model decides, reading every proposal as evidence beside
 * the text (see {@link NerFeatures}); a person keeps the title the person
 * rules read for the same name. Without one (rules only), a fixed precedence:
 * people, then organisations clear of them, then places clear of both.
 */
final class Combiner {
    /** The mentions decided for one passage, each list in text order, none overlapping another. */
    record Decision(List<Proposal> people, List<Proposal> organizations, List<Proposal> places) {}

    private final PersonFinder persons;
    private final NerModel model;
    private final NerFeatures features;
    private final boolean modelReadsRules;

    /** With a sequence model (null: rules only). */
    Combiner(PersonFinder persons, NerModel model) {
        this.persons = persons;
        this.model = model;
        this.features = new NerFeatures(Lexicons.get());
        this.modelReadsRules = model != null && model.readsRules;
    }

    Decision decide(Passage p, List<List<Proposal>> proposals) {
        return model == null ? byPrecedence(p, proposals) : byModel(p, proposals);
    }

    /**
     * The rules that stand as they read, where the model may only agree: their
     * shapes are exact and rare in the training corpora, so the model alone
     * misses or cuts them. Anonymised names (钱某) and byline credits; the
     * gazetteer's official division names, and villages and towns rebuilt
     * from HanLP's pieces; local party committees and organs of one level
     * (镇党委, 县委) and numbered congresses. Each was measured on held-out
     * tenths of the training corpora: none moves their F1; forcing the other
     * kinds (names after an office, the organisation grammar) lowered it.
     * Then, measured on PD98 dev and MSRA test: names run together in a list
     * (cut where the names meet; MSRA people +.004), one-char place
     * abbreviations in their tight shapes and branches of a body (no change),
     * and a level char fused with its government (镇政府, 市政府: our
     * convention, and CLUENER's, though the 1998 sets leave the bare body
     * untagged: PD98 organisations -.006).
     * Not where the model reads a longer name of another type around them
     * (a county inside the name of its bureau).
     */
    private static final java.util.Map<String, Set<Integer>> SURE = java.util.Map.of(
            "people", Set.of(PersonFinder.Why.ANONYMISED.ordinal(), PersonFinder.Why.BYLINE.ordinal(), PersonFinder.Why.RUN.ordinal()),
            "places", Set.of(PlaceFinder.ABBREVIATION, PlaceFinder.DIVISION, PlaceFinder.VILLAGE),
            "organisations", Set.of(OrgFinder.BRANCH, OrgFinder.LEVEL_HEAD, OrgFinder.PARTY_COMMITTEE, OrgFinder.LEVEL_ORGAN, OrgFinder.CONGRESS),
            "divisions", Set.of(0, 1));

    /** Whether the proposal is of a {@link #SURE} kind (asked of every proposal: no string built). */
    private static boolean sure(Proposal x) {
        Set<Integer> kinds = SURE.get(x.by());
        return kinds != null && kinds.contains(x.kind());
    }

    private Decision byModel(Passage p, List<List<Proposal>> proposals) {
        long[] keys = features.keys(p, modelReadsRules ? proposals : null);
        float[] emissions = model.emissions(keys, p.length());
        List<Span> read = readable(p, model.tags(emissions, p.length(), null));
        int[] forced = sure(proposals, read, p.length());
        if (forced != null) read = readable(p, model.tags(emissions, p.length(), forced));
        List<Proposal> people = new ArrayList<>(), orgs = new ArrayList<>(), places = new ArrayList<>();
        List<Proposal> cues = proposals.isEmpty() ? List.of() : proposals.get(0);
        for (Span s : read) {
            switch (s.type()) {
                case PERSON -> {
                    // a one-char name (江 of 江主席, 黄 of 黄女士) only before an office or a form of address, or where
                    // the person rules read it so: a bare surname char is mostly a word (马|上, 李|家乐园)
                    if (s.end() - s.start() > 1 || proposed(cues, s) || addressed(p, s.end()))
                        people.add(new Proposal(EntityType.PERSON, s.start(), s.end(), title(p, s, cues), "model", 0));
                }
                case ORGANIZATION -> orgs.add(new Proposal(EntityType.ORGANIZATION, s.start(), s.end(), null, "model", 0));
                case PLACE -> places.add(new Proposal(EntityType.PLACE, s.start(), s.end(), null, "model", 0));
            }
        }
        // an organisation the rules read where the model reads no name at all, of the kinds that add to it (measured)
        BitSet named = new BitSet(p.length());
        for (Span s : read) named.set(s.start(), s.end());
        boolean added = false;
        for (List<Proposal> ps : proposals)
            for (Proposal x : ps) {
                if (!x.by().equals("organisations") || !UNREAD.contains(x.kind()) || !named.get(x.start(), x.end()).isEmpty()) continue;
                orgs.add(x);
                named.set(x.start(), x.end());
                added = true;
            }
        if (added) orgs.sort(Comparator.comparingInt(Proposal::start));
        return new Decision(people, orgs, places);
    }

    /**
     * Organisation rules whose names stand where the model reads nothing: an
     * abbreviated body (省委编办, 政协) and a body named after its place (县卫健委).
     * On PD98 dev and MSRA test they add .001 and .003; the organisation grammar
     * added so costs PD98 .010 (it reads generic bodies the 1998 sets leave untagged).
     */
    private static final Set<Integer> UNREAD = Set.of(OrgFinder.ABBREVIATION, OrgFinder.PLACED);

    /**
     * The model's names as the combiner reads them: without spaces at their
     * ends, and no organisation that opens or ends inside a verb, adverb or
     * function word (京津冀协|同).
     */
    private static List<Span> readable(Passage p, int[] tags) {
        List<Span> out = new ArrayList<>();
        for (Span read : NerModel.spans(tags)) {
            Span s = trimmed(p.text, read);
            if (s == null) continue;
            if (s.type() == EntityType.ORGANIZATION && (cutsClauseWord(p, s.start()) || cutsClauseWord(p, s.end()))) continue;
            out.add(s);
        }
        return out;
    }

    /**
     * The span without the spaces at its ends: the model reads a space inside a
     * name as part of it (a byline's 记者孙悦 通讯员) because the corpora have none. Null when nothing is left.
     */
    private static Span trimmed(String text, Span s) {
        int a = s.start(), b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '\u3000')) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '\u3000')) b--;
        return a == b ? null : a == s.start() && b == s.end() ? s : new Span(s.type(), a, b);
    }

    /** Whether pos falls strictly inside a HanLP word of a verb, adverb or function kind (京津冀协|同). */
    private static boolean cutsClauseWord(Passage p, int pos) {
        if (p.boundary(pos)) return false;
        int t = p.tokenAt[pos];
        String n = p.nature[t];
        return n.startsWith("v") || n.startsWith("d") || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("a");
    }

    private boolean addressed(Passage p, int pos) {
        Lexicons lex = Lexicons.get();
        if (lex.titles.longestStartingAt(p.text, pos) > 0) return true;
        // a surname fused with a one-char form of address into a word HanLP does not tag a person is that word (李家/nz)
        boolean fused = !p.boundary(pos) && !p.nature[p.tokenAt[pos]].startsWith("nr");
        for (int l = fused ? 2 : 1; l <= 2 && pos + l <= p.length(); l++)
            if (lex.honorifics.contains(p.text.substring(pos, pos + l))) return true;
        return false;
    }

    private static boolean proposed(List<Proposal> ps, Span s) {
        for (Proposal x : ps) if (x.start() == s.start() && x.end() == s.end() && x.type() == s.type()) return true;
        return false;
    }

    /**
     * The tags the {@link #SURE} proposals fix (-1 where free), or null when the
     * model's own reading already agrees with all of them. Two sure proposals
     * that overlap: the earlier recogniser's, then the earlier one, stands.
     */
    private static int[] sure(List<List<Proposal>> proposals, List<Span> read, int n) {
        int[] forced = null;
        boolean differs = false;
        for (List<Proposal> ps : proposals)
            for (Proposal x : ps) {
                if (!sure(x) || inside(x, read)) continue;
                if (forced == null) {
                    forced = new int[n];
                    java.util.Arrays.fill(forced, -1);
                }
                boolean clash = false;
                for (int i = x.start(); i < x.end(); i++) clash |= forced[i] >= 0;
                if (clash) continue;
                for (int i = x.start(); i < x.end(); i++)
                    forced[i] = NerModel.tag(x.type(), x.end() - x.start() == 1 ? 'S' : i == x.start() ? 'B' : i == x.end() - 1 ? 'E' : 'I');
                differs |= !read.contains(new Span(x.type(), x.start(), x.end()));
            }
        return differs ? forced : null;
    }

    /** The model reads a longer name of another type around the proposal (a county inside its bureau's name). */
    private static boolean inside(Proposal x, List<Span> read) {
        for (Span s : read)
            if (s.type() != x.type() && s.start() <= x.start() && x.end() <= s.end() && s.end() - s.start() > x.end() - x.start()) return true;
        return false;
    }

    /** The title the person rules read for this name, or the office written right before it. */
    private String title(Passage p, Span s, List<Proposal> cues) {
        for (Proposal c : cues) if (c.start() == s.start() && c.end() == s.end()) return c.title();
        int tl = persons.titleEndingAt(p, s.start());
        return tl > 0 ? persons.readTitle(p, s.start() - tl, s.start(), new BitSet(), 0) : null;
    }

    private Decision byPrecedence(Passage p, List<List<Proposal>> proposals) {
        List<Proposal> people = new ArrayList<>(), orgs = new ArrayList<>(), places = new ArrayList<>();
        for (List<Proposal> ps : proposals)
            for (Proposal x : ps)
                (x.type() == EntityType.PERSON ? people : x.type() == EntityType.ORGANIZATION ? orgs : places).add(x);
        // a "name" that ends where an organisation that starts before it ends holds the organisation's head (县|卫健委)
        List<Proposal> allOrgs = orgs;
        people.removeIf(x -> x.title() == null && allOrgs.stream().anyMatch(o -> o.start() < x.start() && o.end() == x.end()));
        people = clear(people, new BitSet());
        BitSet taken = new BitSet(p.length());
        for (Proposal x : people) taken.set(x.start(), x.end());
        // an organisation read across a person name starts after it
        List<Proposal> trimmed = new ArrayList<>(orgs.size());
        for (Proposal o : orgs) {
            int s = o.start();
            for (Proposal x : people) if (x.start() >= o.start() && x.start() < o.end() && x.end() < o.end()) s = Math.max(s, x.end());
            if (o.end() - s >= 2) trimmed.add(new Proposal(o.type(), s, o.end(), null, o.by(), o.kind()));
        }
        orgs = clear(trimmed, taken);
        taken.clear();
        for (Proposal x : people) taken.set(x.start(), x.end());
        for (Proposal x : orgs) taken.set(x.start(), x.end());
        places = clear(places, taken);
        return new Decision(people, orgs, places);
    }

    /** Proposals clear of taken chars and of each other: the earliest first, the longer of two starting together. */
    private static List<Proposal> clear(List<Proposal> ps, BitSet taken) {
        List<Proposal> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingInt(Proposal::start).thenComparing(Comparator.comparingInt(Proposal::end).reversed()));
        List<Proposal> out = new ArrayList<>();
        int end = 0;
        for (Proposal x : sorted) {
            if (x.start() < end || !taken.get(x.start(), x.end()).isEmpty()) continue;
            out.add(x);
            end = x.end();
        }
        return out;
    }
}
