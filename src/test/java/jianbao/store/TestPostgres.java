package jianbao.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests: initdb into a temp folder, started with pg_ctl on
 * 127.0.0.1 and a free port, removed when the JVM exits. As root the server runs as the
 * {@code postgres} user (PostgreSQL refuses to run as root). {@code JIANBAO_TEST_PG_URL} (a JDBC
 * URL whose user may CREATE DATABASE) uses an existing server instead.
 */
final class TestPostgres {
  private static TestPostgres instance;
  private static String unavailable;

  private final String adminUrl;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(String adminUrl) {
    this.adminUrl = adminUrl;
  }

  /** The shared server, or null when it cannot start ({@link #whyUnavailable} says why). */
  static synchronized TestPostgres get() {
    if (instance == null && unavailable == null) {
      try {
        String external = System.getenv("JIANBAO_TEST_PG_URL");
        instance = new TestPostgres(external != null ? external : startCluster());
      } catch (IOException | RuntimeException e) {
        unavailable = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted";
      }
    }
    return instance;
  }

  static synchronized String whyUnavailable() {
    return "PostgreSQL tests skipped: " + unavailable
        + " (install Debian's postgresql package, or set JIANBAO_TEST_PG_URL)";
  }

  /** A new empty database on the server, for one test. */
  Database newDatabase() throws SQLException {
    String name = "jianbao_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }
    return Database.parse(adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
  }

  private static String startCluster() throws IOException, InterruptedException {
    Path bin = findBin();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("jianbao-pg");
    if (root) {
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      try {
        Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
      } catch (IOException e) {
        throw new IOException("running as root and there is no postgres user to run the server as");
      }
    }
    Path data = dir.resolve("data");
    Path log = dir.resolve("server.log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    // C.UTF-8: pg_trgm keeps CJK characters only under a UTF-8 LC_CTYPE.
    run(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "jianbao", "-A", "trust",
        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), dir, "initdb");
    run(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "30",
        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
        "start"), dir, "pg_ctl start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        run(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), dir, "pg_ctl stop");
      } catch (IOException | InterruptedException ignored) {
        // the JVM is exiting; the temp folder goes below either way
      }
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // leave the folder in the temp dir
      }
    }));
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=jianbao";
  }

  private static Path findBin() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path initdb = Path.of(dir, "initdb");
      if (!dir.isEmpty() && Files.isExecutable(initdb)) {
        return initdb.toRealPath().getParent();
      }
    }
    Path versions = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> list = Files.list(versions)) {
        // Debian keeps initdb out of PATH, under /usr/lib/postgresql/VERSION/bin.
        List<Path> bins = new ArrayList<>(list.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).toList());
        bins.sort(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        if (!bins.isEmpty()) {
          return bins.get(bins.size() - 1);
        }
      }
    }
    throw new IOException("no initdb in PATH or /usr/lib/postgresql/*/bin");
  }

  private static void run(boolean root, List<String> command, Path dir, String what) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Path output = Files.createTempFile("jianbao-pg", ".out");
    try {
      Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(what + " did not finish in 60 s");
      }
      if (p.exitValue() != 0) {
        String out = Files.readString(output, StandardCharsets.UTF_8).strip();
        Path log = dir.resolve("server.log");
        if (Files.isReadable(log)) {
          out += "\n" + Files.readString(log, StandardCharsets.UTF_8).strip();
        }
        throw new IOException(what + " failed (exit " + p.exitValue() + "): " + out);
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
