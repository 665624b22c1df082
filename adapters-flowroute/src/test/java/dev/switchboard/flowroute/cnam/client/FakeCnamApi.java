package dev.switchboard.flowroute.cnam.client;

import dev.switchboard.flowroute.ScriptedAnswers;
import jakarta.ws.rs.core.Response;

/** A stand-in Flowroute CNAM API that answers from a script and records calls. */
final class FakeCnamApi implements FlowrouteCnamApi {

  final ScriptedAnswers script = new ScriptedAnswers();

  @Override
  public Response cnams(Boolean approved, String value, int limit, int offset) {
    return script.record("GET /v2/cnams?limit=%d&offset=%d".formatted(limit, offset), null);
  }

  @Override
  public Response cnam(String id) {
    return script.record("GET /v2/cnams/" + id, null);
  }

  @Override
  public Response create(String body) {
    return script.record("POST /v2/cnams", body);
  }

  @Override
  public Response update(String id, String envelope) {
    return script.record("PATCH /v2/cnams/" + id, envelope);
  }

  @Override
  public Response delete(String id) {
    return script.record("DELETE /v2/cnams/" + id, null);
  }

  @Override
  public Response assign(String number, String id) {
    return script.record("PATCH /v2/numbers/" + number + "/relationships/cnams/" + id, null);
  }

  @Override
  public Response unassign(String number) {
    return script.record("DELETE /v2/numbers/" + number + "/relationships/cnams", null);
  }
}
