package jianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import jianbao.write.Json;

/**
 * An extract output folder of many pages for measuring the review at scale: the sample page's
 * records repeated under made-up page paths and hashes, with the signs of trouble the index sorts
 * by (warnings, unassigned text, missing headlines, small layout margins) scattered over them.
 * The made-up pages have no source file, so their lines are rebuilt from the outputs.
 */
final class ManyPages {
  private ManyPages() {}

  static void write(Path sampleOut, Path to, int pages, long seed) throws IOException {
    JsonNode page = Json.mapper().readTree(Files.readAllLines(sampleOut.resolve("pages.jsonl")).get(0));
    List<String> recordLines = Files.readAllLines(sampleOut.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    Random rnd = new Random(seed);
    Files.createDirectories(to);
    try (BufferedWriter pw = Files.newBufferedWriter(to.resolve("pages.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter aw = Files.newBufferedWriter(to.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < pages; i++) {
        byte[] h = new byte[32];
        rnd.nextBytes(h);
        String sha = HexFormat.of().formatHex(h);
        ObjectNode p = page.deepCopy();
        p.put("path", String.format("archive/%04d/%02d/page-%06d.txt", 1950 + i % 70, 1 + i % 12, i));
        p.put("sha256", sha);
        p.put("layout_margin", Math.round(rnd.nextDouble() * 400) / 100.0 * (rnd.nextInt(10) == 0 ? 1 : 30));
        if (rnd.nextInt(4) != 0) {
          p.putArray("unassigned");
        }
        pw.write(Json.mapper().writeValueAsString(p));
        pw.write('\n');
        for (int r = 0; r < recordLines.size(); r++) {
          ObjectNode rec = (ObjectNode) Json.mapper().readTree(recordLines.get(r));
          rec.put("id", sha.substring(0, 12) + String.format("-%02d", r + 1));
          ((ObjectNode) rec.get("source")).put("path", p.get("path").asText()).put("sha256", sha);
          if (rnd.nextInt(40) == 0) {
            ((ArrayNode) rec.get("warnings")).add("no_headline");
            rec.putNull("headline");
          }
          aw.write(Json.mapper().writeValueAsString(rec));
          aw.write('\n');
        }
      }
    }
  }
}
