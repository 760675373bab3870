package jianbao.entity;

/**
 * A mention one recogniser proposes: its type, chars [start, end) of the
 * passage, the title the text gives a person there (or null), and the
 * recogniser that proposed it.
 */
record Proposal(EntityType type, int start, int end, String title, String by) {
    String name(String text) {
        return text.substring(start, end);
    }
}
