package jianbao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jianbao.entity.EntityEngine;
import jianbao.entity.Mention;
import jianbao.entity.Mentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jianbao entities [FILE|-]}: one passage per input line, one JSON
 * object per output line with people (name, title), organisations and places,
 * each mention with char offsets into its line. Same engine as {@code extract}.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Find people, organisations and places in lines of text.",
    description = {
        "Reads UTF-8 text, one passage per line (FILE, or standard input for - or no argument), and writes one"
            + " JSON object per line with people (name, title, start, end), organizations and places (name, start,"
            + " end). Offsets are characters into that line, one entry per mention.",
        ""})
final class EntitiesCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; - or none for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    BufferedReader in = file == null || file.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    EntityEngine engine = EntityEngine.shared();
    try (in) {
      boolean first = true;
      for (String line; (line = in.readLine()) != null; ) {
        if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        first = false;
        out.write(JSON.writeValueAsString(toJson(engine.analyze(line))));
        out.write('\n');
      }
    }
    out.flush();
    return Main.OK;
  }

  static ObjectNode toJson(Mentions m) {
    ObjectNode o = JSON.createObjectNode();
    list(o.putArray("people"), m.people(), true);
    list(o.putArray("organizations"), m.organizations(), false);
    list(o.putArray("places"), m.places(), false);
    return o;
  }

  private static void list(ArrayNode a, List<Mention> ms, boolean withTitle) {
    for (Mention x : ms) {
      ObjectNode e = a.addObject();
      e.put("name", x.name());
      if (withTitle) e.put("title", x.title());
      e.put("start", x.start());
      e.put("end", x.end());
    }
  }
}
