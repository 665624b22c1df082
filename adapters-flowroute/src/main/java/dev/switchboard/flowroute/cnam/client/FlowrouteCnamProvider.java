package dev.switchboard.flowroute.cnam.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.flowroute.http.FlowrouteCalls;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteReply;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/** Registers caller names and sets them on numbers through Flowroute's CNAM v2 (§5). */
@ApplicationScoped
@Typed(FlowrouteCnamProvider.class)
public class FlowrouteCnamProvider implements CnamProvider {

  private static final Logger LOG = Logger.getLogger(FlowrouteCnamProvider.class);

  /** The page size for listing records: the docs set no maximum, the SDK documents 200 (§5.2). */
  static final int PAGE_SIZE = 200;

  private final FlowrouteCnamApi api;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteCalls calls;

  @Inject
  public FlowrouteCnamProvider(@RestClient FlowrouteCnamApi api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  FlowrouteCnamProvider(FlowrouteCnamApi api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private FlowrouteCnamProvider(
      FlowrouteCnamApi api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new FlowrouteCalls(new FlowrouteNumberErrors(json), sleeper, guard);
  }

  @Override
  public CnamRecord create(CallerName name) {
    CnamCreateRequest body = CnamCreateRequest.of(name);
    return FlowrouteCnamReader.readable(
        JsonApiDocument.required(
                calls.succeeded(Endpoint.CNAM_CREATE, calls.once(() -> api.create(body))).value())
            .resource());
  }

  @Override
  public CnamRecord update(String id, CallerName name) {
    String cnam = requireId(id);
    CnamUpdateRequest envelope = CnamUpdateRequest.of(name);
    JsonApiDocument<CnamResource> answer =
        calls
            .succeeded(Endpoint.CNAM_UPDATE, calls.repeatable(() -> api.update(cnam, envelope)))
            .value();
    if (!JsonApiDocument.hasData(answer)) {
      return get(cnam);
    }
    return FlowrouteCnamReader.readable(answer.resource());
  }

  @Override
  public void delete(String id) {
    String cnam = requireId(id);
    calls.delete(Endpoint.CNAM_DELETE, () -> api.delete(cnam));
  }

  @Override
  public CnamRecord get(String id) {
    String cnam = requireId(id);
    return FlowrouteCnamReader.readable(calls.get(Endpoint.CNAM, () -> api.cnam(cnam)).resource());
  }

  @Override
  public List<CnamRecord> all() {
    return calls.all(
        Endpoint.CNAM,
        offset -> api.cnams(null, null, PAGE_SIZE, offset),
        FlowrouteCnamReader::cnams);
  }

  @Override
  public void assign(E164Number number, String id) {
    String cnam = requireId(id);
    FlowrouteReply<RestResponse<String>> reply =
        calls.relate(
            Endpoint.NUMBER_CNAM, () -> api.assign(number.elevenDigits(), cnam), () -> get(cnam));
    logAccepted("assignment of CNAM " + cnam + " to " + number, reply);
  }

  @Override
  public void unassign(E164Number number) {
    FlowrouteReply<RestResponse<String>> reply =
        calls.succeeded(
            Endpoint.NUMBER_CNAM, calls.repeatable(() -> api.unassign(number.elevenDigits())));
    logAccepted("removal of the CNAM of " + number, reply);
  }

  /** A 202 only starts the change, which takes days to reach carriers (§5.1): say when. */
  private static void logAccepted(String change, FlowrouteReply<RestResponse<String>> reply) {
    CnamAcknowledgement ack =
        FlowrouteCnamReader.acknowledgement(
            reply.value() == null ? null : reply.value().getEntity());
    LOG.debugf(
        "Flowroute accepted the %s (HTTP %d) at %s",
        change, reply.status(), ack.acceptedAt().map(Object::toString).orElse("an unknown time"));
  }

  private static String requireId(String id) {
    return FlowrouteCalls.pathId(id, ProblemType.INVALID_CNAM_ID, "a caller name");
  }
}
