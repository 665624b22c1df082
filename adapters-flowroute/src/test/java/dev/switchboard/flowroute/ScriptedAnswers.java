package dev.switchboard.flowroute;

import dev.switchboard.flowroute.http.FlowrouteJson;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** The answers a stand-in Flowroute gives, in order, and the calls and bodies it received. */
public final class ScriptedAnswers {

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

  public Response record(String call, String body) {
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
