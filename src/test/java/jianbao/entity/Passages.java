package jianbao.entity;

import java.util.List;

/**
 * One passage through the shared engine (the model deciding with the rules), or
 * through the rules alone where a test states what a rule family reads, and
 * expected mentions, for the entity tests.
 */
final class Passages {
    private Passages() {
    }

    static Mention m(String name, int start) {
        return m(name, null, start);
    }

    static Mention m(String name, String title, int start) {
        return new Mention(name, title, start, start + name.length());
    }

    static Mentions analyze(String text) {
        return EntityEngine.shared().analyze(text);
    }

    static List<Mention> people(String text) {
        return analyze(text).people();
    }

    static List<Mention> orgs(String text) {
        return analyze(text).organizations();
    }

    static List<Mention> places(String text) {
        return analyze(text).places();
    }

    private static final EntityEngine RULES = EntityEngine.rulesOnly();

    /** The rules alone, combined by precedence: what the rule families read, before the model weighs them. */
    static Mentions rules(String text) {
        return RULES.analyze(text);
    }
}
