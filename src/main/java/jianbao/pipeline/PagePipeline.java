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

/**
 * One page through every stage: normalize → segment → reflow → fields → entities. Holds no
 * per-page state, so one instance serves many threads.
 */
public final class PagePipeline {

  /** Options that change how a page is read. */
  public record Options(LocalDate issueDate, HeadlinePosition headlinePosition, boolean entities) {
    public static Options defaults() {
      return new Options(null, HeadlinePosition.AUTO, true);
    }
  }

  /** A processed page: its pages.jsonl line and its records. */
  public record Result(PageRecord page, List<Article> articles, int doubleClaims) {}

  private static final String POINTERS = "⬅➡⬆⬇←→↑↓▲▼◀▶△▽◄►";

  private final Options options;
  private final Normalizer normalizer = new Normalizer(BylineParser::agencyLeadInside);
  private final Segmenter segmenter;

  public PagePipeline(Options options) {
    this.options = options;
    this.segmenter = new Segmenter(options.headlinePosition());
  }

  public Result process(Page page) {
    LocalDate issue = options.issueDate() != null ? options.issueDate() : IssueDate.fromPath(page.path());
    Integer year = issue == null ? null : issue.getYear();
    List<Fragment> fragments = normalizer.fragments(page.lines());
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
        page.lines().size(), articles.size(), layout.section(), ledger.unassigned());
    return new Result(record, articles, ledger.doubleClaims());
  }

  /** A record's fields before entities are found. */
  private record Cut(
      String kind, String kicker, String headline, String subheadline, Byline byline, String date,
      String dateText, List<String> paragraphs, List<String> warnings, Spans spans, int lineStart, int lineEnd) {}

  private Cut cut(Draft d, Integer year, LocalDate issue, Ledger ledger) {
    HeadlineSplitter.Headline h = HeadlineSplitter.split(d.headline());
    List<Fragment> own = new ArrayList<>(d.subheads());
    own.addAll(authorNote(d.body()));
    List<Paragraph> paras = new ArrayList<>(Reflow.paragraphs(d.body(), own));
    // A closing author note （作者为…） is byline, not body.
    Paragraph note = null;
    if (!paras.isEmpty() && BylineParser.isAuthorNote(paras.get(paras.size() - 1).text())) {
      note = paras.remove(paras.size() - 1);
      ledger.claim(note.parts());
    }
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

    Byline byline = byline(d.byline(), d.credit(), year);
    if (note != null) {
      byline = new Byline(byline.text() == null ? note.text() : byline.text() + " " + note.text(), byline.reporters(),
          byline.correspondents(), byline.photographers(), byline.agency(), byline.place(), byline.datelineDate());
    }
    DateParser.EventDate lead = texts.isEmpty() ? null : DateParser.lead(texts.get(0), year, issue);
    String date = lead == null ? null : lead.value();
    String dateText = lead == null ? null : lead.text();
    // The dateline's date stands in when the lead gives no day (日前, none at all).
    if (date == null && byline.datelineDate() != null) {
      date = byline.datelineDate();
      dateText = d.byline().datelineDate();
    }
    List<Fragment> bylineParts = new ArrayList<>(d.bylineParts());
    bylineParts.addAll(d.creditParts());
    if (note != null) {
      bylineParts.addAll(note.parts());
    }
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

  /** The closing lines of a body that print an author note （作者为…）, or none. */
  private static List<Fragment> authorNote(List<Fragment> body) {
    StringBuilder tail = new StringBuilder();
    for (int i = body.size() - 1; i >= Math.max(0, body.size() - 3); i--) {
      tail.insert(0, body.get(i).text());
      if (body.get(i).text().startsWith("（") || body.get(i).text().startsWith("(")) {
        return BylineParser.isAuthorNote(tail.toString()) ? body.subList(i, body.size()) : List.of();
      }
    }
    return List.of();
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

  /** The article's byline, with a photo credit's photographers added. */
  private static Byline byline(Byline b, Byline credit, Integer year) {
    if (b == null && credit == null) {
      return Byline.NONE;
    }
    if (b == null) {
      return credit;
    }
    String dateline = DateParser.dateline(b.datelineDate(), year);
    List<String> photographers = new ArrayList<>(b.photographers());
    String text = b.text();
    if (credit != null) {
      photographers.addAll(credit.photographers());
      text = text + " " + credit.text();
    }
    Set<String> unique = new LinkedHashSet<>(photographers);
    return new Byline(text, b.reporters(), b.correspondents(), List.copyOf(unique), b.agency(), b.place(), dateline);
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
