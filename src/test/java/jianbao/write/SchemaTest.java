package jianbao.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jianbao.model.Article;
import jianbao.model.Byline;
import jianbao.model.FieldSpan;
import jianbao.model.Named;
import jianbao.model.PageRecord;
import jianbao.model.Person;
import jianbao.model.Source;
import jianbao.model.Spans;
import jianbao.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaTest {
  @TempDir Path out;

  @Test
  void recordsWrittenByJsonlSinkMatchTheSchemas() throws IOException {
    try (JsonlSink sink = new JsonlSink(out)) {
      sink.accept(Fixtures.page(2), List.of(Fixtures.full(), Fixtures.sparse()));
      sink.accept(Fixtures.emptyPage(), List.of());
    }
    List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"));
    List<String> pages = Files.readAllLines(out.resolve("pages.jsonl"));
    assertEquals(2, articles.size());
    assertEquals(2, pages.size());
    for (String line : articles) {
      SchemaAssert.assertValidArticle(Json.mapper().readTree(line));
    }
    for (String line : pages) {
      SchemaAssert.assertValidPage(Json.mapper().readTree(line));
    }
  }

  @Test
  void yearlessDateIsValid() {
    // ISO 8601 month-day, as jianbao.dateline.DateParser writes it without a year
    assertEquals(List.of(), SchemaAssert.articleErrors(article(a -> a.put("date", "--05-17"))));
    assertEquals(
        List.of(),
        SchemaAssert.articleErrors(
            article(a -> ((ObjectNode) a.get("byline")).put("dateline_date", "--01-14"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-5-17", "2024年5月17日", "---05-17", "-05-17", "2024-05-17T00:00"})
  void malformedDateIsInvalid(String date) {
    assertFalse(SchemaAssert.articleErrors(article(a -> a.put("date", date))).isEmpty(), date);
  }

  @Test
  void emptyStringForUnknownValueIsInvalid() {
    assertInvalid(article(a -> a.put("headline", "")));
    assertInvalid(article(a -> a.put("date_text", "")));
    assertInvalid(article(a -> ((ObjectNode) a.get("byline")).put("agency", "")));
  }

  @Test
  void wrongShapesAreInvalid() {
    assertInvalid(article(a -> a.put("kind", "story")));
    assertInvalid(article(a -> a.remove("warnings")));
    assertInvalid(article(a -> a.put("extra", 1)));
    assertInvalid(article(a -> a.putNull("byline")));
    assertInvalid(article(a -> a.putNull("paragraphs")));
    assertInvalid(article(a -> ((ObjectNode) a.get("source")).put("sha256", "ABC")));
    assertInvalid(article(a -> ((ObjectNode) a.get("source")).put("line_start", 0)));
    assertInvalid(article(a -> ((ObjectNode) a.get("spans")).put("headline", "吕沛")));
    assertInvalid(
        article(a -> ((ObjectNode) a.get("people").get(0)).put("title", (String) null).remove("count")));
    assertFalse(SchemaAssert.pageErrors(page(p -> p.put("line_count", "403"))).isEmpty());
    assertFalse(SchemaAssert.pageErrors(page(p -> p.remove("unassigned"))).isEmpty());
    assertFalse(
        SchemaAssert.pageErrors(page(p -> ((ObjectNode) p.get("unassigned").get(0)).put("raw", "x")))
            .isEmpty());
  }

  @Test
  void schemasAreValidDraft202012() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema meta = factory.getSchema(SchemaLocation.of(SchemaId.V202012));
    for (Path file : List.of(SchemaAssert.ARTICLE_SCHEMA, SchemaAssert.PAGE_SCHEMA)) {
      JsonNode schema = SchemaAssert.readSchema(file);
      assertEquals(Set.of(), meta.validate(schema), file.toString());
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
      assertTrue(schema.get("$id").asText().endsWith("/" + file.getFileName()), file.toString());
    }
  }

  /**
   * Each object schema lists exactly the snake_case components of its model record, all required,
   * nothing else allowed, each described: a model change without a schema change fails here.
   */
  @Test
  void schemasMirrorTheModelRecords() {
    JsonNode article = SchemaAssert.readSchema(SchemaAssert.ARTICLE_SCHEMA);
    JsonNode page = SchemaAssert.readSchema(SchemaAssert.PAGE_SCHEMA);
    Map<JsonNode, Class<? extends Record>> objects =
        Map.of(
            article, Article.class,
            article.at("/$defs/source"), Source.class,
            article.at("/$defs/byline"), Byline.class,
            article.at("/$defs/person"), Person.class,
            article.at("/$defs/named"), Named.class,
            article.at("/$defs/spans"), Spans.class,
            article.at("/$defs/field_span"), FieldSpan.class,
            page, PageRecord.class,
            page.at("/$defs/text_span"), TextSpan.class);
    for (Map.Entry<JsonNode, Class<? extends Record>> e : objects.entrySet()) {
      JsonNode schema = e.getKey();
      String name = e.getValue().getSimpleName();
      List<String> expected = snakeCaseComponents(e.getValue());
      assertEquals(expected, fieldNames(schema.get("properties")), name + " properties");
      assertEquals(
          new TreeSet<>(expected), new TreeSet<>(texts(schema.get("required"))), name + " required");
      assertFalse(schema.get("additionalProperties").asBoolean(true), name + " additionalProperties");
      schema.get("properties").fields().forEachRemaining(
          p -> assertTrue(
              p.getValue().path("description").asText().length() > 5,
              name + "." + p.getKey() + " has no description"));
    }
  }

  private static List<String> snakeCaseComponents(Class<? extends Record> type) {
    var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .map(snake::translate)
        .collect(Collectors.toList());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      values.add(it.next().asText());
    }
    return values;
  }

  private static void assertInvalid(JsonNode article) {
    assertFalse(SchemaAssert.articleErrors(article).isEmpty(), "accepted: " + article);
  }

  private static ObjectNode article(Consumer<ObjectNode> change) {
    ObjectNode node = Json.mapper().valueToTree(Fixtures.full());
    SchemaAssert.assertValidArticle(node);
    change.accept(node);
    return node;
  }

  private static ObjectNode page(Consumer<ObjectNode> change) {
    ObjectNode node = Json.mapper().valueToTree(Fixtures.page(1));
    SchemaAssert.assertValidPage(node);
    change.accept(node);
    return node;
  }
}
