package jianbao.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jianbao.byline.BylineParser;
import jianbao.dateline.DateParser;
import jianbao.entity.EntityEngine;
import jianbao.entity.RecordEntities;
import jianbao.headline.HeadlineSplitter;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.FieldSpan;
import jianbao.model.Page;
import jianbao.model.PageRecord;
import jianbao.model.Source;
import jianbao.model.Spans;
import jianbao.normalize.Fragment;
import jianbao.normalize.Normalizer;
import jianbao.reflow.Paragraph;
import jianbao.reflow.Reflow;
import jianbao.segment.Draft;
import jianbao.segment.HeadlinePosition;
import jianbao.segment.Layout;
import jianbao.segment.Segmenter;
import jianbao.segment.Weights;

/**
 * One page through every stage: normalize → segment → reflow → fields → entities. Holds no
 * per-page state, so one instance serves many threads.
 */
public final class PagePipeline {

  /**
   * Options that change how a page is read.
   *
   * @param layoutWeights what the page-level layout decision weighs its evidence by
   */
  public record Options(LocalDate issueDate, HeadlinePosition headlinePosition, boolean entities, Weights layoutWeights) {
    public Options(LocalDate issueDate, HeadlinePosition headlinePosition, boolean entities) {
      this(issueDate, headlinePosition, entities, Weights.defaults());
    }

    public Options {
      if (layoutWeights == null) {
        throw new IllegalArgumentException("layoutWeights is required");
      }
    }

    public static Options defaults() {
      return new Options(null, HeadlinePosition.AUTO, true);
    }
  }

  /** A processed page: its pages.jsonl line and its records. */
  public record Result(PageRecord page, List<Article> articles, int doubleClaims) {}

  private static final String POINTERS = "⬅➡⬆⬇←→↑↓▲▼◀▶△▽◄►";

  private final Options options;
  private final Segmenter segmenter;

  public PagePipeline(Options options) {
    this.options = options;
    this.segmenter = new Segmenter(options.headlinePosition(), options.layoutWeights());
  }

  public Result process(Page page) {
    LocalDate issue = options.issueDate() != null ? options.issueDate() : IssueDate.fromPath(page.path());
    Integer year = issue == null ? null : issue.getYear();
    List<Fragment> fragments = Normalizer.fragments(page.lines(), page.typeSizes());
    Layout layout = segmenter.segment(fragments);
    Ledger ledger = new Ledger(page.lines());
    ledger.claim(layout.sectionParts());

    List<Cut> cuts = new ArrayList<>();
    for (Draft d : layout.drafts()) {
      cuts.add(cut(d, year, issue, ledger));
    }
    List<RecordEntities> entities = entities(cuts);
    String idBase = page.sha256().substring(0, 12);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      Cut c = cuts.get(i);
      RecordEntities e = entities.get(i);
      articles.add(new Article(
          String.format("%s-%02d", idBase, i + 1), c.kind, new Source(page.path(), page.sha256(), c.lineStart, c.lineEnd),
          layout.section(), c.kicker, c.headline, c.subheadline, c.byline, c.date, c.dateText,
          c.paragraphs, e.people(), e.organizations(), e.places(), c.warnings, c.spans));
    }
    PageRecord record = new PageRecord(page.path(), page.sha256(), page.encoding(), page.format(),
        page.lines().size(), articles.size(), layout.section(), layout.position().name().toLowerCase(java.util.Locale.ROOT),
        Math.round(layout.margin() * 100) / 100.0, ledger.unassigned());
    return new Result(record, articles, ledger.doubleClaims());
  }

  /** A record's fields before entities are found. */
  private record Cut(
      String kind, String kicker, String headline, String subheadline, Byline byline, String date,
      String dateText, List<String> paragraphs, List<String> warnings, Spans spans, int lineStart, int lineEnd) {}

  private Cut cut(Draft d, Integer year, LocalDate issue, Ledger ledger) {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(d.headline());
    List<Paragraph> paras = Reflow.paragraphs(d.body(), d.subheads());
    List<String> texts = new ArrayList<>();
    List<FieldSpan> paraSpans = new ArrayList<>();
    for (Paragraph p : paras) {
      String t = p.text();
      // A pointer on a line of its own can come out as a paragraph by itself: keep it rather than
      // emit an empty paragraph (found by PageFuzzTest; see pointerAloneOnItsLine).
      if (texts.isEmpty() && d.kind().equals(Article.PHOTO) && !stripPointer(t).isEmpty()) {
        t = stripPointer(t);
      }
      texts.add(t);
      paraSpans.add(span(p.parts()));
      ledger.claim(p.parts());
    }
    List<Fragment> headParts = new ArrayList<>();
    for (HeadlineSplitter.Role r : roles(h)) {
      ledger.claim(r.parts());
      headParts.addAll(r.parts());
    }
    ledger.claim(d.bylineParts());
    ledger.claim(d.creditParts());

    // A closing credit stays the body's last paragraph; the names it credits join the byline's.
    BylineParser.Closing closing = paras.isEmpty() ? null : BylineParser.closing(paras.get(paras.size() - 1).text());
    Byline byline = byline(d.byline(), d.credit(), closing, year);
    String date = null;
    String dateText = null;
    if (d.byline() != null && d.byline().datelineDate() != null) {
      // A dateline over the lead dates the article.
      date = byline.datelineDate();
      dateText = d.byline().datelineDate();
    } else {
      DateParser.EventDate lead = texts.isEmpty() ? null : DateParser.lead(texts.get(0), year, issue);
      if (lead != null) {
        date = lead.value();
        dateText = lead.text();
      }
      if (date == null && byline.datelineDate() != null) {
        date = byline.datelineDate();
        dateText = closing.byline().datelineDate();
      }
    }
    List<Fragment> bylineParts = new ArrayList<>(d.bylineParts());
    bylineParts.addAll(d.creditParts());
    List<String> warnings = new ArrayList<>();
    if (h.headline() == null && d.kind().equals(Article.ARTICLE)) {
      warnings.add("no_headline");
    }
    if (texts.isEmpty()) {
      warnings.add("no_body");
    }
    Spans spans = new Spans(span(h.kicker()), span(h.headline()), span(h.subheadline()),
        bylineParts.isEmpty() ? null : span(bylineParts), paraSpans);
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (List<Fragment> group : List.of(d.body(), headParts, bylineParts)) {
      for (Fragment f : group) {
        start = Math.min(start, f.line());
        end = Math.max(end, f.line());
      }
    }
    return new Cut(d.kind(), text(h.kicker()), text(h.headline()), text(h.subheadline()), byline, date, dateText,
        texts, warnings, spans, start, end);
  }

  private static List<HeadlineSplitter.Role> roles(HeadlineSplitter.Headline h) {
    List<HeadlineSplitter.Role> out = new ArrayList<>();
    for (HeadlineSplitter.Role r : new HeadlineSplitter.Role[] {h.kicker(), h.headline(), h.subheadline()}) {
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The article's byline: the lead's (or a byline line's), with what a closing credit adds
   * (reporters after the lead's, a dispatch's dateline when the lead has none) and a caption
   * credit's photographers.
   */
  private static Byline byline(Byline b, Byline credit, BylineParser.Closing closing, Integer year) {
    if (b == null && credit == null && closing == null) {
      return Byline.NONE;
    }
    Byline base = b != null ? b : credit != null ? credit : Byline.NONE;
    Set<String> reporters = new LinkedHashSet<>(base.reporters());
    Set<String> photographers = new LinkedHashSet<>(base.photographers());
    String agency = base.agency();
    String place = base.place();
    String dateline = base.datelineDate();
    String text = base.text();
    if (b != null && credit != null) {
      photographers.addAll(credit.photographers());
      text = text + " " + credit.text();
    }
    if (closing != null) {
      Byline c = closing.byline();
      reporters.addAll(c.reporters());
      photographers.addAll(c.photographers());
      if (dateline == null && c.datelineDate() != null) {
        dateline = c.datelineDate();
        agency = agency == null ? c.agency() : agency;
        place = place == null ? c.place() : place;
      }
    }
    return new Byline(text, List.copyOf(reporters), base.correspondents(), List.copyOf(photographers), agency, place,
        DateParser.dateline(dateline, year));
  }

  private List<RecordEntities> entities(List<Cut> cuts) {
    if (!options.entities()) {
      List<RecordEntities> none = new ArrayList<>();
      cuts.forEach(c -> none.add(new RecordEntities(List.of(), List.of(), List.of())));
      return none;
    }
    List<List<String>> records = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    for (Cut c : cuts) {
      records.add(c.paragraphs);
      known.addAll(c.byline.reporters());
      known.addAll(c.byline.correspondents());
      known.addAll(c.byline.photographers());
    }
    return EntityEngine.shared().analyzePage(records, known);
  }

  private static String stripPointer(String t) {
    int i = 0;
    while (i < t.length() && POINTERS.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return t.substring(i);
  }

  private static String text(HeadlineSplitter.Role r) {
    return r == null ? null : r.text();
  }

  private static FieldSpan span(HeadlineSplitter.Role r) {
    return r == null ? null : span(r.parts());
  }

  private static FieldSpan span(List<Fragment> parts) {
    StringBuilder raw = new StringBuilder();
    int prevLine = -1;
    for (Fragment f : parts) {
      if (prevLine != -1) {
        raw.append(f.line() == prevLine ? " " : "\n");
      }
      raw.append(f.raw());
      prevLine = f.line();
    }
    return new FieldSpan(raw.toString(), parts.get(0).line(), parts.get(parts.size() - 1).line());
  }
}
