package jianbao.read;

/** The order in which a PDF page's text lines are read. */
public enum PdfOrder {
  /**
   * Columns found from where the lines sit on the page: each column top to bottom, columns left to
   * right, a headline spanning columns kept whole. Independent of the order the producer drew text.
   */
  POSITION,
  /**
   * The order the text is drawn in the page's content stream. E-paper PDFs often draw an article's
   * body before its headline, so this reads like a text dump of such pages.
   */
  STREAM
}
