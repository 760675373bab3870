package jianbao.segment;

/**
 * What a reading of a page is scored on. Each item is a count or a measure over the reading's
 * records (or over the page, for the last few); {@link Weights} says how much each is worth, in
 * log-odds. Typography and the grammar of bylines and credits only: no item names a word.
 */
enum Evidence {
  // ---- the runs a headline block is made of ----
  /** Their typesetting odds: headline type against body type ({@link Typesetting}). */
  HEAD_TYPESET,
  /** Runs that open with a byline or are a byline line: body text, not headline. */
  HEAD_BYLINE,
  /** Runs that end with a closing credit, a dispatch or a note. */
  HEAD_CLOSING,
  /** Runs that open with a pointer at a photograph. */
  HEAD_CAPTION,
  /** Runs that are an editorial label (核心阅读). */
  HEAD_LABEL,
  /** Runs that carry on the paragraph of the run before (a column break). */
  HEAD_CONTINUES,
  /** Runs that open with a dash: a subheadline. */
  HEAD_DASH,
  /** Runs that end with a bracketed column or series label: （人民论坛）. */
  HEAD_SERIES,
  /** Runs set a step above the body type (where the page tells type sizes: PDF). */
  HEAD_LARGE_TYPE,
  /** Runs set in body type on a page that tells type sizes. */
  HEAD_BODY_TYPE,
  /** Runs set off from the text they touch by shape alone, no blank line. */
  HEAD_TIGHT,
  /** Runs beyond the first in one block. */
  HEAD_EXTRA_RUN,
  /** Runs before a block's last that are one line finishing no sentence: a kicker over its headline. */
  HEAD_KICKER,
  /** Of those, runs that open with a subheadline's dash: a block's usual second run. */
  HEAD_EXTRA_DECK,
  /** Runs after a subheadline in one block. */
  HEAD_AFTER_DECK,
  /**
   * One-line runs that look like another one-line run of the page (the same length,
   * quoted or dashed alike): subheads come in parallel series, headlines seldom do.
   */
  HEAD_ALIKE,
  /** A block that ends on a dash, a colon or a comma: a kicker whose headline is elsewhere. */
  HEAD_DANGLING,
  /** A block over a caption pointed at its photograph. */
  HEAD_OVER_CAPTION,

  // ---- the words a headline shares ----
  /** The share of the headline's bigrams found in its body, times how much the headline says (its bigram count, up to six, over six). */
  WORDS_SHARED,
  /** How much the headline says: the constant the share is weighed against. */
  WORDS_WEIGHT,
  /** The share found in the body's first run (its lead paragraph). */
  WORDS_LEAD,
  /** The share found in the runs on the block's other side: a subhead shares its article's words on both. */
  WORDS_OTHER_SIDE,

  // ---- the body ----
  /** One per record. */
  RECORD,
  /** A record without a headline block. */
  NO_HEAD,
  /** A record without a headline block that is a photograph's caption. */
  CAPTION_NO_HEAD,
  /** The body opens with a byline lead. */
  LEAD_FIRST,
  /** The body opens with an editorial label. */
  LABEL_FIRST,
  /** The body opens with a byline line. */
  BYLINE_FIRST,
  /** The body's first run carries on the paragraph before it. */
  CONTINUED_START,
  /** The body ends with a dispatch, a reporters' credit or an author note. */
  CLOSING_LAST,
  /** The body ends with a photo credit, a colophon or another note. */
  CREDIT_LAST,
  /** The body ends on a dash, a colon or a comma. */
  DANGLING_END,
  /** The body ends on a line that finishes no sentence and is no credit: a kicker, a headline, or text cut off. */
  UNFINISHED_END,
  /** The body is a few characters only. */
  TINY_BODY,
  /** Changes of column measure between the body's runs. */
  MEASURE_CHANGE,
  /** Runs after the body's first that open with a byline lead. */
  LEAD_INSIDE,
  /** Of those, runs whose byline names an agency (本报讯, 新华社北京1月2日电): an article's first line. */
  AGENCY_LEAD_INSIDE,
  /** Runs before the body's last that end with a dispatch, a reporters' credit or an author note. */
  CLOSING_INSIDE,
  /** Runs before the body's last that end with a photo credit or a colophon. */
  CREDIT_INSIDE,
  /** Runs before the body's last that end with another note. */
  NOTE_INSIDE,
  /** Runs after the body's first that open with a pointer at a photograph. */
  CAPTION_INSIDE,
  /** Runs after the body's first that share a printed line with the run before. */
  GLUED_INSIDE,
  /** Runs after the body's first set a step above the body type. */
  LARGE_INSIDE,
  /** The headline-shaped odds of runs kept inside a body (subheads, labels). */
  HEADLIKE_INSIDE,

  /**
   * The same, for runs set off by blank lines on a page that sets its paragraphs without them: there
   * a subhead runs inline, and a run of its own is a headline.
   */
  HEADLIKE_INSIDE_COMPACT,

  // ---- the page ----
  /** Runs that belong to no record. */
  UNASSIGNED,
  /** Their typesetting odds when below zero: body-shaped text is seldom left over. */
  UNASSIGNED_BODYLIKE,
  /** A section label at the top of the page. */
  SECTION,
  /** Changes of the headline's side between two records. */
  SWITCH_SIDES
}
