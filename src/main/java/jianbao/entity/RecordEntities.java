package jianbao.entity;

import java.util.List;
import jianbao.model.Named;
import jianbao.model.Person;

/** Entities of one record, aggregated by name in first-mention order. */
public record RecordEntities(List<Person> people, List<Named> organizations, List<Named> places) {}
