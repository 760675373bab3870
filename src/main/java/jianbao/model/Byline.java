package jianbao.model;

import java.util.List;

/**
 * A byline as printed ({@code text}) and what it says: who reported, who corresponded, who took
 * the photograph, and for datelined bylines the agency, the dateline place and date.
 */
public record Byline(
    String text,
    List<String> reporters,
    List<String> correspondents,
    List<String> photographers,
    String agency,
    String place,
    String datelineDate) {

  public static final Byline NONE = new Byline(null, List.of(), List.of(), List.of(), null, null, null);

  public Byline {
    reporters = List.copyOf(reporters);
    correspondents = List.copyOf(correspondents);
    photographers = List.copyOf(photographers);
  }
}
