package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.flowroute.ScriptedAnswers;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/** A stand-in Flowroute that answers from a script and records what it was asked. */
final class FakeMessagesApi implements FlowrouteMessagesApi {

  final List<String> calls = new ArrayList<>();
  final List<String> bodies = new ArrayList<>();
  private final Deque<Supplier<Response>> answers = new ArrayDeque<>();

  FakeMessagesApi answer(int status, String body) {
    answers.add(() -> Response.status(status).entity(body).type(FlowrouteJson.JSON_API).build());
    return this;
  }

  FakeMessagesApi answer(Response response) {
    answers.add(() -> response);
    return this;
  }

  FakeMessagesApi fail(RuntimeException failure) {
    answers.add(
        () -> {
          throw failure;
        });
    return this;
  }

  @Override
  public RestResponse<JsonApiDocument<Identifier>> send(SendMessageRequest envelope) {
    calls.add("POST /v2.1/messages");
    bodies.add(ScriptedAnswers.written(envelope));
    return ScriptedAnswers.withStatus(next(), new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<MessageRecord> get(String id) {
    calls.add("GET /v2.1/messages/" + id);
    return ScriptedAnswers.typed(next(), new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<MessageRecord> list(
      String startDate, String endDate, int limit, int offset) {
    calls.add(
        "GET /v2.1/messages?start_date="
            + startDate
            + "&end_date="
            + endDate
            + "&limit="
            + limit
            + "&offset="
            + offset);
    return ScriptedAnswers.typed(next(), new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> setCallback(String callbackType, CallbackUrlRequest body) {
    calls.add("PUT /v2.1/messages/" + callbackType);
    bodies.add(ScriptedAnswers.written(body));
    return ScriptedAnswers.withStatus(next(), new TypeReference<>() {});
  }

  private Response next() {
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected call " + calls.get(calls.size() - 1));
    }
    return answers.removeFirst().get();
  }
}
