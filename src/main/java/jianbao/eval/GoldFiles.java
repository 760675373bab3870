package jianbao.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gold files: one per page, {@code {"source": "page.txt", "records": [...]}}, alone or as a folder
 * of {@code *.gold.json}. A record gives its headline as {@code headline_block} (kicker, headline
 * and subheadline as printed, in one string) or as {@code kicker}, {@code headline},
 * {@code subheadline}; and its {@code paragraphs}.
 */
public final class GoldFiles {
  private GoldFiles() {}

  /** One page's truth. */
  public record GoldPage(String source, List<JsonNode> records) {
    /** The page's file name without its extension: how outputs and pages are paired with it. */
    public String stem() {
      return GoldFiles.stem(source);
    }
  }

  public static List<GoldPage> read(Path gold) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(files::add);
      }
    } else {
      files.add(gold);
    }
    List<GoldPage> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode g;
      try {
        g = m.readTree(f.toFile());
      } catch (IOException e) {
        throw new IOException(f + ": not a gold file: " + e.getMessage(), e);
      }
      if (g == null || !g.path("records").isArray()) {
        throw new IOException(f + ": not a gold file: no \"records\" array");
      }
      List<JsonNode> records = new ArrayList<>();
      g.get("records").forEach(records::add);
      out.add(new GoldPage(g.path("source").asText(f.getFileName().toString()), records));
    }
    return out;
  }

  /** The pieces of a gold record's headline block, as printed. */
  public static List<String> headline(JsonNode record) {
    List<String> out = new ArrayList<>();
    if (record.hasNonNull("headline_block")) {
      out.add(record.get("headline_block").asText());
      return out;
    }
    for (String f : List.of("kicker", "headline", "subheadline")) {
      if (record.hasNonNull(f)) {
        out.add(record.get(f).asText());
      }
    }
    return out;
  }

  public static List<String> paragraphs(JsonNode record) {
    List<String> out = new ArrayList<>();
    record.path("paragraphs").forEach(p -> out.add(p.isTextual() ? p.asText() : p.path("text").asText()));
    return out;
  }

  /** A path's file name without its extension ({@code a/b/page.txt} → {@code page}). */
  public static String stem(String path) {
    if (path == null) {
      return null;
    }
    String name = Path.of(path).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Groups records by the stem of their source path. */
  public static Map<String, List<JsonNode>> bySource(List<JsonNode> records) {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    for (JsonNode r : records) {
      out.computeIfAbsent(stem(r.path("source").path("path").asText(null)), k -> new ArrayList<>()).add(r);
    }
    return out;
  }
}
