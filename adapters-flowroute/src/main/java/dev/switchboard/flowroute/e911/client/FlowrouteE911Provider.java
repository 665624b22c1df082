package dev.switchboard.flowroute.e911.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.flowroute.http.FlowrouteCalls;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Registers, checks and assigns emergency addresses through Flowroute's E911 v2 (§4). */
@ApplicationScoped
@Typed(FlowrouteE911Provider.class)
public class FlowrouteE911Provider implements E911Provider {

  /**
   * The page size for listing addresses and their numbers. The docs allow up to 2000 addresses a
   * page but the SDK documents 200 (§4.2, §13 U13): 200 is accepted either way.
   */
  static final int PAGE_SIZE = 200;

  private final FlowrouteE911Api api;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteCalls calls;

  @Inject
  public FlowrouteE911Provider(@RestClient FlowrouteE911Api api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  FlowrouteE911Provider(FlowrouteE911Api api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private FlowrouteE911Provider(
      FlowrouteE911Api api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new FlowrouteCalls(new FlowrouteNumberErrors(json), sleeper, guard);
  }

  @Override
  public void validate(PostalAddress address) {
    E911Request envelope = E911Request.of(address);
    calls.succeeded(Endpoint.E911_WRITE, calls.once(() -> api.validate(envelope)));
  }

  @Override
  public E911Address create(PostalAddress address) {
    E911Request envelope = E911Request.of(address);
    return FlowrouteE911Reader.readable(
        JsonApiDocument.required(
                calls
                    .succeeded(Endpoint.E911_WRITE, calls.once(() -> api.create(envelope)))
                    .value())
            .resource());
  }

  @Override
  public E911Address update(String id, PostalAddress current, PostalAddress wanted) {
    String e911 = requireId(id);
    JsonNode body = E911Request.forUpdate(json, current, wanted);
    if (body.path("data").path("attributes").isEmpty()) {
      // Nothing differs: Flowroute is not asked to change anything; its record is the answer.
      return get(e911);
    }
    JsonApiDocument<E911Resource> answer =
        calls
            .succeeded(Endpoint.E911_WRITE, calls.repeatable(() -> api.update(e911, body)))
            .value();
    if (!JsonApiDocument.hasData(answer)) {
      return get(e911);
    }
    return FlowrouteE911Reader.readable(answer.resource());
  }

  @Override
  public void delete(String id) {
    String e911 = requireId(id);
    calls.delete(Endpoint.E911_DELETE, () -> api.delete(e911));
  }

  @Override
  public E911Address get(String id) {
    String e911 = requireId(id);
    return FlowrouteE911Reader.readable(calls.get(Endpoint.E911, () -> api.e911(e911)).resource());
  }

  @Override
  public List<E911Address> all() {
    return calls.all(
        Endpoint.E911,
        offset -> api.e911s(null, null, null, null, PAGE_SIZE, offset),
        FlowrouteE911Reader::e911s);
  }

  @Override
  public void assign(E164Number number, String id) {
    String e911 = requireId(id);
    calls.relate(
        Endpoint.NUMBER_E911, () -> api.assign(number.elevenDigits(), e911), () -> get(e911));
  }

  @Override
  public void unassign(E164Number number) {
    calls.succeeded(
        Endpoint.NUMBER_E911, calls.repeatable(() -> api.unassign(number.elevenDigits())));
  }

  @Override
  public List<E164Number> numbersOf(String id) {
    String e911 = requireId(id);
    return calls.all(
        Endpoint.E911,
        offset -> api.numbers(e911, PAGE_SIZE, offset),
        FlowrouteE911Reader::numbers);
  }

  private static String requireId(String id) {
    return FlowrouteCalls.pathId(id, ProblemType.INVALID_E911_ID, "an E911 address");
  }
}
