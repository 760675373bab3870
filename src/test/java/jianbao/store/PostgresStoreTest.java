package jianbao.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/** The same contract against a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {
  @BeforeAll
  static void server() {
    assumeTrue(TestPostgres.get() != null, TestPostgres::whyUnavailable);
  }

  @Override
  Database freshDatabase() throws Exception {
    return TestPostgres.get().newDatabase();
  }
}
