package dev.switchboard.flowroute.routes.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
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
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Creates the account's routes and points our numbers at them through Flowroute's Routes v2. */
@ApplicationScoped
@Typed(FlowrouteRouteProvider.class)
public class FlowrouteRouteProvider implements RouteProvider {

  /** The largest page Flowroute serves of routes (§1.6). */
  static final int PAGE_SIZE = 200;

  private final FlowrouteRoutesApi api;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteCalls calls;

  @Inject
  public FlowrouteRouteProvider(@RestClient FlowrouteRoutesApi api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public FlowrouteRouteProvider(FlowrouteRoutesApi api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private FlowrouteRouteProvider(
      FlowrouteRoutesApi api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new FlowrouteCalls(new FlowrouteNumberErrors(json), sleeper, guard);
  }

  @Override
  public void assignRoute(E164Number number, RouteSlot slot, RouteId route) {
    RouteRelationshipRequest body = RouteRelationshipRequest.of(route);
    calls.succeeded(
        Endpoint.NUMBER_ROUTE,
        calls.repeatable(() -> api.assignRoute(number.elevenDigits(), relationship(slot), body)));
  }

  @Override
  public void removeRoute(E164Number number, RouteSlot slot) {
    calls.delete(Endpoint.NUMBER, () -> api.removeRoute(number.elevenDigits(), relationship(slot)));
  }

  @Override
  public List<Route> allRoutes() {
    return calls.all(
        Endpoint.CATALOGUE, offset -> api.routes(PAGE_SIZE, offset), FlowrouteRouteReader::routes);
  }

  /**
   * Creates the route with the documented create, then sets its edge strategy with the documented
   * update when one is asked. The edge strategy reported is only ever the one Flowroute's answer
   * shows.
   */
  @Override
  public Route createRoute(RouteSpec spec) {
    RouteRequest envelope = RouteRequest.create(spec);
    JsonApiDocument<RouteResource> answer =
        JsonApiDocument.required(
            calls
                .succeeded(Endpoint.ROUTE_WRITE, calls.once(() -> api.createRoute(envelope)))
                .value());
    Route created = FlowrouteRouteReader.route(answer.resource(), Optional.of(spec));
    if (spec.edgeStrategyId().isEmpty() || created.edgeStrategyId().equals(spec.edgeStrategyId())) {
      return created;
    }
    RouteRequest edge = RouteRequest.edgeStrategy(spec.edgeStrategyId().get());
    return answeredRoute(
        created.id(), spec, calls.repeatable(() -> api.updateRoute(created.id().value(), edge)));
  }

  @Override
  public Route updateRoute(RouteId id, RouteSpec spec) {
    RouteRequest envelope = RouteRequest.update(spec);
    return answeredRoute(id, spec, calls.repeatable(() -> api.updateRoute(id.value(), envelope)));
  }

  /**
   * The route as a PATCH answer shows it; a 204 or a bare answer is read back from the route list
   * (Flowroute documents no single-route GET), so nothing is reported that Flowroute did not show.
   */
  private Route answeredRoute(
      RouteId id, RouteSpec spec, FlowrouteReply<JsonApiDocument<RouteResource>> reply) {
    JsonApiDocument<RouteResource> answer =
        calls.succeeded(routeEndpoint(id, Endpoint.ROUTE_WRITE), reply).value();
    if (JsonApiDocument.hasData(answer)) {
      return FlowrouteRouteReader.route(answer.resource(), Optional.of(spec));
    }
    return allRoutes().stream()
        .filter(route -> route.id().equals(id))
        .findFirst()
        .orElseThrow(() -> JsonApiDocument.invalid("route " + id + " is not in Flowroute's list"));
  }

  @Override
  public void deleteRoute(RouteId id) {
    calls.delete(routeEndpoint(id, Endpoint.ROUTE_DELETE), () -> api.deleteRoute(id.value()));
  }

  @Override
  public List<EdgeStrategy> edgeStrategies() {
    return FlowrouteRouteReader.edgeStrategies(calls.get(Endpoint.CATALOGUE, api::edgeStrategies));
  }

  static String relationship(RouteSlot slot) {
    return slot.name().toLowerCase(Locale.ROOT) + "_route";
  }

  /** Flowroute's refusals about the built-in sip-reg route say nothing about other routes. */
  private static Endpoint routeEndpoint(RouteId id, Endpoint endpoint) {
    return id.equals(RouteId.SIP_REG) ? Endpoint.ROUTE : endpoint;
  }
}
