package jianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.write.Json;

/** Runs {@code jianbao} in-process with stderr captured; reads the outputs back. */
final class Cli {
  record Run(int code, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Cli() {}

  static Run run(String... args) {
    StringWriter buffer = new StringWriter();
    int code;
    try (PrintWriter err = new PrintWriter(buffer)) {
      code = Main.run(err, args);
    }
    return new Run(code, buffer.toString());
  }

  static List<JsonNode> jsonLines(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        out.add(Json.mapper().readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
