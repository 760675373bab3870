package jianbao.spark;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import jianbao.write.Json;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark schema read off a model record ({@code jianbao.model.Article}): the columns of
 * {@code articles.parquet} are the JSON fields, under the names the JSON writer gives them — nested
 * records become structs, lists arrays, every field nullable as in the JSON.
 */
final class RecordSchema {
  private RecordSchema() {}

  static StructType of(Class<?> record) {
    if (!record.isRecord()) {
      throw new IllegalArgumentException(record.getName() + " is not a record");
    }
    // The JSON writer's own naming (snake_case), so a column is named as its JSON field.
    PropertyNamingStrategies.NamingBase naming =
        (PropertyNamingStrategies.NamingBase) Json.mapper().getPropertyNamingStrategy();
    StructType struct = new StructType();
    for (RecordComponent c : record.getRecordComponents()) {
      struct = struct.add(naming.translate(c.getName()), type(c.getGenericType(), record), true);
    }
    return struct;
  }

  private static DataType type(Type type, Class<?> owner) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return DataTypes.createArrayType(type(p.getActualTypeArguments()[0], owner), true);
    }
    if (type == String.class) {
      return DataTypes.StringType;
    }
    if (type == int.class || type == Integer.class) {
      return DataTypes.IntegerType;
    }
    if (type == long.class || type == Long.class) {
      return DataTypes.LongType;
    }
    if (type == boolean.class || type == Boolean.class) {
      return DataTypes.BooleanType;
    }
    if (type == double.class || type == Double.class) {
      return DataTypes.DoubleType;
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return of(c);
    }
    throw new IllegalArgumentException("no Spark type for " + type + " in " + owner.getName());
  }
}
