package jianbao.write;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates output JSON against the schemas in {@code schema/} (paths relative to the project
 * root, Maven's working directory for tests). For any test that produces records.
 */
public final class SchemaAssert {
  public static final Path SCHEMA_DIR = Path.of("schema");
  public static final Path ARTICLE_SCHEMA = SCHEMA_DIR.resolve("article.schema.json");
  public static final Path PAGE_SCHEMA = SCHEMA_DIR.resolve("page.schema.json");

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema ARTICLE = load(ARTICLE_SCHEMA);
  private static final JsonSchema PAGE = load(PAGE_SCHEMA);

  private SchemaAssert() {}

  public static void assertValidArticle(JsonNode article) {
    assertValid(ARTICLE_SCHEMA, articleErrors(article), article);
  }

  public static void assertValidPage(JsonNode page) {
    assertValid(PAGE_SCHEMA, pageErrors(page), page);
  }

  /** Validation messages (empty when valid), for tests that expect a failure. */
  public static List<String> articleErrors(JsonNode article) {
    return messages(ARTICLE, article);
  }

  public static List<String> pageErrors(JsonNode page) {
    return messages(PAGE, page);
  }

  static JsonNode readSchema(Path file) {
    try {
      return Json.mapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + file.toAbsolutePath() + " (tests must run from the project root)", e);
    }
  }

  private static JsonSchema load(Path file) {
    return FACTORY.getSchema(readSchema(file));
  }

  private static List<String> messages(JsonSchema schema, JsonNode node) {
    return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static void assertValid(Path schema, List<String> errors, JsonNode node) {
    if (!errors.isEmpty()) {
      fail("does not match " + schema + ": " + String.join("; ", errors) + "\n  in " + node);
    }
  }
}
