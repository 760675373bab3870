package jianbao.entity;

import java.util.List;

/**
 * One way of finding names in an analysed passage: a family of rules, the
 * gazetteer, a model. Recognisers are peers: none sees another's proposals;
 * {@link Combiner} decides between them.
 */
interface Recogniser {
    /** A short name, as the model's features and the evaluation refer to it. */
    String name();

    /** The mentions this recogniser finds, in text order; they may overlap. */
    List<Proposal> propose(Passage passage);
}
