package dev.switchboard.flowroute.e911.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.flowroute.ScriptedAnswers;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.numbers.client.NumberResource;
import org.jboss.resteasy.reactive.RestResponse;

/** A stand-in Flowroute E911 API that answers from a script and records calls. */
final class FakeE911Api implements FlowrouteE911Api {

  final ScriptedAnswers script = new ScriptedAnswers();

  @Override
  public JsonApiCollection<E911Resource> e911s(
      String label, String streetName, String city, String state, int limit, int offset) {
    return script.record(
        "GET /v2/e911s?limit=%d&offset=%d".formatted(limit, offset),
        null,
        new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<E911Resource> e911(String id) {
    return script.record("GET /v2/e911s/" + id, null, new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> validate(E911Request envelope) {
    return script.recordStatus("POST /v2/e911s/validate", envelope, new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<E911Resource> create(E911Request envelope) {
    return script.record("POST /v2/e911s", envelope, new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<E911Resource> update(String id, JsonNode envelope) {
    return script.record("PATCH /v2/e911s/" + id, envelope, new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> delete(String id) {
    return script.recordStatus("DELETE /v2/e911s/" + id, null, new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> assign(String number, String id) {
    return script.recordStatus(
        "PATCH /v2/numbers/" + number + "/relationships/e911s/" + id,
        null,
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> unassign(String number) {
    return script.recordStatus(
        "DELETE /v2/numbers/" + number + "/relationships/e911s", null, new TypeReference<>() {});
  }

  @Override
  public JsonApiCollection<NumberResource> numbers(String id, int limit, int offset) {
    return script.record(
        "GET /v2/e911s/%s/relationships/numbers?limit=%d&offset=%d".formatted(id, limit, offset),
        null,
        new TypeReference<>() {});
  }
}
