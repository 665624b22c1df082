package dev.switchboard.domain.messaging;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the events that tell other services about messages (their data is the public schema). */
public final class MessageEvents {

  public static final String RECEIVED = "message.received";
  public static final String STATUS_CHANGED = "message.status-changed";

  private final IdGenerator ids;

  public MessageEvents(IdGenerator ids) {
    this.ids = ids;
  }

  /** {@code message.received}, keyed by our number so a conversation stays in order. */
  public DomainEvent received(Message message) {
    Map<String, Object> data = common(message);
    data.put("receivedAt", message.createdAt().toString());
    return new DomainEvent(
        ids.newId(),
        RECEIVED,
        EventStream.MESSAGES_INBOUND,
        message.to().value(),
        message.id().toString(),
        message.updatedAt(),
        data);
  }

  /** {@code message.status-changed}, keyed by message id so its changes stay in order. */
  public DomainEvent statusChanged(
      Message message, MessageStatus previous, DeliveryReceipt receipt) {
    Map<String, Object> data = common(message);
    data.put("status", message.status().name());
    data.put("previousStatus", previous == null ? null : previous.name());
    data.put("failureCode", message.failureCode());
    data.put("failureReason", message.failureReason());
    data.put("changedAt", message.updatedAt().toString());
    if (receipt != null) {
      Map<String, Object> dlr = new LinkedHashMap<>();
      dlr.put("level", receipt.level());
      dlr.put("status", receipt.status());
      dlr.put("statusCode", receipt.statusCode());
      dlr.put("description", receipt.description());
      dlr.put("timestamp", receipt.timestamp().toString());
      data.put("deliveryReceipt", dlr);
    }
    return new DomainEvent(
        ids.newId(),
        STATUS_CHANGED,
        EventStream.MESSAGES_STATUS,
        message.id().toString(),
        message.id().toString(),
        message.updatedAt(),
        data);
  }

  private static Map<String, Object> common(Message message) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", message.id().toString());
    data.put("direction", message.direction().name());
    data.put("from", message.from().value());
    data.put("to", message.to().value());
    data.put("body", message.body());
    data.put("mms", message.isMms());
    List<Map<String, Object>> media = new ArrayList<>();
    for (Media item : message.media()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", item.url().toString());
      m.put("mimeType", item.mimeType());
      m.put("fileName", item.fileName());
      m.put("sizeBytes", item.sizeBytes());
      media.add(m);
    }
    data.put("media", media);
    data.put("flowrouteId", message.flowrouteId());
    return data;
  }
}
