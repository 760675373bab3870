package jianbao.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration behind every JSON output, so that JSONL lines, per-record files
 * and the schemas in {@code schema/} agree: snake_case keys in record component order, nulls
 * written as null (absent fields stay visible), non-ASCII written as is, no indentation.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  // Fixed "\n" rather than Jackson's default system line separator: output identical on any OS.
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /** The shared mapper. Shared by all threads: configure nothing on it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writer for human-read files: two-space indent, one array element per line. */
  public static ObjectWriter pretty() {
    return PRETTY;
  }
}
