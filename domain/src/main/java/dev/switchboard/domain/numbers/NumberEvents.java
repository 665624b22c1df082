package dev.switchboard.domain.numbers;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds the events of {@code switchboard.numbers.v1}, keyed by the number (their schema). */
public final class NumberEvents {

  public static final String PURCHASED = "number.purchased";
  public static final String RELEASED = "number.released";
  public static final String UPDATED = "number.updated";
  public static final String ROUTES_CHANGED = "number.routes-changed";
  public static final String DRIFT_REPAIRED = "number.drift-repaired";
  public static final String E911_CHANGED = "number.e911-changed";
  public static final String CNAM_CHANGED = "number.cnam-changed";

  private final IdGenerator ids;

  public NumberEvents(IdGenerator ids) {
    this.ids = ids;
  }

  public DomainEvent purchased(OwnedNumber number, Instant at) {
    return event(PURCHASED, number.number(), at, state(number));
  }

  public DomainEvent released(E164Number number, Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", number.value());
    return event(RELEASED, number, at, data);
  }

  public DomainEvent updated(OwnedNumber number, Instant at) {
    return event(UPDATED, number.number(), at, state(number));
  }

  public DomainEvent routesChanged(OwnedNumber number, Instant at) {
    return event(ROUTES_CHANGED, number.number(), at, state(number));
  }

  /** The number's E911 address was assigned or removed ({@code e911Id} null). */
  public DomainEvent e911Changed(OwnedNumber number, Instant at) {
    return event(E911_CHANGED, number.number(), at, state(number));
  }

  /** The number's caller name was assigned or removed ({@code cnamId} null). */
  public DomainEvent cnamChanged(OwnedNumber number, Instant at) {
    return event(CNAM_CHANGED, number.number(), at, state(number));
  }

  /**
   * The inventory was repaired to match the provider.
   *
   * @param before our record before, or null when the number was missing from it
   * @param after the provider's view, or null when the provider no longer has the number
   */
  public DomainEvent driftRepaired(
      E164Number number, OwnedNumber before, OwnedNumber after, Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", number.value());
    data.put("change", before == null ? "added" : after == null ? "removed" : "changed");
    data.put("before", before == null ? null : state(before));
    data.put("after", after == null ? null : state(after));
    return event(DRIFT_REPAIRED, number, at, data);
  }

  /** The number as events show it (also the {@code before}/{@code after} of a repair). */
  public static Map<String, Object> state(OwnedNumber n) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", n.number().value());
    data.put("type", n.type().name());
    data.put("alias", n.alias());
    data.put("cnamLookupsEnabled", n.cnamLookupsEnabled());
    data.put("messagingEnabled", n.messagingEnabled());
    data.put("messagingSource", n.messagingSource().name());
    data.put("rateCenter", n.rateCenter());
    data.put("state", n.state());
    data.put("primaryRoute", n.primaryRoute().map(Object::toString).orElse(null));
    data.put("failoverRoute", n.failoverRoute().map(Object::toString).orElse(null));
    data.put("e911Id", n.e911Id().orElse(null));
    data.put("cnamId", n.cnamId().orElse(null));
    Map<String, Object> callbacks = new TreeMap<>();
    n.callbacks().forEach((kind, url) -> callbacks.put(kind.name(), url));
    data.put("callbacks", callbacks);
    return data;
  }

  private DomainEvent event(String type, E164Number number, Instant at, Map<String, Object> data) {
    return new DomainEvent(
        ids.newId(), type, EventStream.NUMBERS, number.value(), number.value(), at, data);
  }
}
