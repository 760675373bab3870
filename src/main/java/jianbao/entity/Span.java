package jianbao.entity;

/** A typed stretch [start, end) of a passage's chars. */
public record Span(EntityType type, int start, int end) {
    public Span {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty span " + start + ".." + end);
    }
}
