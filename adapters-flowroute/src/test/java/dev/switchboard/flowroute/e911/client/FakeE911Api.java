package dev.switchboard.flowroute.e911.client;

import dev.switchboard.flowroute.ScriptedAnswers;
import jakarta.ws.rs.core.Response;

/** A stand-in Flowroute E911 API that answers from a script and records calls. */
final class FakeE911Api implements FlowrouteE911Api {

  final ScriptedAnswers script = new ScriptedAnswers();

  @Override
  public Response e911s(
      String label, String streetName, String city, String state, int limit, int offset) {
    return script.record("GET /v2/e911s?limit=%d&offset=%d".formatted(limit, offset), null);
  }

  @Override
  public Response e911(String id) {
    return script.record("GET /v2/e911s/" + id, null);
  }

  @Override
  public Response validate(String envelope) {
    return script.record("POST /v2/e911s/validate", envelope);
  }

  @Override
  public Response create(String envelope) {
    return script.record("POST /v2/e911s", envelope);
  }

  @Override
  public Response update(String id, String envelope) {
    return script.record("PATCH /v2/e911s/" + id, envelope);
  }

  @Override
  public Response delete(String id) {
    return script.record("DELETE /v2/e911s/" + id, null);
  }

  @Override
  public Response assign(String number, String id) {
    return script.record("PATCH /v2/numbers/" + number + "/relationships/e911s/" + id, null);
  }

  @Override
  public Response unassign(String number) {
    return script.record("DELETE /v2/numbers/" + number + "/relationships/e911s", null);
  }

  @Override
  public Response numbers(String id, int limit, int offset) {
    return script.record(
        "GET /v2/e911s/%s/relationships/numbers?limit=%d&offset=%d".formatted(id, limit, offset),
        null);
  }
}
