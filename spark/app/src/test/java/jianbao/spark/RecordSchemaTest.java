package jianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jianbao.model.Article;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.write.Json;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** articles.parquet's columns are the JSON records' fields, nested the same way. */
class RecordSchemaTest {
  @Test
  void columnsAreTheJsonFieldsOfEveryRecordOfTheSample() throws Exception {
    StructType schema = RecordSchema.of(Article.class);
    List<Article> records = new PagePipeline(PagePipeline.Options.defaults())
        .process(new PageReader().read(Launch.HOME.resolve("samples/000_e1de8d0c08a602d2.txt"))).articles();
    for (Article a : records) {
      matches(schema, Json.mapper().readTree(Json.mapper().writeValueAsString(a)), a.id());
    }
    assertEquals(16, schema.fields().length);
  }

  private static void matches(DataType type, JsonNode json, String where) {
    if (json.isNull()) {
      return;
    }
    if (type instanceof StructType struct) {
      List<String> keys = new ArrayList<>();
      json.fieldNames().forEachRemaining(keys::add);
      assertEquals(keys, List.of(struct.fieldNames()), where);
      for (StructField f : struct.fields()) {
        matches(f.dataType(), json.get(f.name()), where + "." + f.name());
      }
    } else if (type instanceof ArrayType array) {
      for (Iterator<JsonNode> it = json.elements(); it.hasNext(); ) {
        matches(array.elementType(), it.next(), where + "[]");
      }
    } else if (type.equals(DataTypes.StringType)) {
      assertEquals(true, json.isTextual(), where);
    } else {
      assertInstanceOf(org.apache.spark.sql.types.IntegerType.class, type, where);
      assertEquals(true, json.isInt(), where);
    }
  }
}
