package dev.switchboard.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.event.CnamApproved;
import dev.switchboard.domain.cnam.event.CnamRejected;
import dev.switchboard.domain.cnam.event.CnamReviewed;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventEncoder;
import dev.switchboard.domain.messaging.BodyEncoding;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.event.ForeignMessageRecorded;
import dev.switchboard.domain.messaging.event.MessageContent;
import dev.switchboard.domain.messaging.event.MessageMediaArchived;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.event.OptOutRemoved;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.event.NumberCnamChanged;
import dev.switchboard.domain.numbers.event.NumberDriftRepaired;
import dev.switchboard.domain.numbers.event.NumberE911Changed;
import dev.switchboard.domain.numbers.event.NumberPurchased;
import dev.switchboard.domain.numbers.event.NumberReleased;
import dev.switchboard.domain.numbers.event.NumberRoutesChanged;
import dev.switchboard.domain.numbers.event.NumberStateEvent;
import dev.switchboard.domain.numbers.event.NumberUpdated;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The event contract: the type name of each domain event and its data as the JSON that {@code
 * schemas/<type>.v1.json} (in events-contract) describes. The outbox stores what this writes, and
 * the relay publishes it as it is.
 */
@ApplicationScoped
public class WireEvents implements EventEncoder {

  /** Each event record, its type name and its data, in the order of the schemas' documentation. */
  private static final Map<Class<? extends DomainEvent>, Mapping<?>> MAPPINGS = mappings();

  private final ObjectMapper json;

  public WireEvents(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Encoded encode(DomainEvent event) {
    Map<String, Object> data = data(event);
    try {
      return new Encoded(type(event), json.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      // The event's class only, never its data: it may hold message bodies.
      throw new IllegalArgumentException(
          "data of " + event.getClass().getSimpleName() + " is not JSON", e);
    }
  }

  /**
   * The outbox record the event becomes once appended at {@code position}: what the relay reads and
   * publishes (tests and tools that publish as the relay does start from it).
   */
  public OutboxRecord outboxRecord(DomainEvent event, long position) {
    Encoded encoded = encode(event);
    return new OutboxRecord(
        position,
        event.id(),
        encoded.type(),
        event.stream(),
        event.key(),
        event.subject(),
        event.time(),
        encoded.dataJson());
  }

  /** The event's type name without prefix, such as {@code message.received}. */
  public static String type(DomainEvent event) {
    return mapping(event).type();
  }

  /** The event's data: strings, numbers, booleans, lists, maps and nulls, in the schema's order. */
  public static Map<String, Object> data(DomainEvent event) {
    return dataOf(mapping(event), event);
  }

  /** Every event record the contract knows, with its type name. */
  public static Map<Class<? extends DomainEvent>, String> types() {
    Map<Class<? extends DomainEvent>, String> types = new LinkedHashMap<>();
    MAPPINGS.forEach((type, mapping) -> types.put(type, mapping.type()));
    return Collections.unmodifiableMap(types);
  }

  /**
   * The number as the number events show it (also the {@code before}/{@code after} of a repair).
   */
  public static Map<String, Object> numberState(OwnedNumber n) {
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

  private static Map<Class<? extends DomainEvent>, Mapping<?>> mappings() {
    Map<Class<? extends DomainEvent>, Mapping<?>> all = new LinkedHashMap<>();
    add(all, MessageReceived.class, "message.received", WireEvents::received);
    add(all, MessageStatusChanged.class, "message.status-changed", WireEvents::statusChanged);
    add(all, ForeignMessageRecorded.class, "message.foreign-recorded", WireEvents::foreignRecorded);
    add(all, MessageMediaArchived.class, "message.media-archived", WireEvents::mediaArchived);
    add(all, NumberPurchased.class, "number.purchased", WireEvents::state);
    add(all, NumberReleased.class, "number.released", e -> numberOnly(e.number()));
    add(all, NumberUpdated.class, "number.updated", WireEvents::state);
    add(all, NumberRoutesChanged.class, "number.routes-changed", WireEvents::state);
    add(all, NumberE911Changed.class, "number.e911-changed", WireEvents::state);
    add(all, NumberCnamChanged.class, "number.cnam-changed", WireEvents::state);
    add(all, NumberDriftRepaired.class, "number.drift-repaired", WireEvents::driftRepaired);
    add(all, CnamApproved.class, "cnam.approved", WireEvents::reviewed);
    add(all, CnamRejected.class, "cnam.rejected", WireEvents::reviewed);
    add(all, OptOutAdded.class, "opt-out.added", WireEvents::optOutAdded);
    add(all, OptOutRemoved.class, "opt-out.removed", WireEvents::optOutRemoved);
    return Collections.unmodifiableMap(all);
  }

  private static <E extends DomainEvent> void add(
      Map<Class<? extends DomainEvent>, Mapping<?>> all,
      Class<E> event,
      String type,
      Function<? super E, Map<String, Object>> data) {
    all.put(event, new Mapping<>(event, type, data));
  }

  private static Map<String, Object> received(MessageReceived e) {
    Map<String, Object> data = message(e.message(), "INBOUND");
    data.put("receivedAt", e.receivedAt().toString());
    return data;
  }

  /** Where our copy is: the API path that streams it (relative to the API's base URL). */
  public static String archivedMediaPath(MessageId messageId, int index) {
    return "/v1/messages/" + messageId + "/media/" + index;
  }

  private static Map<String, Object> mediaArchived(MessageMediaArchived e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", e.messageId().toString());
    data.put("to", e.to().value());
    data.put("index", e.index());
    data.put("count", e.count());
    data.put("url", archivedMediaPath(e.messageId(), e.index()));
    data.put("contentType", e.copy().contentType());
    data.put("sizeBytes", e.copy().sizeBytes());
    data.put("originalUrl", e.medium().url().toString());
    data.put("fileName", e.medium().fileName());
    data.put("archivedAt", e.copy().archivedAt().toString());
    return data;
  }

  private static Map<String, Object> statusChanged(MessageStatusChanged e) {
    Map<String, Object> data = message(e.message(), "OUTBOUND");
    data.put("status", e.status().name());
    data.put("previousStatus", e.previousStatus().map(Enum::name).orElse(null));
    data.put("failureCode", e.failureCode());
    data.put("failureReason", e.failureReason());
    data.put("changedAt", e.time().toString());
    data.put("autoReply", e.message().autoReply());
    e.receipt().ifPresent(receipt -> data.put("deliveryReceipt", receipt(receipt)));
    return data;
  }

  private static Map<String, Object> foreignRecorded(ForeignMessageRecorded e) {
    Map<String, Object> data = message(e.message(), "OUTBOUND");
    data.put("status", e.status().name());
    data.put("failureCode", e.failureCode());
    data.put("failureReason", e.failureReason());
    data.put("sentAt", e.sentAt().toString());
    data.put("recordedAt", e.time().toString());
    return data;
  }

  /** The fields the message events share. */
  private static Map<String, Object> message(MessageContent message, String direction) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", message.id().toString());
    data.put("direction", direction);
    data.put("from", message.from().value());
    data.put("to", message.to().value());
    data.put("body", message.body());
    BodyEncoding encoding = message.bodyEncoding();
    data.put("encoding", encoding.encoding().name());
    data.put("segments", encoding.segments());
    data.put("mms", message.mms());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Media item : message.media()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", item.url().toString());
      m.put("mimeType", item.mimeType());
      m.put("fileName", item.fileName());
      m.put("sizeBytes", item.sizeBytes());
      items.add(m);
    }
    data.put("media", items);
    data.put("flowrouteId", message.flowrouteId());
    return data;
  }

  private static Map<String, Object> receipt(DeliveryReceipt receipt) {
    Map<String, Object> dlr = new LinkedHashMap<>();
    dlr.put("level", receipt.level());
    dlr.put("status", receipt.status());
    dlr.put("statusCode", receipt.statusCode());
    dlr.put("description", receipt.description());
    dlr.put("timestamp", receipt.timestamp().toString());
    return dlr;
  }

  private static Map<String, Object> state(NumberStateEvent e) {
    return numberState(e.state());
  }

  private static Map<String, Object> numberOnly(E164Number number) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", number.value());
    return data;
  }

  private static Map<String, Object> driftRepaired(NumberDriftRepaired e) {
    Map<String, Object> data = numberOnly(e.number());
    data.put("change", e.change().name().toLowerCase(Locale.ROOT));
    data.put("before", e.before().map(WireEvents::numberState).orElse(null));
    data.put("after", e.after().map(WireEvents::numberState).orElse(null));
    return data;
  }

  private static Map<String, Object> reviewed(CnamReviewed e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", e.name().id());
    data.put("value", e.name().name().value());
    data.put("status", e.name().status().name());
    data.put("approvedAt", e.name().approvedAt().map(Instant::toString).orElse(null));
    data.put("rejectionReason", e.name().rejectionReason().orElse(null));
    return data;
  }

  /** An opt-out as both opt-out events show it. */
  public static Map<String, Object> optOut(OptOut o) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", o.id().toString());
    data.put("number", o.ourNumber().map(E164Number::value).orElse(null));
    data.put("allNumbers", o.ourNumber().isEmpty());
    data.put("peer", o.peer().value());
    data.put("source", o.source().name());
    data.put("actor", o.actor());
    data.put("reason", o.reason());
    data.put("optedOutAt", o.at().toString());
    return data;
  }

  private static Map<String, Object> optOutAdded(OptOutAdded e) {
    return optOut(e.optOut());
  }

  private static Map<String, Object> optOutRemoved(OptOutRemoved e) {
    Map<String, Object> data = optOut(e.optOut());
    Map<String, Object> removal = new LinkedHashMap<>();
    removal.put("source", e.source().name());
    removal.put("actor", e.actor());
    removal.put("reason", e.reason());
    removal.put("removedAt", e.time().toString());
    data.put("removed", removal);
    return data;
  }

  private static Mapping<?> mapping(DomainEvent event) {
    Mapping<?> mapping = MAPPINGS.get(event.getClass());
    if (mapping == null) {
      throw new IllegalArgumentException(
          "no wire format for the event " + event.getClass().getName());
    }
    return mapping;
  }

  private static <E extends DomainEvent> Map<String, Object> dataOf(
      Mapping<E> mapping, DomainEvent event) {
    return mapping.data().apply(mapping.event().cast(event));
  }

  private record Mapping<E extends DomainEvent>(
      Class<E> event, String type, Function<? super E, Map<String, Object>> data) {}
}
