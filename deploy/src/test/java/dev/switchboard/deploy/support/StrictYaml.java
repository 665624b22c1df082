package dev.switchboard.deploy.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML mapper as strict as the Kubernetes API server: unknown fields, duplicate keys and values
 * of the wrong type (a number where a string belongs, a string for a number) all fail.
 */
public final class StrictYaml {

  private StrictYaml() {}

  /** A new strict mapper for YAML documents. */
  public static ObjectMapper mapper() {
    ObjectMapper mapper =
        new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    strict(mapper);
    return mapper;
  }

  /** The same rules for JSON documents (the Grafana dashboard). */
  public static ObjectMapper jsonMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    strict(mapper);
    return mapper;
  }

  private static void strict(ObjectMapper mapper) {
    mapper.enable(
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
        DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
        DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY);
    mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    // The model classes keep unknown fields in an "additionalProperties" map and some ignore
    // them outright; neither may hide a typo here.
    mapper.setAnnotationIntrospector(new NoIgnoredUnknowns());
    SimpleModule noAnySetter = new SimpleModule("strict-no-any-setter");
    noAnySetter.setDeserializerModifier(new DropAnySetter());
    mapper.registerModule(noAnySetter);
    for (LogicalType type : new LogicalType[] {LogicalType.Textual}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
  }

  /** Removes every any-setter, so that unknown fields reach FAIL_ON_UNKNOWN_PROPERTIES. */
  private static final class DropAnySetter extends BeanDeserializerModifier {
    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config,
        BeanDescription description,
        BeanDeserializerBuilder builder) {
      builder.setAnySetter(null);
      builder.setIgnoreUnknownProperties(false);
      return builder;
    }
  }

  /** Drops {@code ignoreUnknown = true} from the models' annotations. */
  private static final class NoIgnoredUnknowns extends JacksonAnnotationIntrospector {
    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(
        com.fasterxml.jackson.databind.cfg.MapperConfig<?> config, Annotated annotated) {
      JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, annotated);
      return value.withoutIgnoreUnknown();
    }
  }
}
