package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

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
    private final List<Recogniser> recognisers;
    private final NerModel model;
    private final NerFeatures features;
    private final boolean modelReadsRules;

    /** Rules only. */
    Combiner(PersonFinder persons, List<Recogniser> recognisers) {
        this(persons, recognisers, null, false);
    }

    Combiner(PersonFinder persons, List<Recogniser> recognisers, NerModel model, boolean modelReadsRules) {
        this.persons = persons;
        this.recognisers = recognisers;
        this.model = model;
        this.features = new NerFeatures(Lexicons.get());
        this.modelReadsRules = modelReadsRules;
    }

    Decision decide(Passage p, List<List<Proposal>> proposals) {
        return model == null ? byPrecedence(p, proposals) : byModel(p, proposals);
    }

    private Decision byModel(Passage p, List<List<Proposal>> proposals) {
        long[] keys = features.keys(p, modelReadsRules ? proposals : null);
        List<Span> spans = NerModel.spans(model.tags(keys, p.length()));
        List<Proposal> people = new ArrayList<>(), orgs = new ArrayList<>(), places = new ArrayList<>();
        List<Proposal> cues = proposals.isEmpty() ? List.of() : proposals.get(0);
        for (Span s : spans) {
            switch (s.type()) {
                case PERSON -> people.add(new Proposal(EntityType.PERSON, s.start(), s.end(), title(p, s, cues), "model"));
                case ORGANIZATION -> orgs.add(new Proposal(EntityType.ORGANIZATION, s.start(), s.end(), null, "model"));
                case PLACE -> places.add(new Proposal(EntityType.PLACE, s.start(), s.end(), null, "model"));
            }
        }
        return new Decision(people, orgs, places);
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
            if (o.end() - s >= 2) trimmed.add(new Proposal(o.type(), s, o.end(), null, o.by()));
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
