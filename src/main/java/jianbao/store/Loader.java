package jianbao.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.PageRecord;
import jianbao.read.InputRoots;
import jianbao.write.Json;
import jianbao.write.JsonlSink;

/** Loads an extract output folder (articles.jsonl, pages.jsonl, rejects.jsonl) into a store. */
public final class Loader {
  /** The run's report (jianbao.batch.RunReport), whose options.inputs name the inputs as typed. */
  static final String RUN_REPORT = "run.json";

  private Loader() {}

  /**
   * The inputs the output folder was extracted from, read from its run.json, so pages get their
   * paths relative to their input; {@link InputRoots#NONE} when run.json is missing or unreadable
   * (the load goes on without relative paths).
   */
  public static InputRoots inputRoots(Path outDir) {
    try {
      JsonNode inputs = Json.mapper().readTree(outDir.resolve(RUN_REPORT).toFile()).path("options").path("inputs");
      List<String> typed = new ArrayList<>();
      inputs.forEach(input -> typed.add(input.asText()));
      return InputRoots.of(typed);
    } catch (IOException e) {
      return InputRoots.NONE;
    }
  }

  /**
   * @throws IOException when articles.jsonl is missing, a line is not a record (file and line
   *     named), or the database refuses a batch. pages.jsonl and rejects.jsonl are optional.
   */
  public static void load(Path outDir, ArticleStore store) throws IOException {
    Path articles = outDir.resolve(JsonlSink.ARTICLES);
    if (!Files.isRegularFile(articles)) {
      throw new NoSuchFileException(articles.toString(), null,
          "no " + JsonlSink.ARTICLES + " (was the folder written with --format jsonl?)");
    }
    read(outDir.resolve(JsonlSink.PAGES), false, (line, json) ->
        store.putPage(Json.mapper().readValue(json, PageRecord.class)));
    read(articles, true, (line, json) ->
        store.putArticle(Json.mapper().readValue(json, Article.class)));
    read(outDir.resolve(JsonlSink.REJECTS), false, (line, json) -> {
      JsonNode r = Json.mapper().readTree(json);
      store.putReject(r.path("path").asText(), r.path("stage").asText(), r.path("reason").asText());
    });
    store.flush();
  }

  private interface LineHandler {
    void handle(int line, String json) throws IOException;
  }

  private static void read(Path file, boolean required, LineHandler handler) throws IOException {
    if (!required && !Files.exists(file)) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = in.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          handler.handle(n, line);
        } catch (JsonProcessingException e) {
          throw new IOException(file + " line " + n + ": not a jianbao record: " + e.getOriginalMessage(), e);
        }
      }
    }
  }
}
