package jianbao.segment;

/** Where a page prints headlines relative to their article's body. */
public enum HeadlinePosition {
  /** Above the body: the common order. */
  BEFORE,
  /** Below the body, as some local papers' text extraction yields. */
  AFTER,
  /** Decided per page from the text. */
  AUTO
}
