package dev.switchboard.sandbox.emulator.numbers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.routes.RouteJson;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The JSON:API resources of Numbers v2 (§2 shapes). */
public final class NumberJson {

  private NumberJson() {}

  /**
   * A search result: costs, type, rate center, state; {@code links.related} is its purchase URL.
   */
  static ObjectNode available(CatalogueNumber number, String baseUrl) {
    ObjectNode item = Json.object();
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("monthly_cost", number.monthlyCost());
    attributes.put("number_type", number.numberType());
    attributes.put("rate_center", number.rateCenter());
    attributes.put("setup_cost", number.setupCost());
    attributes.put("state", number.state());
    attributes.put("value", number.number());
    item.put("id", number.number());
    item.putObject("links").put("related", baseUrl + "/v2/numbers/" + number.number());
    item.put("type", "number");
    return item;
  }

  /**
   * A number of the account as {@code GET /v2/numbers} lists it. Like Flowroute's Numbers v2 list
   * and details (developer.flowroute.com numbers/v2.0/list-account-phone-numbers and
   * list-phone-number-details; the Python SDK README's examples) it has no {@code
   * messaging_enabled}: only the v2.1 beta purchase page shows one.
   */
  public static ObjectNode owned(NumberDetails number, String baseUrl) {
    ObjectNode item = Json.object();
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("alias", number.alias());
    attributes.put("cnam_lookups_enabled", number.cnamLookupsEnabled());
    attributes.put("number_type", number.numberType());
    attributes.put("rate_center", number.rateCenter());
    attributes.put("state", number.state());
    attributes.put("value", number.number());
    item.put("id", number.number());
    item.putObject("links").put("self", numberUrl(number, baseUrl));
    item.put("type", "number");
    return item;
  }

  /**
   * {@code GET /v2/numbers/{number}}: with relationships and the routes, E911 record and CNAM
   * record they name in included (the records as their own APIs render them).
   */
  static ObjectNode details(
      NumberDetails number,
      Function<String, RouteRecord> routes,
      Function<String, Optional<ObjectNode>> e911Resource,
      Function<String, Optional<ObjectNode>> cnamResource,
      String baseUrl) {
    ObjectNode data = owned(number, baseUrl);
    ObjectNode relationships = data.putObject("relationships");
    reference(relationships, "cnam_preset", "cnam", number.cnamId());
    reference(relationships, "e911_address", "e911", number.e911Id());
    relationship(relationships, "failover_route", number.failoverRouteId());
    relationship(relationships, "primary_route", number.primaryRouteId());
    ObjectNode document = Json.object();
    document.set("data", data);
    ArrayNode included = document.putArray("included");
    Set<String> ids = new LinkedHashSet<>();
    ids.add(number.primaryRouteId());
    if (number.failoverRouteId() != null) {
      ids.add(number.failoverRouteId());
    }
    for (String id : ids) {
      RouteRecord route = routes.apply(id);
      if (route != null) {
        included.add(RouteJson.route(route, baseUrl));
      }
    }
    if (number.e911Id() != null) {
      e911Resource.apply(number.e911Id()).ifPresent(included::add);
    }
    if (number.cnamId() != null) {
      cnamResource.apply(number.cnamId()).ifPresent(included::add);
    }
    document.putObject("links").put("self", numberUrl(number, baseUrl));
    return document;
  }

  private static void reference(ObjectNode relationships, String name, String type, String id) {
    ObjectNode holder = relationships.putObject(name);
    if (id == null) {
      holder.putNull("data");
    } else {
      holder.putObject("data").put("type", type).put("id", id);
    }
  }

  private static void relationship(ObjectNode relationships, String name, String routeId) {
    ObjectNode holder = relationships.putObject(name);
    if (routeId == null) {
      holder.putNull("data");
    } else {
      holder.putObject("data").put("id", routeId).put("type", "route");
    }
  }

  private static String numberUrl(NumberDetails number, String baseUrl) {
    return baseUrl + "/v2/numbers/" + number.number();
  }
}
