package jianbao.entity;

import java.util.List;

/** All entity mentions of one passage, each list in text order. */
public record Mentions(List<Mention> people, List<Mention> organizations, List<Mention> places) {}
