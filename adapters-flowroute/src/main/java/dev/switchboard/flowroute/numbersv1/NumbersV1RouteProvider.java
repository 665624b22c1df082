package dev.switchboard.flowroute.numbersv1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.numbersv1.NumbersV1Answers.NumberDetails;
import dev.switchboard.flowroute.numbersv1.NumbersV1Answers.RouteRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Creates routes and points our numbers at them through Flowroute's Numbers v1 ({@code GET
 * /v1/routes/}, {@code PUT /v1/routes/{name}}, {@code PATCH /v1/tns/{number}}, §9.2). A route is
 * named by its alias ({@link NumbersV1Routes} gives its id). v1 has no route delete, no rename and
 * no edge strategies: those are refused once the route is known. Its {@code PUT} would replace a
 * route of the same name, so a create looks first and refuses a name taken; a change of type or
 * value of a route is the same {@code PUT}. A number's routes are set together, primary and
 * failover by name; removing one puts {@code sip-reg} in its place.
 */
@ApplicationScoped
@Typed(NumbersV1RouteProvider.class)
public class NumbersV1RouteProvider implements RouteProvider {

  private final FlowrouteNumbersV1Api api;
  private final NumbersV1Calls calls;

  @Inject
  public NumbersV1RouteProvider(@RestClient FlowrouteNumbersV1Api api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public NumbersV1RouteProvider(FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private NumbersV1RouteProvider(
      FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new NumbersV1Calls(sleeper, guard);
  }

  @Override
  public void assignRoute(E164Number number, RouteSlot slot, RouteId route) {
    setRoute(number, slot, route(route).alias());
  }

  @Override
  public void removeRoute(E164Number number, RouteSlot slot) {
    setRoute(number, slot, NumbersV1Routes.SIP_REG);
  }

  private void setRoute(E164Number number, RouteSlot slot, String name) {
    NumberDetails current =
        calls.get(Endpoint.NUMBER, () -> api.number(number.elevenDigits()), NumberDetails.NONE);
    String primary =
        slot == RouteSlot.PRIMARY ? name : nameOr(current.route(0), NumbersV1Routes.SIP_REG);
    String failover =
        slot == RouteSlot.FAILOVER ? name : nameOr(current.route(1), NumbersV1Routes.SIP_REG);
    ObjectNode body = calls.json().createObjectNode();
    ArrayNode routes = body.putArray("routes");
    routes.addObject().put("name", primary);
    routes.addObject().put("name", failover);
    String text = FlowrouteJson.write(calls.json(), body);
    calls
        .calls()
        .succeeded(
            Endpoint.NUMBER,
            calls.calls().repeatable(() -> api.setRoutes(number.elevenDigits(), text)));
  }

  @Override
  public List<Route> allRoutes() {
    return calls
        .all(Endpoint.CATALOGUE, page -> api.routes(NumbersV1Calls.PAGE_SIZE, page))
        .stream()
        .map(item -> NumbersV1Routes.route(item.key(), item.value()))
        .toList();
  }

  @Override
  public Route createRoute(RouteSpec spec) {
    if (spec.edgeStrategyId().isPresent()) {
      throw NumbersV1Calls.notAvailable("An edge strategy");
    }
    if (allRoutes().stream().anyMatch(r -> r.alias().equals(spec.alias()))) {
      throw new ConflictException(
          ProblemType.DUPLICATE_ROUTE, "a route named '" + spec.alias() + "' exists already");
    }
    return put(spec);
  }

  @Override
  public Route updateRoute(RouteId id, RouteSpec spec) {
    Route current = route(id);
    if (spec.edgeStrategyId().isPresent()) {
      throw NumbersV1Calls.notAvailable("An edge strategy");
    }
    if (!current.alias().equals(spec.alias())) {
      throw NumbersV1Calls.notAvailable("Renaming a route");
    }
    return put(spec);
  }

  private Route put(RouteSpec spec) {
    ObjectNode body = calls.json().createObjectNode();
    body.put("type", NumbersV1Routes.typeName(spec.type()));
    body.put("value", spec.value());
    String text = FlowrouteJson.write(calls.json(), body);
    calls
        .calls()
        .succeeded(
            Endpoint.ROUTE_WRITE, calls.calls().once(() -> api.putRoute(spec.alias(), text)));
    return new Route(
        NumbersV1Routes.idOf(spec.alias()),
        spec.type(),
        spec.value(),
        spec.alias(),
        java.util.Optional.empty());
  }

  @Override
  public void deleteRoute(RouteId id) {
    route(id);
    throw NumbersV1Calls.notAvailable("Deleting a route");
  }

  @Override
  public List<EdgeStrategy> edgeStrategies() {
    throw NumbersV1Calls.notAvailable("Edge strategies");
  }

  private Route route(RouteId id) {
    return allRoutes().stream()
        .filter(route -> route.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    ProblemType.ROUTE_NOT_FOUND, "route " + id + " is not on the account"));
  }

  private static String nameOr(RouteRef route, String fallback) {
    return NumbersV1NumberProvider.routeName(route).orElse(fallback);
  }
}
