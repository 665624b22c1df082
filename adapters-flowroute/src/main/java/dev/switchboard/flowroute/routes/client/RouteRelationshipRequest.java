package dev.switchboard.flowroute.routes.client;

import dev.switchboard.domain.routes.RouteId;

/** The body of {@code PATCH /v2/numbers/{id}/relationships/primary_route|failover_route}. */
public record RouteRelationshipRequest(Data data) {

  /** The resource identifier of the route. */
  public record Data(String type, String id) {}

  public static RouteRelationshipRequest of(RouteId route) {
    return new RouteRelationshipRequest(new Data("route", route.value()));
  }
}
