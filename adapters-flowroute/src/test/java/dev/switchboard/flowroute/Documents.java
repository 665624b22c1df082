package dev.switchboard.flowroute;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.io.UncheckedIOException;

/** Flowroute answers in test text, read into the records the REST clients map them to. */
public final class Documents {

  private static final ObjectMapper JSON = FlowrouteJson.clientMapper();

  private Documents() {}

  /** A document of one resource. */
  public static <R> JsonApiDocument<R> single(String body, Class<R> resource) {
    return read(
        body, JSON.getTypeFactory().constructParametricType(JsonApiDocument.class, resource));
  }

  /** A collection document. */
  public static <R> JsonApiCollection<R> collection(String body, Class<R> resource) {
    return read(
        body, JSON.getTypeFactory().constructParametricType(JsonApiCollection.class, resource));
  }

  /** One resource object on its own. */
  public static <R> R resource(String body, Class<R> resource) {
    return read(body, JSON.constructType(resource));
  }

  private static <T> T read(String body, JavaType type) {
    try {
      return JSON.readValue(body, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
