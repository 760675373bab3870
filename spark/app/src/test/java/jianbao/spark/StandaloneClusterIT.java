package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jianbao.write.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster on 127.0.0.1: Spark's Master and one Worker, each its own process,
 * started from the Maven-resolved jars ({@code ./jianbao-spark spark-class …}); the job goes in
 * through {@code ./jianbao-spark --master spark://127.0.0.1:PORT}, its executors are JVMs the Worker
 * launches, and the test hook ends one executor JVM in the middle of writing articles. The Worker
 * gives the job a new executor, Spark runs the lost tasks again (and recomputes the cached pages
 * that died with the executor), and the records still equal extract's, none missing or twice.
 */
class StandaloneClusterIT {
  static final int GENERATED = 24;

  @TempDir static Path dir;
  static final List<Process> cluster = new ArrayList<>();
  static String master;

  @BeforeAll
  static void startCluster() throws Exception {
    int port = freePort();
    int ui = freePort();
    master = "spark://127.0.0.1:" + port;
    cluster.add(daemon("master", "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(ui)));
    awaitWorkers(ui, 0);
    cluster.add(daemon("worker", "org.apache.spark.deploy.worker.Worker", master,
        "--host", "127.0.0.1", "--cores", "2", "--memory", "2g", "--webui-port", String.valueOf(freePort()),
        "--work-dir", Files.createDirectories(dir.resolve("work")).toString()));
    awaitWorkers(ui, 1);
  }

  @AfterAll
  static void stopCluster() {
    // the Worker first: it ends its executors on the way out
    for (int i = cluster.size() - 1; i >= 0; i--) {
      Launch.stop(cluster.get(i));
    }
  }

  @Test
  void jobOnTheClusterWritesExtractsRecordsThroughALostExecutor() throws Exception {
    Path pages = TestPages.write(dir.resolve("pages"), GENERATED);
    Path extractOut = dir.resolve("extract");
    Path sparkOut = dir.resolve("spark");
    Path marker = dir.resolve("executor-ended");
    Launch.Result extract = Launch.extract(extractOut, List.of(pages));
    Launch.Result spark = Launch.spark(List.of("--master", master, "--executor-memory", "1g",
            "--conf", FailOnce.MARKER + "=" + marker, "--conf", FailOnce.HOW + "=executor"),
        List.of(pages), sparkOut);

    assertEquals(extract.code(), spark.code(), "exit code");
    assertTrue(Files.exists(marker), "the test hook ended an executor");
    assertTrue(spark.err().contains("Lost executor") || spark.err().contains("ExecutorLostFailure"),
        "Spark reported the lost executor:\n" + spark.err());
    Launch.assertSameOutputs(extractOut, sparkOut);
    JsonNode report = Json.mapper().readTree(sparkOut.resolve("run.json").toFile());
    assertEquals(master, report.get("master").asText());
    assertEquals(ParquetRecords.read(sparkOut.resolve("articles.parquet")).size(),
        Launch.lines(extractOut.resolve("articles.jsonl")).size(), "records in articles.parquet");
  }

  private static Process daemon(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("./jianbao-spark", "spark-class", mainClass));
    command.addAll(List.of(args));
    Path log = dir.resolve(name + ".log");
    System.out.println("$ " + String.join(" ", command) + "   (log: " + log + ")");
    ProcessBuilder pb = new ProcessBuilder(command).directory(Launch.HOME.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** Waits until the Master's web UI answers and counts {@code workers} alive workers. */
  private static void awaitWorkers(int ui, int workers) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      for (Process p : cluster) {
        if (!p.isAlive()) {
          fail("a cluster process ended (exit " + p.exitValue() + "); logs in " + dir);
        }
      }
      try {
        JsonNode state = Json.mapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (state.path("aliveworkers").asInt(-1) == workers) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    fail("the cluster did not come up with " + workers + " worker(s) in 3 minutes; logs in " + dir);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
