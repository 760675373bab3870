package jianbao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Database freshDatabase() {
    return Database.parse("sqlite:" + dir.resolve("jianbao.db"));
  }

  @Test
  void urlsNameTheDialect() {
    assertEquals(Database.Dialect.SQLITE, Database.parse("jdbc:sqlite:/x/a.db").dialect());
    assertEquals("jdbc:sqlite:a.db", Database.parse("sqlite:a.db").jdbcUrl());
    Database pg = Database.parse("jdbc:postgresql://h:5433/news?user=u&password=secret");
    assertEquals(Database.Dialect.POSTGRESQL, pg.dialect());
    assertEquals("jdbc:postgresql://h:5433/news", pg.toString(), "no password in messages");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.parse("mysql://h/db"));
    assertTrue(e.getMessage().contains("mysql://h/db") && e.getMessage().contains("sqlite:PATH"), e.getMessage());
  }

  @Test
  void aMissingDatabaseFileIsNamedNotCreatedBySearch() {
    Database missing = Database.parse("sqlite:" + dir.resolve("none.db"));
    StoreException e = assertThrows(StoreException.class,
        () -> Search.run(missing, new Search.Query("示范区", null, null, null, null, null, 10)));
    assertTrue(e.getMessage().startsWith("jdbc:sqlite:" + dir.resolve("none.db")), e.getMessage());
    assertTrue(!Files.exists(dir.resolve("none.db")));
  }

  @Test
  void anUnwritableLocationIsNamed() {
    Database bad = Database.parse("sqlite:" + dir.resolve("no/such/folder/x.db"));
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(bad));
    assertTrue(e.getMessage().contains("no/such/folder/x.db"), e.getMessage());
  }
}
