package jianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds records in a store. Text is split at spaces into terms that must all match: a term of 3+
 * characters matches anywhere in the headline roles or paragraphs (trigrams); a shorter one must
 * be a word as HanLP segments it (北京 finds 北京 and 北京市, not 东北京剧). {@code person},
 * {@code org} and {@code place} match names containing the text; the date range matches full
 * dates only (a record dated --05-17 has no year to compare).
 */
public final class Search {
  public record Query(String text, String person, String org, String place, String dateFrom, String dateTo, int limit) {}

  public record Hit(String id, String date, String headline, String snippet) {}

  /** {@code total} matching records; {@code hits} the first {@code limit} by date, then id. */
  public record Result(long total, List<Hit> hits) {}

  private static final int SNIPPET = 30; // characters either side of the first match

  private Search() {}

  /** @throws IllegalArgumentException for a malformed date or a term with nothing searchable */
  public static Result run(Database db, Query q) throws StoreException {
    Where where = where(db.dialect(), q);
    if (db.sqliteFile() != null && !java.nio.file.Files.exists(db.sqliteFile())) {
      throw new StoreException(db, "no such database file (load one with: jianbao load OUTDIR --db " + db + ")");
    }
    try (Connection c = db.open()) {
      long total;
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM articles a" + where.sql)) {
        where.bind(s);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Hit> hits = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.date, a.headline, a.body FROM articles a"
          + where.sql + " ORDER BY a.date IS NULL, a.date, a.id LIMIT " + Math.max(q.limit(), 0))) {
        where.bind(s);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getString(3),
                snippet(rs.getString(4), rs.getString(3), where.highlights)));
          }
        }
      }
      c.rollback(); // read only; ends the transaction the driver opened
      return new Result(total, hits);
    } catch (SQLException e) {
      throw new StoreException(db, "search failed", e);
    }
  }

  private record Where(String sql, List<String> params, List<String> highlights) {
    void bind(PreparedStatement s) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        s.setString(i + 1, params.get(i));
      }
    }
  }

  private static Where where(Database.Dialect dialect, Query q) {
    boolean sqlite = dialect == Database.Dialect.SQLITE;
    List<String> conditions = new ArrayList<>();
    List<String> params = new ArrayList<>();
    List<String> highlights = new ArrayList<>();
    if (q.text() != null) {
      for (String term : q.text().strip().split("\\s+")) {
        if (term.isEmpty()) {
          continue;
        }
        if (term.codePointCount(0, term.length()) >= 3) {
          if (sqlite) {
            conditions.add("a.doc IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            params.add(phrase(term));
          } else {
            conditions.add("a.body ILIKE ? ESCAPE '\\'");
            params.add("%" + likeEscape(term) + "%");
          }
          highlights.add(term);
        } else {
          List<String> words = SearchText.wordList(term);
          if (words.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for in \"" + term + "\" (punctuation only)");
          }
          if (sqlite) {
            conditions.add("a.doc IN (SELECT rowid FROM articles_words WHERE articles_words MATCH ?)");
            List<String> phrases = new ArrayList<>();
            for (String w : words) {
              phrases.add(phrase(w));
            }
            params.add(String.join(" AND ", phrases));
          } else {
            conditions.add("a.words_tsv @@ plainto_tsquery('simple', ?)");
            params.add(String.join(" ", words));
          }
          highlights.addAll(words);
        }
      }
    }
    named(conditions, params, "people", q.person());
    named(conditions, params, "organizations", q.org());
    named(conditions, params, "places", q.place());
    if (q.dateFrom() != null) {
      conditions.add("a.date >= ? AND a.date NOT LIKE '--%'");
      params.add(date("--date-from", q.dateFrom()));
    }
    if (q.dateTo() != null) {
      conditions.add("a.date <= ? AND a.date NOT LIKE '--%'");
      params.add(date("--date-to", q.dateTo()));
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(sql, params, highlights);
  }

  private static void named(List<String> conditions, List<String> params, String table, String name) {
    if (name == null) {
      return;
    }
    conditions.add("EXISTS (SELECT 1 FROM " + table + " n WHERE n.article_id = a.id AND n.name LIKE ? ESCAPE '\\')");
    params.add("%" + likeEscape(name.strip()) + "%");
  }

  private static String date(String option, String value) {
    try {
      return LocalDate.parse(value.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be YYYY-MM-DD, got \"" + value + "\"");
    }
  }

  /** An FTS5 string: the term in double quotes, inner quotes doubled, so no character is syntax. */
  private static String phrase(String term) {
    return "\"" + term.replace("\"", "\"\"") + "\"";
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Text around the first highlight, marked with [ ]; else the start of the body after the headline. */
  static String snippet(String body, String headline, List<String> highlights) {
    String flat = body.replace('\n', ' ');
    String lower = flat.toLowerCase(Locale.ROOT);
    if (lower.length() != flat.length()) {
      lower = flat; // a few letters change length when lowered; offsets must stay aligned
    }
    for (String h : highlights) {
      int at = lower.indexOf(h.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(flat.length(), at + h.length() + SNIPPET);
        return (from > 0 ? "…" : "") + flat.substring(from, at) + "[" + flat.substring(at, at + h.length()) + "]"
            + flat.substring(at + h.length(), to) + (to < flat.length() ? "…" : "");
      }
    }
    int start = headline != null && flat.contains(headline) ? flat.indexOf(headline) + headline.length() : 0;
    String rest = flat.substring(start).strip();
    return rest.length() > 2 * SNIPPET ? rest.substring(0, 2 * SNIPPET) + "…" : rest;
  }
}
