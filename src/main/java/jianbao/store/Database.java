package jianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A {@code --db} URL: {@code sqlite:PATH} or {@code jdbc:sqlite:PATH} (embedded) or {@code
 * jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..]} (server).
 */
public record Database(Dialect dialect, String jdbcUrl) {

  /** The two supported databases, each with its DDL file from {@code schema/}. */
  public enum Dialect {
    SQLITE("sqlite.sql"),
    POSTGRESQL("postgresql.sql");

    private final String ddl;

    Dialect(String ddl) {
      this.ddl = ddl;
    }

    /** The DDL script, as shipped in the jar from {@code schema/}. */
    public String ddl() throws IOException {
      String resource = "/jianbao/schema/" + ddl;
      try (InputStream in = Database.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("schema " + resource + " missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** @throws IllegalArgumentException naming the accepted forms */
  public static Database parse(String url) {
    String u = url == null ? "" : url.strip();
    if (u.startsWith("sqlite:")) {
      u = "jdbc:" + u;
    }
    if (u.startsWith("jdbc:sqlite:") && u.length() > "jdbc:sqlite:".length()) {
      return new Database(Dialect.SQLITE, u);
    }
    if (u.startsWith("jdbc:postgresql:") && u.length() > "jdbc:postgresql:".length()) {
      return new Database(Dialect.POSTGRESQL, u);
    }
    throw new IllegalArgumentException("unsupported database \"" + url
        + "\" (use sqlite:PATH, jdbc:sqlite:PATH or jdbc:postgresql://HOST[:PORT]/DB)");
  }

  /** Opens a connection in manual-commit mode, with the schema created if missing. */
  public Connection open() throws StoreException {
    Connection c;
    try {
      Properties props = new Properties();
      if (dialect == Dialect.POSTGRESQL) {
        // Lets the driver send a batch of inserts as multi-row INSERTs: several times faster.
        props.setProperty("reWriteBatchedInserts", "true");
      }
      c = DriverManager.getConnection(jdbcUrl, props);
    } catch (SQLException e) {
      throw new StoreException(this, "cannot connect", e);
    }
    try {
      try (Statement s = c.createStatement()) {
        if (dialect == Dialect.SQLITE) {
          // WAL + NORMAL: durable at each commit without an fsync per statement; foreign keys
          // are off by default in SQLite and the child tables rely on them.
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=10000");
          s.execute("PRAGMA cache_size=-65536"); // 64 MiB: FTS5 merges its index segments in cache
        }
        s.executeUpdate(dialect.ddl()); // xerial runs every statement of a script only here, not in execute()
        addMissingColumns(s);
      }
      c.setAutoCommit(false);
      return c;
    } catch (SQLException | IOException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(this, "cannot create the jianbao tables", e);
    }
  }

  /**
   * Columns added to the tables after they were first shipped (table, column, type). The DDL's
   * CREATE TABLE IF NOT EXISTS leaves a table made by an earlier jianbao as it was, and its upserts
   * would fail on the missing columns; rows loaded before hold null there until loaded again.
   */
  private static final List<List<String>> ADDED_COLUMNS = List.of(
      List.of("articles", "source_relative_path", "TEXT"),
      List.of("articles", "date_year", "INTEGER"),
      List.of("articles", "date_month", "INTEGER"),
      List.of("articles", "date_day", "INTEGER"),
      List.of("pages", "relative_path", "TEXT"));

  private static void addMissingColumns(Statement s) throws SQLException {
    Map<String, Set<String>> present = new HashMap<>();
    for (List<String> added : ADDED_COLUMNS) {
      String table = added.get(0);
      Set<String> columns = present.get(table);
      if (columns == null) {
        columns = new HashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
          ResultSetMetaData meta = rs.getMetaData();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
          }
        }
        present.put(table, columns);
      }
      if (columns.add(added.get(1))) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + added.get(1) + " " + added.get(2));
      }
    }
  }

  /** The file of a SQLite database named by path; null for PostgreSQL, :memory: and file: URIs. */
  public Path sqliteFile() {
    if (dialect != Dialect.SQLITE) {
      return null;
    }
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    return path.startsWith(":") || path.startsWith("file:") ? null : Path.of(path);
  }

  /** The URL without its query string, which may hold a password. */
  @Override
  public String toString() {
    int q = jdbcUrl.indexOf('?');
    return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
  }
}
