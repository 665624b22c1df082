package dev.switchboard.persistence.routes;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Maps routes between the domain record and the {@code routes} row. */
@ApplicationScoped
public class RouteMapper {

  public Route toDomain(RouteEntity row) {
    return new Route(
        new RouteId(row.id),
        RouteType.valueOf(row.routeType),
        row.routeValue,
        row.alias,
        Optional.ofNullable(row.edgeStrategyId));
  }

  /** Copies every field of {@code route} onto {@code row} (a new or a managed entity). */
  public RouteEntity copy(Route route, RouteEntity row) {
    row.id = route.id().value();
    row.routeType = route.type().name();
    row.routeValue = route.value();
    row.alias = route.alias();
    row.edgeStrategyId = route.edgeStrategyId().orElse(null);
    return row;
  }
}
