package jianbao.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * {@code articles.parquet/} read back with Parquet's own reader (no Spark) into JSON trees, to
 * compare field by field with extract's records: structs become objects, LIST groups arrays.
 */
final class ParquetRecords {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ParquetRecords() {}

  static List<JsonNode> read(Path folder) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    Configuration conf = new Configuration();
    List<Path> parts;
    try (Stream<Path> files = Files.list(folder)) {
      parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    for (Path part : parts) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(part.toUri());
      GroupType schema;
      try (ParquetFileReader meta = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
        schema = meta.getFooter().getFileMetaData().getSchema();
      }
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), p).withConf(conf).build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          records.add(object(g, schema));
        }
      }
    }
    return records;
  }

  /** The Spark schema of the files, as Parquet holds it (field names and nesting). */
  static GroupType schema(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path part = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      try (ParquetFileReader meta = ParquetFileReader.open(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), new Configuration()))) {
        return meta.getFooter().getFileMetaData().getSchema();
      }
    }
  }

  private static ObjectNode object(Group g, GroupType type) {
    ObjectNode o = JSON.objectNode();
    for (int i = 0; i < type.getFieldCount(); i++) {
      o.set(type.getFieldName(i), g.getFieldRepetitionCount(i) == 0 ? JSON.nullNode() : value(g, i, 0, type.getType(i)));
    }
    return o;
  }

  private static JsonNode value(Group g, int field, int index, Type type) {
    if (type.isPrimitive()) {
      return switch (type.asPrimitiveType().getPrimitiveTypeName()) {
        case BINARY -> JSON.textNode(g.getString(field, index));
        case INT32 -> JSON.numberNode(g.getInteger(field, index));
        case INT64 -> JSON.numberNode(g.getLong(field, index));
        case BOOLEAN -> JSON.booleanNode(g.getBoolean(field, index));
        case DOUBLE -> JSON.numberNode(g.getDouble(field, index));
        default -> throw new IllegalArgumentException("unexpected Parquet type " + type);
      };
    }
    Group inner = g.getGroup(field, index);
    GroupType groupType = type.asGroupType();
    if (!(type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation)) {
      return object(inner, groupType);
    }
    // LIST: a repeated group "list" whose one field "element" holds each item
    ArrayNode array = JSON.arrayNode();
    GroupType repeated = groupType.getType(0).asGroupType();
    for (int k = 0; k < inner.getFieldRepetitionCount(0); k++) {
      Group item = inner.getGroup(0, k);
      array.add(item.getFieldRepetitionCount(0) == 0 ? JSON.nullNode() : value(item, 0, 0, repeated.getType(0)));
    }
    return array;
  }
}
