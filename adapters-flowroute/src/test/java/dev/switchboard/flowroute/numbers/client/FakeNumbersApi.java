package dev.switchboard.flowroute.numbers.client;

import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.routes.client.FlowrouteRoutesApi;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

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
  public Response searchAvailable(
      String startsWith,
      String contains,
      String endsWith,
      String state,
      String rateCenter,
      String numberType,
      String orderBy,
      int limit,
      int offset) {
    return record(
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
        null);
  }

  @Override
  public Response areaCodes(String maxSetupCost, int limit, int offset) {
    return record(
        "GET /v2/numbers/available/areacodes?max_setup_cost=%s&limit=%d&offset=%d"
            .formatted(maxSetupCost, limit, offset),
        null);
  }

  @Override
  public Response exchanges(String areaCode, String maxSetupCost, int limit, int offset) {
    return record(
        "GET /v2/numbers/available/exchanges?areacode=%s&max_setup_cost=%s&limit=%d&offset=%d"
            .formatted(areaCode, maxSetupCost, limit, offset),
        null);
  }

  @Override
  public Response purchase(String number, boolean cnamLookupsEnabled, boolean messagingEnabled) {
    return record(
        "POST /v2/numbers/%s?cnam_lookups_enabled=%s&messaging_enabled=%s"
            .formatted(number, cnamLookupsEnabled, messagingEnabled),
        null);
  }

  @Override
  public Response number(String number) {
    return record("GET /v2/numbers/" + number, null);
  }

  @Override
  public Response updateNumber(String number, String body) {
    return record("PATCH /v2/numbers/" + number, body);
  }

  @Override
  public Response release(String number) {
    return record("DELETE /v2/numbers/" + number, null);
  }

  @Override
  public Response numbers(int limit, int offset) {
    return record("GET /v2/numbers?limit=%d&offset=%d".formatted(limit, offset), null);
  }

  @Override
  public Response setCallback(String number, String callbackType, String body) {
    return record("POST /v2/numbers/" + number + "/relationships/" + callbackType, body);
  }

  @Override
  public Response assignRoute(String number, String relationship, String body) {
    return record("PATCH /v2/numbers/" + number + "/relationships/" + relationship, body);
  }

  @Override
  public Response removeRoute(String number, String relationship) {
    return record("DELETE /v2/numbers/" + number + "/relationships/" + relationship, null);
  }

  @Override
  public Response routes(int limit, int offset) {
    return record("GET /v2/routes?limit=%d&offset=%d".formatted(limit, offset), null);
  }

  @Override
  public Response createRoute(String envelope) {
    return record("POST /v2/routes", envelope);
  }

  @Override
  public Response updateRoute(String id, String envelope) {
    return record("PATCH /v2/routes/" + id, envelope);
  }

  @Override
  public Response deleteRoute(String id) {
    return record("DELETE /v2/routes/" + id, null);
  }

  @Override
  public Response edgeStrategies() {
    return record("GET /v2/routes/edge_strategies", null);
  }

  private Response record(String call, String body) {
    calls.add(call);
    if (body != null) {
      bodies.add(body);
    }
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected call " + call);
    }
    return answers.removeFirst().get();
  }
}
