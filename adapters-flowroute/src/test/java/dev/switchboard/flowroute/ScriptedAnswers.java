package dev.switchboard.flowroute;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answers a stand-in Flowroute gives, in order, and the calls and bodies it received. A
 * scripted answer reaches the adapter as the REST clients deliver it: a 2xx as the method's typed
 * value, anything else as the exception of {@link FlowrouteResponseMapper}.
 */
public final class ScriptedAnswers {

  private static final ObjectMapper JSON = FlowrouteJson.clientMapper();

  public final List<String> calls = new ArrayList<>();
  public final List<String> bodies = new ArrayList<>();
  private final Deque<Supplier<Response>> answers = new ArrayDeque<>();

  public ScriptedAnswers answer(int status, String body) {
    answers.add(() -> Response.status(status).entity(body).type(FlowrouteJson.JSON_API).build());
    return this;
  }

  public ScriptedAnswers answer(int status) {
    answers.add(() -> Response.status(status).build());
    return this;
  }

  /** The next answer, as a value of the client method's return {@code type}. */
  public <T> T record(String call, Object body, TypeReference<T> type) {
    return typed(record(call, body), type);
  }

  /** The next answer, for a client method that returns {@code RestResponse}. */
  public <T> RestResponse<T> recordStatus(String call, Object body, TypeReference<T> type) {
    return withStatus(record(call, body), type);
  }

  private Response record(String call, Object body) {
    calls.add(call);
    if (body != null) {
      bodies.add(written(body));
    }
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected call " + call);
    }
    return answers.removeFirst().get();
  }

  /** A request body as the REST client writes it. */
  public static String written(Object body) {
    return body instanceof String text ? text : FlowrouteJson.write(JSON, body);
  }

  /** A scripted answer as the client delivers it to a method returning {@code type}. */
  public static <T> T typed(Response answer, TypeReference<T> type) {
    FlowrouteResponseMapper mapper = new FlowrouteResponseMapper();
    if (mapper.handles(answer.getStatus(), answer.getHeaders())) {
      throw mapper.toThrowable(answer);
    }
    String body = answer.hasEntity() ? answer.readEntity(String.class) : null;
    if (body == null || body.isBlank()) {
      return null;
    }
    if (type.getType() == String.class) {
      @SuppressWarnings("unchecked")
      T text = (T) body;
      return text;
    }
    try {
      return JSON.readValue(body, type);
    } catch (JacksonException unreadable) {
      throw new ProcessingException(unreadable);
    }
  }

  /** A scripted answer as the client delivers it to a method returning {@code RestResponse}. */
  public static <T> RestResponse<T> withStatus(Response answer, TypeReference<T> type) {
    T value = typed(answer, type);
    return RestResponse.ResponseBuilder.<T>create(answer.getStatus()).entity(value).build();
  }
}
