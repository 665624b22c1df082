package dev.switchboard.flowroute.cnam.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.flowroute.ScriptedAnswers;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import org.jboss.resteasy.reactive.RestResponse;

/** A stand-in Flowroute CNAM API that answers from a script and records calls. */
final class FakeCnamApi implements FlowrouteCnamApi {

  final ScriptedAnswers script = new ScriptedAnswers();

  @Override
  public JsonApiCollection<CnamResource> cnams(
      Boolean approved, String value, int limit, int offset) {
    return script.record(
        "GET /v2/cnams?limit=%d&offset=%d".formatted(limit, offset),
        null,
        new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<CnamResource> cnam(String id) {
    return script.record("GET /v2/cnams/" + id, null, new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<CnamResource> create(CnamCreateRequest body) {
    return script.record("POST /v2/cnams", body, new TypeReference<>() {});
  }

  @Override
  public JsonApiDocument<CnamResource> update(String id, CnamUpdateRequest envelope) {
    return script.record("PATCH /v2/cnams/" + id, envelope, new TypeReference<>() {});
  }

  @Override
  public RestResponse<Void> delete(String id) {
    return script.recordStatus("DELETE /v2/cnams/" + id, null, new TypeReference<>() {});
  }

  @Override
  public RestResponse<String> assign(String number, String id) {
    return script.recordStatus(
        "PATCH /v2/numbers/" + number + "/relationships/cnams/" + id,
        null,
        new TypeReference<>() {});
  }

  @Override
  public RestResponse<String> unassign(String number) {
    return script.recordStatus(
        "DELETE /v2/numbers/" + number + "/relationships/cnams", null, new TypeReference<>() {});
  }
}
