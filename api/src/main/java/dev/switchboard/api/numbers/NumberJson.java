package dev.switchboard.api.numbers;

import dev.switchboard.api.cnam.CnamJson;
import dev.switchboard.api.e911.E911Json;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberView;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.usecase.AssignRoute;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of our numbers as the API shows it. Routes, E911 address and caller name are given in full
 * when the inventory knows them, else by id only; {@code messagingSource} says how {@code
 * messagingEnabled} is known (Flowroute's number documents do not show it).
 */
public record NumberJson(
    String number,
    String type,
    String alias,
    boolean cnamLookupsEnabled,
    boolean messagingEnabled,
    String messagingSource,
    String rateCenter,
    String state,
    Object primaryRoute,
    Object failoverRoute,
    Boolean weightedRouting,
    Object e911Address,
    Object callerName,
    Map<String, String> callbacks) {

  /** A reference to a related resource by id. */
  public record Ref(String id) {}

  public static NumberJson of(NumberView view) {
    OwnedNumber n = view.number();
    return new NumberJson(
        n.number().value(),
        n.type().name(),
        n.alias(),
        n.cnamLookupsEnabled(),
        n.messagingEnabled(),
        n.messagingSource().name(),
        n.rateCenter(),
        n.state(),
        view.primaryRoute()
            .<Object>map(RouteJson::of)
            .orElse(n.primaryRoute().map(id -> new Ref(id.value())).orElse(null)),
        view.failoverRoute()
            .<Object>map(RouteJson::of)
            .orElse(n.failoverRoute().map(id -> new Ref(id.value())).orElse(null)),
        AssignRoute.weighted(view.primaryRoute(), view.failoverRoute()),
        view.e911Address().<Object>map(E911Json::of).orElse(n.e911Id().map(Ref::new).orElse(null)),
        view.callerName().<Object>map(CnamJson::of).orElse(n.cnamId().map(Ref::new).orElse(null)),
        callbacks(n.callbacks()));
  }

  /** A number without its routes resolved (listings). */
  public static NumberJson brief(OwnedNumber n) {
    return of(NumberView.brief(n));
  }

  static Map<String, String> callbacks(Map<CallbackKind, String> callbacks) {
    Map<String, String> out = new TreeMap<>();
    callbacks.forEach((kind, url) -> out.put(CallbackPaths.pathOf(kind), url));
    return out;
  }
}
