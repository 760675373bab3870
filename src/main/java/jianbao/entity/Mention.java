package jianbao.entity;

/** One mention with char offsets [start, end) into the passage; title is null for orgs/places or when none. */
public record Mention(String name, String title, int start, int end) {}
