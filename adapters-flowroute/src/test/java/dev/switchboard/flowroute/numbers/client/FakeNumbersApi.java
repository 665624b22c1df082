package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.flowroute.ScriptedAnswers;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import dev.switchboard.flowroute.routes.client.FlowrouteRoutesApi;
import dev.switchboard.flowroute.routes.client.RouteRelationshipRequest;
import dev.switchboard.flowroute.routes.client.RouteRequest;
import dev.switchboard.flowroute.routes.client.RouteResource;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/** A stand-in Flowroute for numbers and routes that answers from a script and records calls. */
final class FakeNumbersApi implements FlowrouteNumbersApi, FlowrouteRoutesApi {

  final List<String> calls = new ArrayList<>();
  final List<String> bodies = new ArrayList<>();
  private final Deque<Supplier<Response>> answers = new ArrayDeque<>();

  FakeNumbersApi answer(int status, String body) {
    answers.add(() -> Response.status(status).entity(body).type(FlowrouteJson.JSON_API).build());
    return this;
  }

  FakeNumbersApi answer(int status) {
    answers.add(() -> Response.status(status).build());
    return this;
  }

  FakeNumbersApi answerRetryAfter(int status, String retryAfter) {
    answers.add(() -> Response.status(status).header("Retry-After", retryAfter).build());
    return this;
  }

  FakeNumbersApi fail(RuntimeException failure) {
    answers.add(
        () -> {
          throw failure;
        });
    return this;
  }

  @Override
  public JsonApiCollection<NumberResource> searchAvailable(
      String startsWith,
      String contains,
      String endsWith,
      String state,
      String rateCenter,
      String numberType,
      String orderBy,
      int limit,
      int offset) {
    return ScriptedAnswers.typed(
        record(
            "GET /v2/numbers/available?starts_with=%s&contains=%s&ends_with=%s&state=%s&rate_center=%s&number_type=%s&order_by=%s&limit=%d&offset=%d"
                .formatted(
                    startsWith,
                    contains,
                    endsWith,
                    state,
                    rateCenter,
                    numberType,
                    orderBy,
                    limit,
                    offset),
            null),
        new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<Identifier> areaCodes(String maxSetupCost, int limit, int offset) {
    return ScriptedAnswers.typed(
        record(
            "GET /v2/numbers/available/areacodes?max_setup_cost=%s&limit=%d&offset=%d"
                .formatted(maxSetupCost, limit, offset),
            null),
        new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<Identifier> exchanges(
      String areaCode, String maxSetupCost, int limit, int offset) {
    return ScriptedAnswers.typed(
        record(
            "GET /v2/numbers/available/exchanges?areacode=%s&max_setup_cost=%s&limit=%d&offset=%d"
                .formatted(areaCode, maxSetupCost, limit, offset),
            null),
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<JsonApiDocument<NumberResource>> purchase(
      String number, boolean cnamLookupsEnabled, boolean messagingEnabled) {
    return ScriptedAnswers.withStatus(
        record(
            "POST /v2/numbers/%s?cnam_lookups_enabled=%s&messaging_enabled=%s"
                .formatted(number, cnamLookupsEnabled, messagingEnabled),
            null),
        new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<NumberResource> number(String number) {
    return ScriptedAnswers.typed(
        record("GET /v2/numbers/" + number, null), new TypeReference<>() {});
  }

  @Override
  public RestResponse<JsonApiDocument<NumberResource>> updateNumber(
      String number, UpdateNumberRequest body) {
    return ScriptedAnswers.withStatus(
        record("PATCH /v2/numbers/" + number, body), new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> release(String number) {
    return ScriptedAnswers.withStatus(
        record("DELETE /v2/numbers/" + number, null), new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<NumberResource> numbers(int limit, int offset) {
    return ScriptedAnswers.typed(
        record("GET /v2/numbers?limit=%d&offset=%d".formatted(limit, offset), null),
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> setCallback(
      String number, String callbackType, NumberCallbackRequest body) {
    return ScriptedAnswers.withStatus(
        record("POST /v2/numbers/" + number + "/relationships/" + callbackType, body),
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> assignRoute(
      String number, String relationship, RouteRelationshipRequest body) {
    return ScriptedAnswers.withStatus(
        record("PATCH /v2/numbers/" + number + "/relationships/" + relationship, body),
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> removeRoute(String number, String relationship) {
    return ScriptedAnswers.withStatus(
        record("DELETE /v2/numbers/" + number + "/relationships/" + relationship, null),
        new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<RouteResource> routes(int limit, int offset) {
    return ScriptedAnswers.typed(
        record("GET /v2/routes?limit=%d&offset=%d".formatted(limit, offset), null),
        new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<RouteResource> createRoute(RouteRequest envelope) {
    return ScriptedAnswers.typed(record("POST /v2/routes", envelope), new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<RouteResource> updateRoute(String id, RouteRequest envelope) {
    return ScriptedAnswers.typed(
        record("PATCH /v2/routes/" + id, envelope), new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> deleteRoute(String id) {
    return ScriptedAnswers.withStatus(
        record("DELETE /v2/routes/" + id, null), new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<RouteResource.EdgeStrategy> edgeStrategies() {
    return ScriptedAnswers.typed(
        record("GET /v2/routes/edge_strategies", null), new TypeReference<>() {});
  }

  private Response record(String call, Object body) {
    calls.add(call);
    if (body != null) {
      bodies.add(ScriptedAnswers.written(body));
    }
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected call " + call);
    }
    return answers.removeFirst().get();
  }
}
