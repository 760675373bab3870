package jianbao.model;

import java.util.List;

/**
 * One output record: an article or a photo caption cut from a page. Field names are the output
 * contract (written snake_case); unknown values are null, never "".
 */
public record Article(
    String id,
    String kind,
    Source source,
    String section,
    String kicker,
    String headline,
    String subheadline,
    Byline byline,
    String date,
    String dateText,
    List<String> paragraphs,
    List<Person> people,
    List<Named> organizations,
    List<Named> places,
    List<String> warnings,
    Spans spans) {

  public static final String ARTICLE = "article";
  public static final String PHOTO = "photo";

  public Article {
    paragraphs = List.copyOf(paragraphs);
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    warnings = List.copyOf(warnings);
  }
}
