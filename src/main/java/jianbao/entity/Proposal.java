package jianbao.entity;

/**
 * A mention one recogniser proposes: its type, chars [start, end) of the
 * passage, the title the text gives a person there (or null), the recogniser
 * that proposed it and the kind of evidence it rests on (a small number each
 * recogniser defines: which rule read it), so the combiner can trust each kind
 * on its own record.
 */
record Proposal(EntityType type, int start, int end, String title, String by, int kind) {
    /** kinds are below this */
    static final int KINDS = 16;

    Proposal {
        if (kind < 0 || kind >= KINDS) throw new IllegalArgumentException("kind " + kind);
    }

    String name(String text) {
        return text.substring(start, end);
    }
}
