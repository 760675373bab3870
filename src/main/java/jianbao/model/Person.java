package jianbao.model;

/** A person named in a record, with the office the text gives them (null when none). */
public record Person(String name, String title, int count) {}
