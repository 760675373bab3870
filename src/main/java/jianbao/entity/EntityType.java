package jianbao.entity;

/** The kinds of name the entity stage finds. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
