package jianbao.model;

/** An organisation or place named in a record, with how often it is mentioned. */
public record Named(String name, int count) {}
