package dev.switchboard.api.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.switchboard.domain.shared.StorableText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Applies {@link StorableText} to every string of a JSON request body: a NUL character or an
 * unpaired surrogate (as a JSON escape) is refused while the body is read, whatever the field.
 */
@Singleton
public class StorableStrings implements ObjectMapperCustomizer {

  /** The refusal, a mapping error so that it carries the field's path. */
  public static final class UnstorableText extends JsonMappingException {
    UnstorableText(JsonParser parser) {
      super(parser, "a string holds a NUL character or an unpaired UTF-16 surrogate");
    }
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("storable-strings")
            .addDeserializer(String.class, new CheckedStringDeserializer()));
  }

  private static final class CheckedStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = super.deserialize(parser, context);
      if (!StorableText.storable(value)) {
        throw new UnstorableText(parser);
      }
      return value;
    }
  }
}
